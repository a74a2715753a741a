import Foundation

/// Where the geographic columns sit in a file: statique 2.x (`coordonneesXY`), v1
/// (`Xlongitude`/`Ylatitude`, `code_insee`, `ad_station`) or exports with separate
/// `longitude`/`latitude` columns.
public struct GeoColumns: Sendable {
    public enum Coordinates: Sendable, Equatable {
        case xy(Int)
        case lonLat(lon: Int, lat: Int)
    }

    public let labels: [String]
    public let coordinates: Coordinates?
    public let insee: Int?
    public let address: Int?
    public let station: Int?
    public let stationName: Int?

    /// nil when the file has neither coordinates nor an INSEE column: nothing to check.
    public init?(labels: [String]) {
        self.labels = labels
        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() {
            let key = l.trimmingCharacters(in: .whitespaces).lowercased()
            if index[key] == nil { index[key] = i }
        }
        func first(_ names: String...) -> Int? { names.lazy.compactMap { index[$0] }.first }
        if let xy = index["coordonneesxy"] {
            coordinates = .xy(xy)
        } else if let lon = first("xlongitude", "longitude", "lon"), let lat = first("ylatitude", "latitude", "lat") {
            coordinates = .lonLat(lon: lon, lat: lat)
        } else {
            coordinates = nil
        }
        insee = first("code_insee_commune", "code_insee")
        address = first("adresse_station", "ad_station")
        station = first("id_station_itinerance", "id_station")
        stationName = first("nom_station", "n_station")
        if coordinates == nil, insee == nil { return nil }
    }

    /// The name a finding gives for the coordinates.
    public var coordinatesLabel: String? {
        switch coordinates {
        case .xy(let c): labels[c]
        case .lonLat(let lon, let lat): "\(labels[lon]), \(labels[lat])"
        case nil: nil
        }
    }
}
