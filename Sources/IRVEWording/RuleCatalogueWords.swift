import IRVEFindings

/// The words of the rule catalogue (`irve check --rules`, the README's tables): each rule's title and
/// explanation, and the listing's own words. One exhaustive `switch` per language (`fr/`, `en/`):
/// a new rule code does not compile until both languages word it.
protocol RuleCatalogueWords {
    static func ruleTitle(_ code: RuleCode) -> String
    static func ruleExplanation(_ code: RuleCode) -> String
    /// The first lines of the text listing.
    static var rulesHeading: String { get }
    /// The header row of a Markdown table, with its line break.
    static var rulesTableHeader: String { get }
    static func ruleSeverity(_ severity: Severity) -> String
}

/// The geographic checks' catalogue words (their detection is in IRVEGeo).
protocol GeoRuleCatalogueWords {
    static func geoRuleTitle(_ code: GeoRuleCode) -> String
    static func geoRuleExplanation(_ code: GeoRuleCode) -> String
}

extension Wording {
    /// A catalogued rule's title (`irve check --rules`).
    public static func title(_ code: CatalogueCode, _ lang: Language) -> String {
        switch code {
        case .rule(let code): catalogueWords(lang).ruleTitle(code)
        case .geo(let code): geoCatalogueWords(lang).geoRuleTitle(code)
        }
    }

    /// What a catalogued rule checks and why.
    public static func explanation(_ code: CatalogueCode, _ lang: Language) -> String {
        switch code {
        case .rule(let code): catalogueWords(lang).ruleExplanation(code)
        case .geo(let code): geoCatalogueWords(lang).geoRuleExplanation(code)
        }
    }

    /// The severity as the rule listing names it.
    public static func ruleSeverity(_ severity: Severity, _ lang: Language) -> String {
        catalogueWords(lang).ruleSeverity(severity)
    }

    /// The heading of `irve check --rules`.
    public static func rulesHeading(_ lang: Language) -> String { catalogueWords(lang).rulesHeading }

    /// The header row of the README's rule tables.
    public static func rulesTableHeader(_ lang: Language) -> String { catalogueWords(lang).rulesTableHeader }

    static func catalogueWords(_ lang: Language) -> any RuleCatalogueWords.Type {
        Wording.words(lang).self
    }

    static func geoCatalogueWords(_ lang: Language) -> any GeoRuleCatalogueWords.Type {
        Wording.words(lang).self
    }
}
