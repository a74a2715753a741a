import IRVEFindings
import IRVERead

/// Several rows of a station with the same power, one connector each, of different types, and ids
/// that differ only by their trailing digits: the connectors of one charge point, declared as points.
final class ConnectorsAsPdcRule: PerStationRule {
    static let entries = [Rule(.connectorsAsPdc, .warning, example: ("id_pdc_itinerance", "FRXYZE00011"))]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 100
    // The facts of its findings: cases of StationRuleFacts, copied there by Scripts/generate-rules.py
    // facts: case connectorsAsPdc(station: String, rows: Int)

    private var firstPower = PagedArray<Double>()
    private var samePower = PagedArray<Bool>()
    private var singleConnector = PagedArray<Bool>()
    private var connectorTypes = PagedArray<UInt8>()
    private var pdcPrefix = PagedArray<UInt64>()
    private var samePrefix = PagedArray<Bool>()

    init() {}

    func consume(_ e: RowExtracts, _ slots: StationSlots) {
        for r in 0..<e.count where slots.station[r] >= 0 {
            consume(e, r, station: Int(slots.station[r]), first: slots.first[r])
        }
    }

    @inline(__always)
    private func consume(_ e: RowExtracts, _ r: Int, station s: Int, first: Bool) {
        let connectors = e.connectors[r]
        let oneConnector = connectors != 0xFF && connectors.nonzeroBitCount == 1
        if first {
            firstPower.append(e.power[r])
            samePower.append(!e.power[r].isNaN)
            singleConnector.append(oneConnector)
            connectorTypes.append(connectors == 0xFF ? 0 : connectors)
            pdcPrefix.append(e.pdcPrefixHash[r])
            samePrefix.append(e.pdcPrefixHash[r] != 0)
            return
        }
        if !(e.power[r] == firstPower[s]) { samePower[s] = false }
        singleConnector[s] = singleConnector[s] && oneConnector
        if connectors != 0xFF { connectorTypes[s] |= connectors }
        if e.pdcPrefixHash[r] != pdcPrefix[s] { samePrefix[s] = false }
    }

    func flags(_ s: Int, _ stations: StationTable) -> Bool {
        stations.rowCount[s] >= 2 && samePower[s] && singleConnector[s] && connectorTypes[s].nonzeroBitCount >= 2
            && samePrefix[s]
    }

    func findings(station s: Int, _ input: StationFindingsInput, into out: inout [Finding]) {
        let facts = StationRuleFacts.connectorsAsPdc(station: input.name(s), rows: Int(input.stations.rowCount[s]))
        if let f = input.finding(
            .connectorsAsPdc, row: Int(input.stations.firstRow[s]), field: "id_pdc_itinerance", cell: nil, facts)
        {
            out.append(f)
        }
    }
}
