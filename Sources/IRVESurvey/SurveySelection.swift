import Foundation

/// Which published resources a survey looks at. Datasets named by `--dataset` are taken as they
/// are; `--org` and `--zone` select datasets together (an organisation's datasets covering a
/// zone); without any of them, every dataset with a resource of `schema`.
public struct SurveySelection: Sendable, Equatable {
    /// Organisation ids or slugs.
    public var organizations: [String] = []
    /// Dataset ids, slugs or data.gouv.fr addresses.
    public var datasets: [String] = []
    /// Zone ids, `fr:departement:76`, `fr:commune:76165`.
    public var zones: [String] = []
    public var schema = SurveySelection.statique

    public static let statique = "etalab/schema-irve-statique"

    public init(organizations: [String] = [], datasets: [String] = [], zones: [String] = [], schema: String? = nil) {
        self.organizations = organizations
        self.datasets = datasets
        self.zones = zones
        if let schema { self.schema = schema }
    }

    /// The dataset a `--dataset` value names: an id or slug as given, or the slug of a
    /// `…/datasets/<slug>/` address.
    public static func datasetKey(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: "?").first.map { $0.split(separator: "/") } ?? []
        if let i = parts.lastIndex(of: "datasets"), i + 1 < parts.count { return String(parts[i + 1]) }
        return trimmed
    }

    /// The département of a `fr:departement:XX` zone, else nil (the API matches zones exactly,
    /// so the communes of a département are matched here).
    public static func departement(_ zone: String) -> String? {
        let prefix = "fr:departement:"
        guard zone.hasPrefix(prefix), zone.count > prefix.count else { return nil }
        return String(zone.dropFirst(prefix.count))
    }

    /// True when a dataset's zones cover `zone`: the zone itself, or one of its communes for a
    /// département (INSEE code beginning with the département's code: 76165 in 76, 2A004 in 2A,
    /// 97411 in 974).
    public static func covers(_ zones: [String], _ zone: String) -> Bool {
        if zones.contains(zone) { return true }
        guard let dep = departement(zone) else { return false }
        return zones.contains { z in
            guard z.hasPrefix("fr:commune:") else { return false }
            let code = z.dropFirst("fr:commune:".count)
            return code.count == 5 && code.hasPrefix(dep) && (dep.count == 3 || !code.hasPrefix("97"))
        }
    }
}
