/// A commune cited in a message: its name and INSEE code (worded « Rouen (76540) »).
public struct CommuneRef: Sendable, Equatable, Codable {
    public var name: String
    public var code: String

    public init(name: String, code: String) {
        self.name = name
        self.code = code
    }
}

/// The first few of a list cited in a message, and how many were left out.
public struct CitedList<Element: Sendable & Equatable & Codable>: Sendable, Equatable, Codable {
    public var shown: [Element]
    public var others: Int

    public init(_ all: some Collection<Element>, citing: Int) {
        shown = Array(all.prefix(citing))
        others = all.count - shown.count
    }
}

/// What the COG calls an entity: a current commune, a Paris/Lyon/Marseille arrondissement, a
/// commune déléguée or associée (inside a current commune), or an overseas collectivity's commune.
/// The raw values are the reference file's codes (`IRVEGeo.GeoReference`).
public enum CommuneKind: UInt8, Sendable, Equatable, Codable {
    case commune = 0
    case arrondissement = 1
    case deleguee = 2
    case associee = 3
    case outreMer = 4
}

/// The facts of the geographic checks (`IRVEGeo.GeoAnalysis` per row, `IRVEGeo.GeoCrossRow` across
/// rows), by what they question.
public enum GeoRuleFacts: Sendable, Equatable, Codable {
    case coordinates(CoordinatesFacts)
    case insee(InseeFacts)
    case address(AddressCommuneFacts)
    case station(GeoStationFacts)
}

/// The point (`coordinates-*`), as written in the file.
public enum CoordinatesFacts: Sendable, Equatable, Codable {
    // coordinates-placeholder: zero, or one point given to unrelated stations
    case zero(point: String)
    case shared(point: String, stations: Int, rows: RowList)
    // coordinates-outside-france: `sameNumbers` when longitude and latitude are equal
    case outsideFrance(point: String, sameNumbers: Bool)
    // coordinates-swapped: `announced` when the swapped point falls in the commune of the INSEE code
    case swapped(point: String, swappedCommune: CommuneRef, announced: Bool)
    // coordinates-near-border: metres rounded, the contours' precision in metres
    case nearBorder(metres: Int, commune: CommuneRef, precision: Int)
    // coordinates-outside-commune: `pointCommune` nil when the point falls in no commune
    case outsideCommune(pointCommune: CommuneRef?, metres: Double, commune: CommuneRef)
    // coordinates-imprecise
    case fewDecimals(decimals: Int)
    case referencePoint(commune: CommuneRef)
}

/// How the commune of a postcode written as an INSEE code was chosen among the postcode's communes.
public enum PostcodeChoice: String, Sendable, Equatable, Codable {
    /// The point falls in it.
    case point
    /// The address's commune name designates it.
    case addressTown
    /// It is the postcode's only commune.
    case onlyCommune
}

/// The INSEE code (`insee-*`), `written` as in the file (a lost leading zero restored).
public enum InseeFacts: Sendable, Equatable, Codable {
    // insee-missing
    case missing(pointCommune: CommuneRef?)
    // insee-is-postcode: a real INSEE code that is the postcode of the point's commune (`sharesPostcode`
    // when the code's own commune has that postcode too), or a postcode and not a code at all
    case pointPostcode(written: String, pointCommune: CommuneRef, codeCommune: CommuneRef, sharesPostcode: Bool)
    case postcode(written: String, communes: CitedList<CommuneRef>, commune: CommuneRef, choice: PostcodeChoice)
    case sharedPostcode(written: String, communes: CitedList<CommuneRef>)
    // insee-unknown
    case unknown(written: String, pointCommune: CommuneRef?)
    // insee-obsolete: `kind` nil for a former commune (no longer in the COG), `since` its year when known
    case obsolete(written: String, former: String, kind: CommuneKind?, since: Int?, current: CitedList<CommuneRef>)
    // insee-arrondissement
    case arrondissement(arrondissement: CommuneRef, commune: CommuneRef)
}

/// Which column named the commune an address contradicts.
public enum CommuneSource: String, Sendable, Equatable, Codable {
    case inseeCode, point
}

/// The address's postcode and commune name (`postcode-mismatch`, `commune-name-mismatch`).
public enum AddressCommuneFacts: Sendable, Equatable, Codable {
    // postcode-mismatch: `owners` are the communes that have the postcode, `postcodes` the commune's own
    case postcodeUnassigned(postcode: String, commune: CommuneRef, postcodes: CitedList<String>)
    case postcodeElsewhere(
        postcode: String, owners: CitedList<CommuneRef>, commune: CommuneRef,
        postcodes: CitedList<String>)
    // commune-name-mismatch
    case nameMismatch(named: CommuneRef, expected: CommuneRef, from: CommuneSource)
}

/// A station's rows taken together (`geo-suspect-*`); `station` is nil when it has neither id nor name.
public enum GeoStationFacts: Sendable, Equatable, Codable {
    // geo-suspect-insee: one code given to stations spread over many communes (`atLeast` when the count
    // stopped at its bound)
    case defaultCode(
        commune: CommuneRef, stations: Int, otherCommunes: Int, atLeast: Bool, station: String?,
        pointCommune: CommuneRef)
    // geo-suspect-insee, geo-suspect-coordinates, geo-suspect-address: two of the point, the INSEE code
    // and the address agree, the third names another commune
    case inseeWrong(station: String?, rows: RowList, pointCommune: CommuneRef, codeCommune: CommuneRef)
    case coordinatesWrong(station: String?, rows: RowList, commune: CommuneRef, pointCommune: CommuneRef)
    case addressWrong(station: String?, rows: RowList, commune: CommuneRef, addressCommune: CommuneRef)
}
