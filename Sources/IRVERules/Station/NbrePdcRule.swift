import IRVEFindings
import IRVERead

/// `nbre_pdc` is the station's number of charge points: it must equal the station's rows (unless the
/// rows disagree on it, which `station-incoherent` reports).
final class NbrePdcRule: PerStationRule {
    static let entries = [Rule(.nbrePdcMismatch, .warning, example: ("nbre_pdc", "4"))]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 30
    // The facts of its findings: cases of StationRuleFacts, copied there by Scripts/generate-rules.py
    // facts: case nbrePdcMismatch(station: String, announced: Int, rows: Int)

    /// Where `nbre_pdc` sits among the station-level hashes of an extract.
    static let column = RuleColumns.stationLevel.firstIndex(of: "nbre_pdc") ?? 0

    private var announced = PagedArray<Int32>()  // -1 until a row gives a readable number
    private var hash = PagedArray<UInt32>()  // the first non-empty cell's hash
    private var differs = PagedArray<Bool>()

    init() {}

    func consume(_ e: RowExtracts, _ slots: StationSlots) {
        for r in 0..<e.count where slots.station[r] >= 0 {
            consume(e, r, station: Int(slots.station[r]), first: slots.first[r])
        }
    }

    @inline(__always)
    private func consume(_ e: RowExtracts, _ r: Int, station s: Int, first: Bool) {
        let h = e.columnHashes[r * StationCoherenceRule.columnCount + Self.column]
        if first {
            announced.append(e.nbrePdc[r])
            hash.append(h)
            differs.append(false)
            return
        }
        if hash[s] == 0 {
            hash[s] = h
        } else if h != 0, h != hash[s] {
            differs[s] = true
        }
        if announced[s] < 0 { announced[s] = e.nbrePdc[r] }
    }

    func flags(_ s: Int, _ stations: StationTable) -> Bool {
        announced[s] >= 0 && announced[s] != stations.rowCount[s] && !differs[s]
    }

    func findings(station s: Int, _ input: StationFindingsInput, into out: inout [Finding]) {
        let rows = Int(input.stations.rowCount[s])
        let announced = Int(announced[s])
        let facts = StationRuleFacts.nbrePdcMismatch(station: input.name(s), announced: announced, rows: rows)
        if let f = input.finding(
            .nbrePdcMismatch, row: Int(input.stations.firstRow(s)), field: "nbre_pdc", cell: String(announced), facts,
            proposal: String(rows), confidence: .guess)
        {
            out.append(f)
        }
    }
}
