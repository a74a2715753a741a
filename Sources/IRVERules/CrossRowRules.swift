import IRVEFindings

/// Runs the registry's station rules: duplicated ids, station coherence, nbre_pdc, connectors
/// declared as points. They keep a compact summary per station and a hash per charge point id,
/// never the rows themselves. Batches must be consumed in file order.
public final class CrossRowRules {
    let context: RuleContext
    private var stations = StationTable()
    private let rules: [any StationRule]
    private var slots = StationSlots()

    public init(context: RuleContext) {
        self.context = context
        rules = RuleRegistry.stationRules.map { $0.init() }
    }

    /// Distinct stations seen (by `id_station_itinerance`), for the one-line summaries of a batch.
    public var stationCount: Int { stations.count }

    public func consume(_ e: RowExtracts) {
        slots.station.removeAll(keepingCapacity: true)
        slots.first.removeAll(keepingCapacity: true)
        for r in 0..<e.count {
            let key = e.stationHash[r]
            if key == 0 {
                slots.station.append(-1)
                slots.first.append(false)
            } else {
                let slot = stations.place(key, row: e.rows[r])
                slots.station.append(Int32(slot.station))
                slots.first.append(slot.first)
            }
        }
        for rule in rules { rule.consume(e, slots) }
    }

    /// Rows whose texts the findings quote (first row of each duplicated id and of each station
    /// with a finding), sorted, each once: fetched by the second, targeted read. 4 bytes a row (a
    /// million stations with a finding: 4 MB, where a `Set<Int>` took 20 to 40).
    public var rowsToQuote: [Int32] {
        var rows: [Int32] = []
        for rule in rules { rule.quotedRows(stations, into: &rows) }
        rows.sort()
        var kept = 0
        for r in rows.indices where kept == 0 || rows[r] != rows[kept - 1] {
            rows[kept] = rows[r]
            kept += 1
        }
        rows.removeLast(rows.count - kept)
        return rows
    }

    /// Station-level columns found incoherent, for the pass that collects their distinct values.
    public var incoherentStations: [(stationHash: UInt64, columns: [String])] {
        rules.flatMap { $0.columnsToCollect(stations) }
    }

    /// The cross-row findings, in row order. `values` gives, per station hash and column, the
    /// distinct values seen with their first row (collected by a second, targeted read of the file).
    public func findings(
        values: [UInt64: [String: [(value: String, row: Int)]]],
        quotes: QuoteTable
    ) -> [Finding] {
        var out: [Finding] = []
        emitFindings(values: values, quotes: quotes) { out.append($0) }
        return out
    }

    /// Calls `body` with each cross-row finding, in row order, without building them all: a million
    /// rows sharing one id give a million findings, each citing a few rows and a count. On one row,
    /// the rules' findings come in the registry's order.
    public func emitFindings(
        values: [UInt64: [String: [(value: String, row: Int)]]],
        quotes: QuoteTable, _ body: (Finding) -> Void
    ) {
        let input = StationFindingsInput(stations: stations, values: values, quotes: quotes, context: context)
        let streams = rules.map { $0.findings(input) }
        var heads = streams.map { $0.next() }
        // The row of each head (Int.max once a stream is done): the merge compares these, never the
        // findings, and moves a finding out only when it is given (a million duplicate rows give a
        // million findings).
        var rows = heads.map { $0.map { $0.rowNumber ?? 0 } ?? Int.max }
        while true {
            // The head on the lowest row; the earliest rule on a tie.
            var best = 0
            for i in rows.indices where rows[i] < rows[best] { best = i }
            guard rows[best] != Int.max else { return }
            var given = streams[best].next()
            rows[best] = given.map { $0.rowNumber ?? 0 } ?? Int.max
            swap(&given, &heads[best])
            if let given = given.take() { body(given) }
        }
    }

    /// How many rows a message cites before giving the count of the others.
    public static let citedRows = DuplicateIdRule.citedRows
}
