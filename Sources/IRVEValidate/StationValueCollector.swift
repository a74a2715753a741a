import IRVEFindings
import IRVERead
import IRVERules

/// Second, targeted read of the file, only when some stations are incoherent: collects the
/// distinct values of the incoherent columns of those stations (the first pass keeps hashes only,
/// so memory stays per station, not per row).
final class StationValueCollector: RowConsumer {
    let rules: RowRules
    let pending: [UInt64: [String]]
    let rowsToQuote: Set<Int>
    private(set) var values: [UInt64: [String: [(value: String, row: Int)]]] = [:]
    private(set) var quotes: [Int: (pdc: String, station: String)] = [:]

    init(rules: RowRules, pending: [UInt64: [String]], rowsToQuote: Set<Int>) {
        self.rules = rules
        self.pending = pending
        self.rowsToQuote = rowsToQuote
    }

    func begin(_ info: TableInfo) { values = [:]; quotes = [:] }

    /// Thrown to stop reading once every quoted row is collected and no station values are pending.
    struct Done: Error {}
    private lazy var lastQuoted = rowsToQuote.max() ?? 0

    func row(_ row: RowView) throws {
        guard row.number > 1 else { return }
        if pending.isEmpty, row.number > lastQuoted { throw Done() }
        if rowsToQuote.contains(row.number) {
            quotes[row.number] = (Self.cut(rules.pdcId(row) ?? ""), Self.cut(rules.stationKey(row)?.label ?? ""))
        }
        guard !pending.isEmpty, let key = rules.stationKey(row), let columns = pending[key.hash] else { return }
        for column in columns {
            guard let v = rules.value(row, column: column).map(Self.cut) else { continue }
            var seen = values[key.hash, default: [:]][column, default: []]
            // Six at most: the message quotes five and says whether there are others.
            if seen.count < 6, !seen.contains(where: { $0.value == v }) {
                seen.append((v, row.number))
                values[key.hash, default: [:]][column] = seen
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
