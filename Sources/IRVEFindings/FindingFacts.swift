/// What a finding says, as data. Only `IRVEWording` turns facts into a sentence, in the report's
/// language, and only for the findings a report shows.
public enum FindingFacts: Sendable, Equatable, Codable {
    /// A sentence already written: by a stage whose findings are not data yet, or read back from a
    /// report's store (where findings are kept worded).
    case worded(String)
    /// The IRVE business rules on one row.
    case row(RowRuleFacts)
    /// The IRVE business rules across the rows of a station, or of the file.
    case station(StationRuleFacts)
    /// The Table Schema engine's cell findings (type, constraints, row shape, encoding).
    case engine(EngineFacts)
    /// The geographic checks: coordinates, INSEE code and address against the COG.
    case geo(GeoRuleFacts)
    /// The stations' addresses, geocoded.
    case geocoding(GeocodingFacts)
    /// The header's labels against the schema's fields.
    case header(HeaderFacts)
    /// The table as a whole: encoding, emptiness, layout, schema chosen.
    case table(TableFacts)
}

/// Rows cited in a message: the first few, then how many others (« 2, 3, 4… et 999 997 autre(s) »).
public struct RowList: Sendable, Equatable, Codable {
    public var shown: [Int]
    public var others: Int

    public init(_ rows: [Int32], citing: Int) {
        shown = rows.prefix(citing).map { Int($0) }
        others = rows.count - shown.count
    }

    /// Rows already cut to the ones cited, out of `total`.
    public init(shown: [Int], total: Int) {
        self.shown = shown
        others = total - shown.count
    }
}

/// A value seen on a row, quoted in a message.
public struct SeenValue: Sendable, Equatable, Codable {
    public var value: String
    public var row: Int

    public init(value: String, row: Int) {
        self.value = value
        self.row = row
    }
}

/// Whether an itinerance id names a station (letter P) or a charge point (letter E).
public enum IdKind: String, Sendable, Equatable, Codable {
    case station, chargePoint
}
