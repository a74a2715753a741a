import Foundation

/// A WGS84 position, longitude first as in `coordonneesXY`.
public struct GeoPoint: Sendable, Hashable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) {
        self.lon = lon
        self.lat = lat
    }

    /// Great-circle distance in metres (haversine on the mean Earth radius): metre precision is
    /// far below the contours' own 100–300 m.
    public func distance(to other: GeoPoint) -> Double {
        let r = 6_371_008.8
        let p1 = lat * .pi / 180
        let p2 = other.lat * .pi / 180
        let dp = p2 - p1
        let dl = (other.lon - lon) * .pi / 180
        let a = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * r * asin(min(1, sqrt(a)))
    }

    /// `[lon, lat]` as the schema writes it.
    public var schemaText: String { "[\(Self.format(lon)), \(Self.format(lat))]" }

    static func format(_ v: Double) -> String {
        var s = String(format: "%.6f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
