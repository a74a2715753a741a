/// The geocoder that answered (`IRVEGeocode`): the local BAN index or an addok/BAN server.
public enum GeocoderSource: Sendable, Equatable, Codable {
    case localIndex(path: String)
    case server(url: String)
}

/// What the geocoder found for an address: the address itself, or only its street (the street's middle).
public enum AddressMatch: String, Sendable, Equatable, Codable {
    case address, street
}

/// A geocoder's answer, as cited in a message: its label and score (0 to 1).
public struct GeocoderAnswer: Sendable, Equatable, Codable {
    public var label: String
    public var score: Double

    public init(label: String, score: Double) {
        self.label = label
        self.score = score
    }
}

/// The facts of the geocoding check (`IRVEGeocode.AddressCheck`), one station each.
public enum GeocodingFacts: Sendable, Equatable, Codable {
    // address-far-from-point: `proposed` is the geocoded point (as the schema writes it) when the
    // coordinates are trusted less than the geocoder
    case farFromPoint(
        station: String, rows: RowList, address: String, metres: Double, match: AddressMatch,
        answer: GeocoderAnswer, proposed: String?)
    // address-not-found: `best` is the geocoder's answer when it had one, too unsure to be the address
    case notFound(station: String, rows: RowList, address: String, source: GeocoderSource, best: GeocoderAnswer?)
}
