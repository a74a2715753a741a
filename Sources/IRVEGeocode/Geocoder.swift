import IRVEFindings
import IRVEGeo

/// One address to place on the map, with the filters that keep the answer in the right commune.
public struct GeocodeQuery: Sendable, Hashable {
    /// The address as written (`adresse_station`), house number, street, postcode and commune mixed.
    public var address: String
    /// INSEE code of the commune (a Paris/Lyon/Marseille parent code matches its arrondissements).
    public var citycode: String?
    public var postcode: String?

    public init(address: String, citycode: String? = nil, postcode: String? = nil) {
        self.address = address
        self.citycode = citycode
        self.postcode = postcode
    }
}

/// The best answer of a geocoder for one query.
public struct GeocodeHit: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case housenumber, street, locality, municipality
    }

    public var point: GeoPoint
    /// 0–1, addok's scale: ≥ 0.8 is a sure match, < 0.4 is not the address asked for.
    public var score: Double
    /// Readable full address ("12 Rue de l'Exemple Fictif 76000 Rouen").
    public var label: String
    public var type: Kind
    public var citycode: String
    public var postcode: String
    public var city: String

    public init(
        point: GeoPoint, score: Double, label: String, type: Kind, citycode: String, postcode: String, city: String
    ) {
        self.point = point
        self.score = score
        self.label = label
        self.type = type
        self.citycode = citycode
        self.postcode = postcode
        self.city = city
    }
}

/// Address → position, in batches: the back-ends (local BAN index, addok/BAN HTTP API) answer the
/// same questions on the same scale, so the checks do not care which one runs.
public protocol Geocoder: Sendable {
    /// One answer per query, in the same order; nil when nothing was found.
    func geocode(_ queries: [GeocodeQuery]) throws(GeocodeError) -> [GeocodeHit?]
    /// The nearest address to a point, when the back-end can tell.
    func reverse(_ point: GeoPoint) throws(GeocodeError) -> GeocodeHit?
    /// Which back-end answered, as the findings cite it.
    var source: GeocoderSource { get }
}

extension Geocoder {
    public func reverse(_ point: GeoPoint) throws(GeocodeError) -> GeocodeHit? { nil }
}

/// Paris, Lyon and Marseille: BAN and addok place addresses in arrondissements (75101…, 69381…,
/// 13201…), while IRVE files usually give the parent commune.
enum CityCodes {
    static func arrondissements(of code: String) -> ClosedRange<Int>? {
        switch code {
        case "75056": 75101...75120
        case "69123": 69381...69389
        case "13055": 13201...13216
        default: nil
        }
    }

    /// The parent code for an arrondissement code, else the code itself.
    static func parent(of code: String) -> String {
        guard let n = Int(code) else { return code }
        if (75101...75120).contains(n) { return "75056" }
        if (69381...69389).contains(n) { return "69123" }
        if (13201...13216).contains(n) { return "13055" }
        return code
    }

    /// Does a hit in `hit` satisfy the filter `filter`? (equal, or arrondissement of the filter).
    static func matches(_ hit: String, filter: String) -> Bool {
        hit == filter || parent(of: hit) == filter
    }
}
