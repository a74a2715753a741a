import IRVEFindings
import IRVERead

/// The station-level columns (name, address, coordinates, operator…) must hold one value per
/// station: a finding per column that holds several, quoting the first values seen.
final class StationCoherenceRule: PerStationRule {
    static let entries = [Rule(.stationIncoherent, .error, example: ("nom_station", "Capitole"))]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 20
    // The facts of its findings: cases of StationRuleFacts, copied there by Scripts/generate-rules.py
    // (the first values seen, and whether there are others).
    // facts: case stationIncoherent(station: String, column: String, values: [SeenValue], others: Bool)

    /// How many distinct values a message quotes.
    static let quotedValues = 5
    static let columnCount = RuleColumns.stationLevel.count

    private var columnHashes = PagedArray<UInt32>()  // columnCount per station
    private var incoherent = PagedArray<UInt32>()  // bit per station-level column

    init() {}

    func consume(_ e: RowExtracts, _ slots: StationSlots) {
        for r in 0..<e.count where slots.station[r] >= 0 {
            consume(e, r, station: Int(slots.station[r]), first: slots.first[r])
        }
    }

    @inline(__always)
    private func consume(_ e: RowExtracts, _ r: Int, station s: Int, first: Bool) {
        let k = Self.columnCount
        if first {
            columnHashes.append(contentsOf: e.columnHashes[(r * k)..<((r + 1) * k)])
            incoherent.append(0)
            return
        }
        for c in 0..<k {
            let h = e.columnHashes[r * k + c]
            let known = columnHashes[s * k + c]
            if known == 0 {
                columnHashes[s * k + c] = h
            } else if h != 0, h != known {
                incoherent[s] |= 1 << UInt32(c)
            }
        }
    }

    func flags(_ s: Int, _ stations: StationTable) -> Bool { incoherent[s] != 0 }

    /// Station-level columns found incoherent, for the pass that collects their distinct values.
    func columnsToCollect(_ stations: StationTable) -> [(stationHash: UInt64, columns: [String])] {
        incoherent.enumerated().compactMap { s, mask in
            guard mask != 0 else { return nil }
            let names = RuleColumns.stationLevel.enumerated().filter { mask & (1 << UInt32($0.offset)) != 0 }
            return (stations.keys[s], names.map(\.element))
        }
    }

    func findings(station s: Int, _ input: StationFindingsInput, into out: inout [Finding]) {
        let row = Int(input.stations.firstRow[s])
        let name = input.name(s)
        for (c, column) in RuleColumns.stationLevel.enumerated() where incoherent[s] & (1 << UInt32(c)) != 0 {
            let seen = input.values[input.stations.keys[s]]?[column] ?? []
            let quoted = seen.prefix(Self.quotedValues).map { SeenValue(value: $0.value, row: $0.row) }
            let facts = StationRuleFacts.stationIncoherent(
                station: name, column: column, values: quoted, others: seen.count > Self.quotedValues)
            if let f = input.finding(.stationIncoherent, row: row, field: column, cell: seen.first?.value, facts) {
                out.append(f)
            }
        }
    }
}
