/// The geographic coherence checks (stage `geo`): coordinates ↔ commune ↔ postcode ↔ address.
/// Distinct, explicit names where the national consolidation has one ambiguous flag. Their detection
/// is in IRVEGeo, their words in IRVEWording (`GeoRuleCatalogueWords`). Here, below IRVEGeo and
/// IRVERules: the geographic checks take their severities from it, the registry lists it.
public enum GeoRuleCatalog {
    /// The check's severity, from its entry below (every check has one: `RuleRegistryTests`).
    public static func severity(_ code: GeoRuleCode) -> Severity { byCode[code]?.severity ?? .warning }

    private static let byCode: [GeoRuleCode: Rule] = Dictionary(
        rules.compactMap { r in if case .geo(let c) = r.id { (c, r) } else { nil } }, uniquingKeysWith: { a, _ in a })

    public static let rules: [Rule] = [
        Rule(
            .coordinatesSwapped, .error, example: ("coordonneesXY", "[43.6047,1.4442]"),
            repair: .geo(.coordinatesSwapped)),
        Rule(.coordinatesOutsideFrance, .error, example: ("coordonneesXY", "[-40.5,12.2]")),
        Rule(.coordinatesPlaceholder, .error, example: ("coordonneesXY", "[0,0]")),
        Rule(.coordinatesImprecise, .warning, example: ("coordonneesXY", "[1.444,43.605]")),
        Rule(.coordinatesOutsideCommune, .warning, example: ("coordonneesXY", "[2.3522,48.8566]")),
        Rule(.coordinatesNearBorder, .info, example: ("coordonneesXY", "[1.3501,43.6047]")),
        Rule(.inseeIsPostcode, .error, example: ("code_insee_commune", "17200"), repair: .geo(.inseeIsPostcode)),
        Rule(.inseeUnknown, .error, example: ("code_insee_commune", "99999"), repair: .geo(.inseeUnknown)),
        Rule(.inseeObsolete, .error, example: ("code_insee_commune", "74268"), repair: .geo(.inseeObsolete)),
        Rule(.inseeMissing, .warning, example: ("code_insee_commune", ""), repair: .geo(.inseeMissing)),
        Rule(
            .inseeArrondissement, .warning, example: ("code_insee_commune", "75115"), repair: .geo(.inseeArrondissement)
        ),
        Rule(.postcodeMismatch, .warning, example: ("adresse_station", "1 place du Capitole 75001 Toulouse")),
        Rule(.communeNameMismatch, .warning, example: ("adresse_station", "1 place du Capitole 31000 Bordeaux")),
        Rule(.geoSuspectInsee, .warning, example: ("code_insee_commune", "33063")),
        Rule(.geoSuspectCoordinates, .warning, example: ("coordonneesXY", "[-0.5792,44.8378]")),
        Rule(.geoSuspectAddress, .warning, example: ("adresse_station", "1 cours de l'Intendance 33000 Bordeaux")),
        Rule(
            .addressFarFromPoint, .warning, example: ("adresse_station", "12 route de Narbonne 31400 Toulouse"),
            repair: .geo(.addressFarFromPoint)),
        Rule(.addressNotFound, .info, example: ("adresse_station", "Lieu-dit sans nom 31000 Toulouse")),
    ]
}
