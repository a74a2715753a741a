/// What the cross-row geographic stage needs from a batch of rows, in file order.
public struct GeoExtracts: Sendable {
    var rows: [Int32] = []
    var stations: [UInt64] = []
    var facts: [GeoFacts] = []
    /// Station label and address text, kept only for rows whose station needs a summary or a
    /// geocoding (cheap strings are not built for the others).
    var labels: [Int: String] = [:]
    var addresses: [Int: String] = [:]
    let keepAddresses: Bool

    public init(keepAddresses: Bool = false) { self.keepAddresses = keepAddresses }
    public var count: Int { rows.count }

    /// Whether the cross-row stage may quote the station of a row with these facts (a summary, or
    /// a point elsewhere than the announced commune): only those rows keep their label.
    static func needsLabel(_ f: GeoFacts) -> Bool {
        GeoStationVerdict.decide(f) != nil
            || (f.pointCommune != nil && f.pointCommune != f.announced && !f.pointInAnnounced)
    }

    mutating func append(
        row: Int, station: UInt64, facts f: GeoFacts, needsLabel: Bool, label: () -> String, address: () -> String
    ) {
        let k = rows.count
        rows.append(Int32(truncatingIfNeeded: row))
        stations.append(station)
        facts.append(f)
        if keepAddresses || needsLabel { labels[k] = label() }
        if keepAddresses { addresses[k] = address() }
    }
}
