import IRVEFindings

/// One entity of the COG 2026, as the reference file holds it.
public struct Commune: Sendable, Hashable {
    /// Position in the reference table (stable for one build of the data).
    public let index: Int
    public let code: String
    public let kind: CommuneKind
    public let name: String
    /// Upper case, without accents and leading article (La Poste style).
    public let upperName: String
    public let departement: String
    /// The current commune an arrondissement, déléguée or associée belongs to.
    public let parent: Int?
    public let population: Int
    /// A point guaranteed inside the commune (the commune's "position").
    public let interior: GeoPoint
    public let centroid: GeoPoint
    public let postcodes: [String]
    let polygon: Int?

    public var hasPolygon: Bool { polygon != nil }

    /// The commune as a finding's facts cite it.
    var ref: CommuneRef { CommuneRef(name: name, code: code) }
}

/// An INSEE code that is no longer a current commune, and what it became.
public struct HistoricalCode: Sendable {
    public enum Status: UInt8, Sendable {
        case disappeared = 0
        case deleguee = 1
        case associee = 2
        case arrondissement = 3
    }
    public let code: String
    public let status: Status
    public let formerName: String
    public let year: Int
    /// Current communes (indices); several when the old commune was split.
    public let targets: [Int]
}
