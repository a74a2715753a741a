/// What a map of a checked file shows, as data: the stations with their points and findings, and
/// the communes they are drawn over. Built by IRVEMap, drawn as SVG or written as GeoJSON.
public struct StationMap: Sendable, Equatable {
    public var file: String
    public var stations: [MapStation] = []
    public var communes: [MapCommune] = []
    /// Rows whose point could not be read or placed (not drawn, counted).
    public var rowsWithoutPoint = 0
    /// Stations or communes left out past the bounds of one map.
    public var stationsLeftOut = 0
    public var communesLeftOut = 0
    /// Rows past the map's bound on rows, not drawn.
    public var rowsLeftOut = 0

    public init(file: String) { self.file = file }
}

/// A station's worst finding: what its marker's colour says.
public enum MapStatus: String, Sendable, Equatable, CaseIterable {
    case valid, warning, error
}

public struct MapStation: Sendable, Equatable {
    /// `id_station_itinerance`, else the name, else "ligne N".
    public var id: String
    public var name: String
    public var status: MapStatus = .valid
    public var points: [MapPoint] = []
    /// The first findings of the station (at most `MapBuilder.maxFindingsPerStation`), and their exact count.
    public var findings: [MapFinding] = []
    public var findingCount = 0

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// One row's point: where it is written and, when the check knows better (swapped latitude and
/// longitude), where it should be.
public struct MapPoint: Sendable, Equatable {
    public var row: Int
    public var lon: Double
    public var lat: Double
    public var corrected: (lon: Double, lat: Double)? {
        get { correctedLon.flatMap { lon in correctedLat.map { (lon, $0) } } }
        set {
            correctedLon = newValue?.lon
            correctedLat = newValue?.lat
        }
    }
    private var correctedLon: Double?
    private var correctedLat: Double?
    /// The commune the point falls in, when it is not the row's own ("Tonneins (47310)").
    public var fallsIn: String?

    public init(row: Int, lon: Double, lat: Double) {
        self.row = row
        self.lon = lon
        self.lat = lat
    }

    /// Where the station is drawn: the corrected point when there is one.
    public var shown: (lon: Double, lat: Double) { corrected ?? (lon, lat) }
}

public struct MapFinding: Sendable, Equatable {
    public var row: Int?
    public var code: String
    public var severity: Severity
    public var message: String

    public init(row: Int?, code: String, severity: Severity, message: String) {
        self.row = row
        self.code = code
        self.severity = severity
        self.message = message
    }
}

/// A commune contour to draw under the stations.
public struct MapCommune: Sendable, Equatable {
    public var code: String
    public var name: String
    /// Rings as [lon, lat] pairs.
    public var rings: [[[Double]]]

    public init(code: String, name: String, rings: [[[Double]]]) {
        self.code = code
        self.name = name
        self.rings = rings
    }
}
