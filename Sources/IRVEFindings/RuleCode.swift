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
