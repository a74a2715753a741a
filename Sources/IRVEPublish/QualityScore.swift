/// data.gouv.fr's metadata quality score (9 equally weighted criteria, udata
/// `Dataset.compute_quality`), predicted for a record before it is published.
public struct QualityPrediction: Sendable, Equatable {
    public struct Criterion: Sendable, Equatable {
        /// udata's key in `quality` (e.g. `dataset_description_quality`).
        public let key: String
        public let label: String
        public let met: Bool
        /// What to do when it is not met.
        public let advice: String
    }

    public let criteria: [Criterion]
    public var score: Int { criteria.filter(\.met).count }
    public var maximum: Int { criteria.count }

    /// `descriptionLimit` is udata's `QUALITY_DESCRIPTION_LENGTH` (100 characters, strictly more).
    public static func predict(_ m: DatasetMetadata, resourceFormat: String = "csv", descriptionLimit: Int = 100)
        -> QualityPrediction
    {
        let closed: Set<String> = ["pdf", "doc", "docx", "word", "xls", "excel", "xlsx"]
        let period = Vocabulary.periodDays(m.frequency)
        return QualityPrediction(criteria: [
            Criterion(
                key: "license", label: "licence renseignée", met: !m.license.isEmpty,
                advice: "indiquez la licence « lov2 » (Licence Ouverte 2.0)."),
            Criterion(
                key: "temporal_coverage", label: "couverture temporelle", met: !m.temporalStart.isEmpty,
                advice: "indiquez la période couverte (« debut : AAAA-MM-JJ » dans la fiche)."),
            Criterion(
                key: "spatial", label: "couverture spatiale", met: !m.zones.isEmpty,
                advice: "renseignez code_insee_commune dans le fichier, ou « zones : fr:commune:CODE » dans la fiche."),
            Criterion(
                key: "update_frequency", label: "fréquence de mise à jour renseignée", met: m.frequency != "unknown",
                advice:
                    "indiquez une fréquence (« frequence : irregular » convient à une mise à jour à chaque changement)."
            ),
            Criterion(
                key: "update_fulfilled_in_time", label: "mise à jour dans les temps", met: true,
                advice: period.map { "republiez au moins tous les \($0) jours, sinon ce critère tombera." } ?? ""),
            Criterion(
                key: "dataset_description_quality", label: "description de plus de \(descriptionLimit) caractères",
                met: m.description.unicodeScalars.count > descriptionLimit,
                advice: "allongez la description (plus de \(descriptionLimit) caractères)."),
            Criterion(
                key: "has_open_format", label: "ressource dans un format ouvert",
                met: !resourceFormat.isEmpty && !closed.contains(resourceFormat.lowercased()),
                advice: "publiez le fichier en CSV (« irve fix » écrit un CSV à partir d'un classeur Excel)."),
            Criterion(key: "all_resources_available", label: "ressources disponibles", met: true, advice: ""),
            Criterion(
                key: "resources_documentation", label: "ressource documentée", met: !m.resource.description.isEmpty,
                advice: "donnez une description à la ressource (« description-ressource » dans la fiche)."),
        ])
    }

    /// Lines for people: the score, then what is missing and how to reach 9/9.
    public func report() -> String {
        var out = "Note de qualité des métadonnées prévue sur data.gouv.fr : \(score)/\(maximum)\n"
        for c in criteria { out += "  \(c.met ? "✓" : "✗") \(c.label)\(c.met ? "" : " — " + c.advice)\n" }
        if score == maximum {
            out += "La fiche atteint \(maximum)/\(maximum)."
            if let c = criteria.first(where: { $0.key == "update_fulfilled_in_time" }), !c.advice.isEmpty {
                out += " À garder : \(c.advice)"
            }
            out += "\n"
        } else {
            out +=
                "Pour atteindre \(maximum)/\(maximum) : "
                + criteria.filter { !$0.met }.map(\.advice).joined(separator: " ") + "\n"
        }
        return out
    }
}
