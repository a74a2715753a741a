/// What `irve extract` found: the figures of its summary, as data (the words are in IRVEWording).
public struct ExtractSummary: Sendable, Equatable {
    /// The territory as resolved against the reference: "Rouen (76540)", "département 76", "SIREN 217601657".
    public var territory: [ExtractPlace] = []
    public var rowsRead = 0
    public var rowsKept = 0
    /// Rows kept because of each reason; a row may count for several.
    public var keptByCode = 0
    public var keptByPoint = 0
    public var keptBySIREN = 0
    /// Distinct `id_station_itinerance` of the kept rows.
    public var stations = 0
    /// Operators of the kept rows (`nom_operateur`, else `nom_amenageur`), most rows first.
    public var operators: [ExtractCount] = []
    /// Rows whose point and INSEE code disagree (one in the territory, the other not), and the first of them.
    public var disagreements = 0
    public var disagreementSamples: [ExtractDisagreement] = []
    /// Whether those rows were kept anyway (`--keep-disagreements`).
    public var disagreementsKept = false
    /// Schema columns the input did not have: left empty in the draft.
    public var missingColumns: [String] = []
    /// The separate longitude and latitude columns `coordonneesXY` was written from, and for how many rows.
    public var pointColumns: ExtractPointColumns?
    public var rebuiltPoints = 0
    /// Input columns that are not in the schema, and how many non-empty cells each held: not copied.
    public var droppedColumns: [ExtractCount] = []

    public init() {}
}

/// One entity of the territory.
public enum ExtractPlace: Sendable, Equatable {
    case commune(name: String, code: String)
    case departement(String)
    case siren(String)
}

/// A name and a count (an operator and its rows, a dropped column and its non-empty cells).
public struct ExtractCount: Sendable, Equatable {
    public var name: String
    public var count: Int
    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }
}

/// A row whose point and INSEE code disagree.
public struct ExtractDisagreement: Sendable, Equatable {
    public var row: Int
    public var station: String
    /// The INSEE code as written.
    public var code: String
    /// The commune the point falls in ("Paris (75056)"), nil when the point is not in a French commune.
    public var pointCommune: String?
    /// True when the code is the territory's and the point is elsewhere; false for the reverse.
    public var codeInTerritory: Bool

    public init(row: Int, station: String, code: String, pointCommune: String?, codeInTerritory: Bool) {
        self.row = row
        self.station = station
        self.code = code
        self.pointCommune = pointCommune
        self.codeInTerritory = codeInTerritory
    }
}

/// The two input columns a draft's `coordonneesXY` was built from (`[longitude, latitude]`).
public struct ExtractPointColumns: Sendable, Equatable {
    public var longitude: String
    public var latitude: String
    public init(longitude: String, latitude: String) {
        self.longitude = longitude
        self.latitude = latitude
    }
}
