import IRVEFindings

/// A rule with its catalogue entries (one type may report several codes).
protocol CataloguedRule {
    static var entries: [Rule] { get }
    /// Its place in the registry (`RuleRegistry.rules` is generated in this order).
    static var rank: Int { get }
}

/// Every rule `irve check` applies beyond the schema, listed once: the drivers (`RowRules`,
/// `CrossRowRules`) run these, `irve check --rules` and the README's tables list them.
public enum RuleRegistry {
    /// A rule type: on one row, or across the rows of a station.
    enum Entry: Sendable {
        case row(any RowRule.Type)
        case station(any StationRule.Type)

        var entries: [Rule] {
            switch self {
            case .row(let rule): rule.entries
            case .station(let rule): rule.entries
            }
        }

        var rank: Int {
            switch self {
            case .row(let rule): rule.rank
            case .station(let rule): rule.rank
            }
        }
    }

    // `rules`, every rule type by rank, is generated from the rule files (RuleRegistry+Generated.swift,
    // by Scripts/generate-rules.py).

    static let rowRules: [any RowRule.Type] = rules.compactMap {
        if case .row(let rule) = $0 { rule } else { nil }
    }

    static let stationRules: [any StationRule.Type] = rules.compactMap {
        if case .station(let rule) = $0 { rule } else { nil }
    }

    /// The entries of the rules that check one row at a time.
    public static let perRow: [Rule] = rowRules.flatMap { $0.entries }

    /// The entries of the rules across rows (per station, per charge point id).
    public static let acrossRows: [Rule] = stationRules.flatMap { $0.entries }

    /// The geographic checks (detected in IRVEGeo), catalogued below both modules.
    public static let geographic: [Rule] = GeoRuleCatalog.rules

    /// Every catalogued code: the business rules, then the geographic checks.
    public static let all: [Rule] = row + geographic

    /// Rules on the rows' own content (per row and across rows).
    public static let row: [Rule] = rules.flatMap(\.entries)

    private static let byCode: [String: Rule] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    public static func rule(_ code: String) -> Rule? { byCode[code] }
}

/// The registry under the name IRVEGeo and older callers use.
public typealias RuleCatalog = RuleRegistry
