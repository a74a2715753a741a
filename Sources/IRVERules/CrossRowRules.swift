import IRVEFindings

/// The rules that need several rows: duplicated ids, station coherence, nbre_pdc, connectors
/// declared as points. It keeps a compact summary per station and a hash per charge point id,
/// never the rows themselves. Batches must be consumed in file order.
public final class CrossRowRules {
    let context: RuleContext
    static let columnCount = StatiqueColumns.stationLevel.count

    // Charge point ids: first row of each id; the duplicated ones with all their rows.
    private var firstRowOfPdc: [UInt64: Int32] = [:]
    private var duplicates: [UInt64: [Int32]] = [:]
    private var duplicateOrder: [UInt64] = []

    // Stations, indexed in order of first appearance.
    private var stationIndex: [UInt64: Int32] = [:]
    private var stationKey: [UInt64] = []
    private var firstRow: [Int32] = []
    private var rowCount: [Int32] = []
    private var nbrePdc: [Int32] = []
    private var columnHashes: [UInt32] = []  // columnCount per station
    private var incoherent: [UInt32] = []  // bit per station-level column
    private var firstPower: [Double] = []
    private var samePower: [Bool] = []
    private var singleConnector: [Bool] = []
    private var connectorTypes: [UInt8] = []
    private var pdcPrefix: [UInt64] = []
    private var samePrefix: [Bool] = []

    public init(context: RuleContext) { self.context = context }

    public func consume(_ e: RowExtracts) {
        let k = Self.columnCount
        for r in 0..<e.count {
            let row = e.rows[r]
            let id = e.pdcHash[r]
            if id != 0 {
                if let first = firstRowOfPdc[id] {
                    if duplicates[id] == nil {
                        duplicates[id] = [first]
                        duplicateOrder.append(id)
                    }
                    duplicates[id, default: []].append(row)
                } else {
                    firstRowOfPdc[id] = row
                }
            }
            let key = e.stationHash[r]
            guard key != 0 else { continue }
            let oneConnector = e.connectors[r] != 0xFF && e.connectors[r].nonzeroBitCount == 1
            if let s = stationIndex[key].map(Int.init) {
                rowCount[s] += 1
                for c in 0..<k {
                    let h = e.columnHashes[r * k + c]
                    let known = columnHashes[s * k + c]
                    if known == 0 {
                        columnHashes[s * k + c] = h
                    } else if h != 0, h != known {
                        incoherent[s] |= 1 << UInt32(c)
                    }
                }
                if !(e.power[r] == firstPower[s]) { samePower[s] = false }
                singleConnector[s] = singleConnector[s] && oneConnector
                if e.connectors[r] != 0xFF { connectorTypes[s] |= e.connectors[r] }
                if e.pdcPrefixHash[r] != pdcPrefix[s] { samePrefix[s] = false }
                if nbrePdc[s] < 0 { nbrePdc[s] = e.nbrePdc[r] }
            } else {
                stationIndex[key] = Int32(stationKey.count)
                stationKey.append(key)
                firstRow.append(row)
                rowCount.append(1)
                nbrePdc.append(e.nbrePdc[r])
                columnHashes.append(contentsOf: e.columnHashes[(r * k)..<((r + 1) * k)])
                incoherent.append(0)
                firstPower.append(e.power[r])
                samePower.append(!e.power[r].isNaN)
                singleConnector.append(oneConnector)
                connectorTypes.append(e.connectors[r] == 0xFF ? 0 : e.connectors[r])
                pdcPrefix.append(e.pdcPrefixHash[r])
                samePrefix.append(e.pdcPrefixHash[r] != 0)
            }
        }
    }

    /// Rows whose texts the findings quote (first row of each duplicated id and of each station
    /// with a finding): fetched by the second, targeted read.
    public var rowsToQuote: Set<Int> {
        var rows = Set<Int>()
        for id in duplicateOrder { if let first = duplicates[id]?.first { rows.insert(Int(first)) } }
        for s in stationKey.indices where needsQuote(s) { rows.insert(Int(firstRow[s])) }
        return rows
    }

    private func needsQuote(_ s: Int) -> Bool {
        incoherent[s] != 0 || (nbrePdc[s] >= 0 && nbrePdc[s] != rowCount[s]) || connectorsAsPdc(s)
    }

    private func connectorsAsPdc(_ s: Int) -> Bool {
        rowCount[s] >= 2 && samePower[s] && singleConnector[s] && connectorTypes[s].nonzeroBitCount >= 2
            && samePrefix[s]
    }

    /// Station-level columns found incoherent, for the pass that collects their distinct values.
    public var incoherentStations: [(stationHash: UInt64, columns: [String])] {
        incoherent.enumerated().compactMap { s, mask in
            guard mask != 0 else { return nil }
            let names = StatiqueColumns.stationLevel.enumerated().filter { mask & (1 << UInt32($0.offset)) != 0 }.map(
                \.element)
            return (stationKey[s], names)
        }
    }

    /// The cross-row findings, in row order. `values` gives, per station hash and column, the
    /// distinct values seen with their first row (collected by a second, targeted read of the file).
    public func findings(
        values: [UInt64: [String: [(value: String, row: Int)]]],
        quotes: [Int: (pdc: String, station: String)]
    ) -> [Finding] {
        var out: [Finding] = []
        emitFindings(values: values, quotes: quotes) { out.append($0) }
        return out
    }

    /// Calls `body` with each cross-row finding, in row order, without building them all: a million
    /// rows sharing one id give a million findings, each citing a few rows and a count.
    public func emitFindings(
        values: [UInt64: [String: [(value: String, row: Int)]]],
        quotes: [Int: (pdc: String, station: String)], _ body: (Finding) -> Void
    ) {
        // Rows of the duplicated ids, sorted, each with its id (8 bytes a row).
        var order: [(row: Int32, id: Int32)] = []
        for (k, id) in duplicateOrder.enumerated() {
            for r in duplicates[id] ?? [] { order.append((r, Int32(truncatingIfNeeded: k))) }
        }
        order.sort { $0.row < $1.row }
        var next = 0
        var station: [Finding] = []
        var last: (id: Int32, finding: Finding)?
        for s in stationKey.indices where needsQuote(s) {
            // Stations are numbered in order of first row: their findings come in row order.
            stationFindings(s, values: values, quotes: quotes) { station.append($0) }
            while next < order.count, Int(order[next].row) <= Int(firstRow[s]) {
                if let f = duplicateFinding(order[next], quotes: quotes, last: &last) { body(f) }
                next += 1
            }
            for f in station { body(f) }
            station.removeAll(keepingCapacity: true)
        }
        while next < order.count {
            if let f = duplicateFinding(order[next], quotes: quotes, last: &last) { body(f) }
            next += 1
        }
    }

    /// How many rows a message cites before giving the count of the others.
    public static let citedRows = 3

    /// The finding of one row of a duplicated id. Its message depends on the id only: `last`, the
    /// previous finding, gives it again when the same id comes next (a million rows of one id).
    private func duplicateFinding(
        _ entry: (row: Int32, id: Int32),
        quotes: [Int: (pdc: String, station: String)],
        last: inout (id: Int32, finding: Finding)?
    ) -> Finding? {
        let code = "duplicate-id-pdc"
        guard context.enabled(code), Int(entry.id) < duplicateOrder.count,
            let d = duplicates[duplicateOrder[Int(entry.id)]], let first = d.first
        else { return nil }
        if var f = last?.finding, last?.id == entry.id {
            f.rowNumber = Int(entry.row)
            return f
        }
        let text = quotes[Int(first)]?.pdc ?? "?"
        let f = Finding(
            type: code, severity: context.severity(code), rowNumber: Int(entry.row),
            fieldName: "id_pdc_itinerance", cell: text,
            facts: .station(.duplicateId(id: text, count: d.count, rows: RowList(d, citing: Self.citedRows))))
        last = (entry.id, f)
        return f
    }

    private func stationFindings(
        _ s: Int, values: [UInt64: [String: [(value: String, row: Int)]]],
        quotes: [Int: (pdc: String, station: String)], _ emit: (Finding) -> Void
    ) {
        func add(
            _ code: String, row: Int, field: String?, cell: String?, _ facts: StationRuleFacts, proposal: String? = nil,
            confidence: ProposedChange.Confidence = .likely
        ) {
            guard context.enabled(code) else { return }
            emit(
                Finding(
                    type: code, severity: context.severity(code), rowNumber: row, fieldName: field, cell: cell,
                    facts: .station(facts),
                    proposedChange: proposal.map { ProposedChange(newValue: $0, rule: code, confidence: confidence) }))
        }
        let row = Int(firstRow[s])
        let name = quotes[row]?.station ?? "?"
        if incoherent[s] != 0 {
            for (c, column) in StatiqueColumns.stationLevel.enumerated() where incoherent[s] & (1 << UInt32(c)) != 0 {
                let seen = values[stationKey[s]]?[column] ?? []
                let quoted = seen.prefix(5).map { SeenValue(value: $0.value, row: $0.row) }
                add(
                    "station-incoherent", row: row, field: column, cell: seen.first?.value,
                    .stationIncoherent(station: name, column: column, values: quoted, others: seen.count > 5))
            }
        }
        let rows = Int(rowCount[s])
        let announced = Int(nbrePdc[s])
        if announced >= 0, announced != rows,
            incoherent[s] & (1 << UInt32(StatiqueColumns.stationLevel.firstIndex(of: "nbre_pdc")!)) == 0
        {
            add(
                "nbre-pdc-mismatch", row: row, field: "nbre_pdc", cell: String(announced),
                .nbrePdcMismatch(station: name, announced: announced, rows: rows), proposal: String(rows),
                confidence: .guess)
        }
        if connectorsAsPdc(s) {
            add(
                "connectors-as-pdc", row: row, field: "id_pdc_itinerance", cell: nil,
                .connectorsAsPdc(station: name, rows: rows))
        }
    }
}
