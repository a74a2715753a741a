import IRVEFindings
import IRVERead

/// A rule across rows. It sees each row's compact extract in file order, never the row itself, and
/// gives its findings at the end, in row order, one at a time (a million rows sharing one id give a
/// million findings).
protocol StationRule: CataloguedRule, AnyObject, SendableMetatype {
    init()
    /// A batch of rows, in file order, with the station of each row (one call per batch: the rule's
    /// loop over the rows is its own, specialised, not a dynamic call per row).
    func consume(_ e: RowExtracts, _ slots: StationSlots)
    /// The rows whose texts the findings quote (appended, in any order): fetched by the second,
    /// targeted read.
    func quotedRows(_ stations: StationTable, into rows: inout [Int32])
    /// The station-level columns whose distinct values the findings quote, per station.
    func columnsToCollect(_ stations: StationTable) -> [(stationHash: UInt64, columns: [String])]
    func findings(_ input: StationFindingsInput) -> AnyIterator<Finding>
}

extension StationRule {
    func columnsToCollect(_ stations: StationTable) -> [(stationHash: UInt64, columns: [String])] { [] }
}

/// Where each row of a batch sits among the stations.
struct StationSlots {
    /// Per row: its station's number in the table, -1 when the row names none.
    var station: [Int32] = []
    /// Per row: whether the row opened its station.
    var first: [Bool] = []
}

/// The stations met so far, numbered in order of first row, with their row counts. Fixed-size
/// records in pages (`PagedArray`), a 4-byte-slot index and a bit per row for the first rows: 16 to
/// 21 bytes a station, whatever the file.
struct StationTable {
    private var index = HashIndex()
    private(set) var keys = PagedArray<UInt64>()
    /// The first rows increase (stations are numbered in order of first row): a bit per row.
    private var firstRows = IncreasingRows()
    private(set) var rowCount = PagedArray<Int32>()
    private var last: Int?

    var count: Int { keys.count }

    /// The first row of station `s`.
    func firstRow(_ s: Int) -> Int32 { firstRows[s] ?? 0 }

    /// Counts a row of the station `key`: its number, and whether the row opened it.
    mutating func place(_ key: UInt64, row: Int32) -> (station: Int, first: Bool) {
        // The rows of a station mostly follow each other: the last station is not looked up again.
        if let s = last, keys[s] == key {
            rowCount[s] += 1
            return (s, false)
        }
        if let s = index.find(key, in: keys) {
            last = s
            rowCount[s] += 1
            return (s, false)
        }
        keys.append(key)
        index.insert(number: keys.count - 1, of: keys)
        firstRows.append(row)
        rowCount.append(1)
        last = keys.count - 1
        return (keys.count - 1, true)
    }
}

/// What the station rules' findings are made of, known at the end of the file.
struct StationFindingsInput {
    let stations: StationTable
    /// Per station hash and column, the distinct values seen with their first row.
    let values: [UInt64: [String: [(value: String, row: Int)]]]
    /// The texts of the quoted rows: their charge point id and station label.
    let quotes: QuoteTable
    let context: RuleContext

    /// The name the findings give station `s`.
    func name(_ s: Int) -> String { quotes[Int(stations.firstRow(s))]?.station ?? "?" }

    /// The finding, unless its code is switched off.
    func finding(
        _ code: RuleCode, row: Int, field: String?, cell: String?, _ facts: StationRuleFacts,
        proposal: String? = nil, confidence: ProposedChange.Confidence = .likely
    ) -> Finding? {
        let type = code.rawValue
        guard context.enabled(type) else { return nil }
        return Finding(
            type: .rule(code), severity: context.severity(code), rowNumber: row, fieldName: field, cell: cell,
            facts: .station(facts),
            proposedChange: proposal.map { ProposedChange(newValue: $0, rule: .rule(code), confidence: confidence) })
    }
}

/// A station rule whose findings sit on the first row of a station: the stations it flags are
/// quoted and visited in order.
protocol PerStationRule: StationRule {
    /// Whether station `s` has a finding of this rule.
    func flags(_ s: Int, _ stations: StationTable) -> Bool
    /// The findings of a flagged station.
    func findings(station s: Int, _ input: StationFindingsInput, into out: inout [Finding])
}

extension PerStationRule {
    func quotedRows(_ stations: StationTable, into rows: inout [Int32]) {
        for s in 0..<stations.count where flags(s, stations) { rows.append(stations.firstRow(s)) }
    }

    func findings(_ input: StationFindingsInput) -> AnyIterator<Finding> {
        var s = 0
        var pending: [Finding] = []
        var next = 0
        return AnyIterator {
            while next == pending.count {
                guard s < input.stations.count else { return nil }
                pending.removeAll(keepingCapacity: true)
                next = 0
                if self.flags(s, input.stations) { self.findings(station: s, input, into: &pending) }
                s += 1
            }
            next += 1
            return pending[next - 1]
        }
    }
}
