/// The code of every IRVE business rule (per row and across rows): its detection and catalogue entry
/// live in IRVERules, one file per rule; its title and explanation in IRVEWording. A new case does not
/// compile until both languages word it.
public enum RuleCode: String, Sendable, CaseIterable, Codable {
    case duplicateIdPdc = "duplicate-id-pdc"
    case stationIncoherent = "station-incoherent"
    case nbrePdcMismatch = "nbre-pdc-mismatch"
    case idStructure = "id-structure"
    case idOperatorMismatch = "id-operator-mismatch"
    case idExampleCopied = "id-example-copied"
    case idLocalMissing = "id-local-missing"
    case powerInWatts = "power-in-watts"
    case powerImplausible = "power-implausible"
    case dateInFuture = "date-in-future"
    case datesInverted = "dates-inverted"
    case sirenChecksum = "siren-checksum"
    case phoneFormat = "phone-format"
    case horairesFormat = "horaires-format"
    case connectorsAsPdc = "connectors-as-pdc"
    case placeholderText = "placeholder-text"
}

/// The code of every geographic check (stage `geo`, detected in IRVEGeo): catalogued in IRVERules,
/// worded in IRVEWording.
public enum GeoRuleCode: String, Sendable, CaseIterable, Codable {
    case coordinatesSwapped = "coordinates-swapped"
    case coordinatesOutsideFrance = "coordinates-outside-france"
    case coordinatesPlaceholder = "coordinates-placeholder"
    case coordinatesImprecise = "coordinates-imprecise"
    case coordinatesOutsideCommune = "coordinates-outside-commune"
    case coordinatesNearBorder = "coordinates-near-border"
    case inseeIsPostcode = "insee-is-postcode"
    case inseeUnknown = "insee-unknown"
    case inseeObsolete = "insee-obsolete"
    case inseeMissing = "insee-missing"
    case inseeArrondissement = "insee-arrondissement"
    case postcodeMismatch = "postcode-mismatch"
    case communeNameMismatch = "commune-name-mismatch"
    case geoSuspectInsee = "geo-suspect-insee"
    case geoSuspectCoordinates = "geo-suspect-coordinates"
    case geoSuspectAddress = "geo-suspect-address"
    case addressFarFromPoint = "address-far-from-point"
    case addressNotFound = "address-not-found"
}

/// A code of the rule catalogue (`irve check --rules`): a business rule or a geographic check.
public enum CatalogueCode: Sendable, Hashable {
    case rule(RuleCode)
    case geo(GeoRuleCode)

    /// The code as findings and `--disable` spell it.
    public var rawValue: String {
        switch self {
        case .rule(let code): code.rawValue
        case .geo(let code): code.rawValue
        }
    }
}
