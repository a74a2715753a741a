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
    private var pdcPrefix = PagedArray<UInt64>()
    /// One byte a station: the connector types seen (bits 0–4, `RuleColumns.connectorNames`) and
    /// three flags (17 bytes a station in all, where a `Bool` array per flag made it 20).
    private var state = PagedArray<UInt8>()
    static let typeBits: UInt8 = 0x1F
    static let samePower: UInt8 = 0x20
    static let singleConnector: UInt8 = 0x40
    static let samePrefix: UInt8 = 0x80

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
            pdcPrefix.append(e.pdcPrefixHash[r])
            var flags: UInt8 = connectors == 0xFF ? 0 : connectors & Self.typeBits
            if !e.power[r].isNaN { flags |= Self.samePower }
            if oneConnector { flags |= Self.singleConnector }
            if e.pdcPrefixHash[r] != 0 { flags |= Self.samePrefix }
            state.append(flags)
            return
        }
        var flags = state[s]
        if !(e.power[r] == firstPower[s]) { flags &= ~Self.samePower }
        if !oneConnector { flags &= ~Self.singleConnector }
        if connectors != 0xFF { flags |= connectors & Self.typeBits }
        if e.pdcPrefixHash[r] != pdcPrefix[s] { flags &= ~Self.samePrefix }
        state[s] = flags
    }

    func flags(_ s: Int, _ stations: StationTable) -> Bool {
        let flags = state[s]
        let all = Self.samePower | Self.singleConnector | Self.samePrefix
        return stations.rowCount[s] >= 2 && flags & all == all && (flags & Self.typeBits).nonzeroBitCount >= 2
    }

    func findings(station s: Int, _ input: StationFindingsInput, into out: inout [Finding]) {
        let facts = StationRuleFacts.connectorsAsPdc(station: input.name(s), rows: Int(input.stations.rowCount[s]))
        if let f = input.finding(
            .connectorsAsPdc, row: Int(input.stations.firstRow(s)), field: "id_pdc_itinerance", cell: nil, facts)
        {
            out.append(f)
        }
    }
}
