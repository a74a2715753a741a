import IRVEFindings

/// The words of irve: renders a finding's facts in a language.
///
/// Each family of facts has one file per language (`fr/`, `en/`), each an exhaustive `switch`: a
/// new case does not compile until every language words it. A new family is a requirement of
/// `LanguageWords`; a new language is a type that conforms to it, and a case of `Language`.
public enum Wording {
    public static func message(_ facts: FindingFacts, _ lang: Language) -> String {
        let words = words(lang)
        switch facts {
        case .worded(let text): return text
        case .row(let facts): return words.row(facts)
        case .station(let facts): return words.station(facts)
        case .engine(let facts): return words.engine(facts)
        case .geo(let facts): return words.geo(facts)
        case .geocoding(let facts): return words.geocoding(facts)
        case .header(let facts): return message(facts, lang)
        case .table(let facts): return message(facts, lang)
        }
    }

    /// The one place a language is chosen: every entry point asks here.
    static func words(_ lang: Language) -> any LanguageWords.Type {
        switch lang {
        case .fr: French.self
        case .en: English.self
        }
    }

    /// The same finding with its sentence written (what a report's store keeps).
    public static func worded(_ f: Finding, _ lang: Language) -> Finding {
        guard case .worded = f.facts else {
            var f = f
            f.facts = .worded(message(f.facts, lang))
            return f
        }
        return f
    }
}

/// Everything irve says, in one language: the findings' facts below, and every other family
/// (errors, command line, help, reports, catalogue…), each a protocol of its own file. A new
/// language is one type conforming to this; the compiler then lists every missing text.
protocol LanguageWords:
    ClippingWords, CodeDocWords, CommandLineWords, DescribeWords, ExtractWords, FileErrorWords, MapWords,
    GeocodeErrorWords,
    GeoRuleCatalogueWords,
    WebMapWords,
    HostingWords,
    HeaderWords, HelpWords, HTTPErrorWords, NumberWords, PublishWords, QualityWords, ReadWords, RepairWords,
    ReportWords, RuleCatalogueWords, SchemaWords,
    WorkbookWords, BatchWords, ColumnMappingWords, ProblemWords, WebWords, RepairReviewWords, WebPublishWords
{
    static func row(_ facts: RowRuleFacts) -> String
    static func station(_ facts: StationRuleFacts) -> String
    static func engine(_ facts: EngineFacts) -> String
    static func geo(_ facts: GeoRuleFacts) -> String
    static func geocoding(_ facts: GeocodingFacts) -> String
}

/// French, the default language of every message.
enum French: LanguageWords {}

/// English (`--lang en`).
enum English: LanguageWords {}
