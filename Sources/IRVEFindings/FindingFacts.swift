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

/// The facts of the cross-row rules (`IRVERules.CrossRowRules`).
public enum StationRuleFacts: Sendable, Equatable, Codable {
    // duplicate-id-pdc
    case duplicateId(id: String, count: Int, rows: RowList)
    // station-incoherent: the first values seen, and whether there are others
    case stationIncoherent(station: String, column: String, values: [SeenValue], others: Bool)
    // nbre-pdc-mismatch
    case nbrePdcMismatch(station: String, announced: Int, rows: Int)
    // connectors-as-pdc
    case connectorsAsPdc(station: String, rows: Int)
}

/// Whether an itinerance id names a station (letter P) or a charge point (letter E).
public enum IdKind: String, Sendable, Equatable, Codable {
    case station, chargePoint
}

/// The facts of the per-row business rules (`IRVERules.RowRules`), one case per message.
public enum RowRuleFacts: Sendable, Equatable, Codable {
    // id-operator-mismatch
    case operatorMismatch(pdc: String, pdcCode: String, station: String, stationCode: String)
    // power-implausible, power-in-watts (`power` as written in the file)
    case powerBeyondWatts(power: String)
    case powerInWatts(power: String, kilowatts: String)
    case powerTooLow(power: String)
    case powerDCOnlyTooLow(power: String)
    case powerDomesticTooHigh(power: String)
    case powerACOnlyTooHigh(power: String)
    // date-in-future, dates-inverted (dates as written)
    case commissioningInFuture(date: String)
    case updateInFuture(date: String)
    case datesInverted(update: String, commissioning: String)
    // siren-checksum
    case sirenChecksum(siren: String)
    // id-local-missing, id-example-copied, id-structure
    case idLocalMissing(localColumn: String)
    case idExampleCopied(id: String)
    case idUnclean(id: String, normalized: String)
    case idNotAFIREV(id: String, letter: String, kind: IdKind)
    case idWrongLetter(id: String, found: String, expected: String, kind: IdKind)
    // phone-format
    case phoneInvisible(cleaned: String)
    case phoneLetters(phone: String)
    case phoneLostZero(phone: String, digits: String)
    case phoneDigitCount(phone: String)
    // horaires-format
    case horairesAllDay(hours: String)
    case horairesSeconds(hours: String, fixed: String)
    case horairesFrenchDays(hours: String)
    // placeholder-text: `required` when the column cannot be left empty
    case placeholder(column: String, value: String, required: Bool)
}
