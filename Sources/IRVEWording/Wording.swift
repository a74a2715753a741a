import IRVEFindings

/// The words of irve: renders a finding's facts in a language.
///
/// Each family of facts has one file per language (`fr/`, `en/`), each an exhaustive `switch`: a
/// new case does not compile until both languages word it.
public enum Wording {
    public static func message(_ facts: FindingFacts, _ lang: Language) -> String {
        switch facts {
        case let .worded(text): text
        case let .row(facts): lang == .fr ? French.row(facts) : English.row(facts)
        case let .station(facts): lang == .fr ? French.station(facts) : English.station(facts)
        case let .geo(facts): lang == .fr ? French.geo(facts) : English.geo(facts)
        case let .geocoding(facts): lang == .fr ? French.geocoding(facts) : English.geocoding(facts)
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

/// French, the default language of every message.
enum French {}

/// English (`--lang en`).
enum English {}
