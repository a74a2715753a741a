import IRVEFindings
import IRVERead
import IRVERules

/// Second, targeted read of the file, only when some stations are incoherent: collects the
/// distinct values of the incoherent columns of those stations (the first pass keeps hashes only,
/// so memory stays per station, not per row).
final class StationValueCollector: RowConsumer {
    let rules: RowRules
    let pending: [UInt64: [String]]
    /// Sorted: the read walks them with a cursor, as the rows come in order.
    let rowsToQuote: [Int32]
    private var nextQuoted = 0
    private(set) var values: [UInt64: [String: [(value: String, row: Int)]]] = [:]
    private(set) var quotes = QuoteTable()

    /// (station, column) pairs that still have fewer than `keptValues` distinct values.
    private var unfilled: Int
    /// The message quotes five values and says whether there are others.
    static let keptValues = 6

    init(rules: RowRules, pending: [UInt64: [String]], rowsToQuote: [Int32]) {
        self.rules = rules
        self.pending = pending
        self.rowsToQuote = rowsToQuote
        unfilled = pending.values.reduce(0) { $0 + $1.count }
    }

    func begin(_ info: TableInfo) {
        values = [:]
        quotes = QuoteTable()
        nextQuoted = 0
        unfilled = pending.values.reduce(0) { $0 + $1.count }
    }

    /// Thrown to stop reading once every quoted row is collected and no station values are pending.
    struct Done: Error {}
    private var lastQuoted: Int { rowsToQuote.last.map { Int($0) } ?? 0 }

    func row(_ row: RowView) throws {
        guard row.number > 1 else { return }
        // Nothing left to learn: a station with a million names needs its first six only.
        if unfilled == 0, row.number > lastQuoted { throw Done() }
        while nextQuoted < rowsToQuote.count, Int(rowsToQuote[nextQuoted]) < row.number { nextQuoted += 1 }
        if nextQuoted < rowsToQuote.count, Int(rowsToQuote[nextQuoted]) == row.number {
            quotes.append(
                row: row.number, pdc: Self.cut(rules.pdcId(row) ?? ""),
                station: Self.cut(rules.stationKey(row)?.label ?? ""))
        }
        guard !pending.isEmpty, let key = rules.stationKey(row), let columns = pending[key.hash] else { return }
        for column in columns {
            guard let v = rules.value(row, column: column).map(Self.cut) else { continue }
            var seen = values[key.hash, default: [:]][column, default: []]
            if seen.count < Self.keptValues, !seen.contains(where: { $0.value == v }) {
                seen.append((v, row.number))
                values[key.hash, default: [:]][column] = seen
                if seen.count == Self.keptValues { unfilled -= 1 }
            }
        }
    }

    func ended(_ info: TableInfo) {}

    /// A value quoted in a message, cut to `Limits.quotedValueBytes` (on a character boundary).
    static func cut(_ s: String) -> String {
        guard s.utf8.count > Limits.quotedValueBytes else { return s }
        var out = ""
        for c in s {
            if out.utf8.count + c.utf8.count > Limits.quotedValueBytes { break }
            out.append(c)
        }
        return out + "…"
    }
}
