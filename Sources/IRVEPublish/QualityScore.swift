import IRVEFindings
import IRVEWording

/// data.gouv.fr's metadata quality score (9 equally weighted criteria, udata
/// `Dataset.compute_quality`), predicted for a record before it is published.
public struct QualityPrediction: Sendable, Equatable {
    public struct Criterion: Sendable, Equatable {
        /// udata's key in `quality` (e.g. `dataset_description_quality`).
        public let key: String
        public let kind: QualityCriterion
        public let met: Bool

        public func label(_ lang: Language = .fr) -> String { Wording.label(kind, lang) }
        /// What to do when it is not met.
        public func advice(_ lang: Language = .fr) -> String { Wording.advice(kind, lang) }
    }

    public let criteria: [Criterion]
    public var score: Int { criteria.filter(\.met).count }
    public var maximum: Int { criteria.count }

    /// `descriptionLimit` is udata's `QUALITY_DESCRIPTION_LENGTH` (100 characters, strictly more).
    public static func predict(_ m: DatasetMetadata, resourceFormat: String = "csv", descriptionLimit: Int = 100)
        -> QualityPrediction
    {
        let closed: Set<String> = ["pdf", "doc", "docx", "word", "xls", "excel", "xlsx"]
        return QualityPrediction(criteria: [
            Criterion(key: "license", kind: .license, met: !m.license.isEmpty),
            Criterion(key: "temporal_coverage", kind: .temporalCoverage, met: !m.temporalStart.isEmpty),
            Criterion(key: "spatial", kind: .spatial, met: !m.zones.isEmpty),
            Criterion(key: "update_frequency", kind: .updateFrequency, met: m.frequency != "unknown"),
            Criterion(
                key: "update_fulfilled_in_time", kind: .updateInTime(periodDays: Vocabulary.periodDays(m.frequency)),
                met: true),
            Criterion(
                key: "dataset_description_quality", kind: .descriptionLength(limit: descriptionLimit),
                met: m.description.unicodeScalars.count > descriptionLimit),
            Criterion(
                key: "has_open_format", kind: .openFormat,
                met: !resourceFormat.isEmpty && !closed.contains(resourceFormat.lowercased())),
            Criterion(key: "all_resources_available", kind: .resourcesAvailable, met: true),
            Criterion(key: "resources_documentation", kind: .resourcesDocumented, met: !m.resource.description.isEmpty),
        ])
    }

    /// Lines for people: the score, then what is missing and how to reach 9/9.
    public func report(_ lang: Language = .fr) -> String {
        var out = Wording.message(.score(score, maximum: maximum), lang) + "\n"
        for c in criteria {
            out += "  \(c.met ? "✓" : "✗") \(c.label(lang))\(c.met ? "" : " — " + c.advice(lang))\n"
        }
        if score == maximum {
            out += Wording.message(.reached(maximum: maximum), lang)
            if let c = criteria.first(where: { $0.key == "update_fulfilled_in_time" }), !c.advice(lang).isEmpty {
                out += " " + Wording.message(.keep(advice: c.advice(lang)), lang)
            }
            out += "\n"
        } else {
            out +=
                Wording.message(.toReach(maximum: maximum), lang) + " "
                + criteria.filter { !$0.met }.map { $0.advice(lang) }.joined(separator: " ") + "\n"
        }
        return out
    }
}
