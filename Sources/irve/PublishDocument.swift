import IRVEFindings
import IRVEPublish

/// `irve publish --format json`: the dry run's plan, or the publication's result, as one document.
/// It never holds the API key: the plan is made without it, and the command masks the text anyway.
///
/// Dry run: `{"mode": "dry-run", "api", "requests": [{"step","method","path"}], "folder", "files": [paths],
///   "quality": {"score","max","criteria": {key: met},"advice"}}` (the quality as `describe` writes it).
/// Sent: `{"mode": "send", "api", "created", "dataset", "resource", "datasetURI", "qualityScore"}`.
enum PublishDocument {
    static func dryRun(
        api: String, plan: [PlannedRequest], folder: String, files: [String], quality: QualityPrediction,
        lang: Language
    ) -> JSONValue {
        .object([
            ("mode", "dry-run"),
            ("api", .string(api)),
            ("requests", .array(plan.map { request($0, lang) })),
            ("folder", .string(folder)),
            ("files", .array(files.map(JSONValue.string))),
            ("quality", Describe.quality(quality, lang: lang)),
        ])
    }

    static func sent(api: String, _ o: Publisher.Outcome) -> JSONValue {
        .object([
            ("mode", "send"),
            ("api", .string(api)),
            ("created", .bool(o.created)),
            ("dataset", .string(o.datasetID)),
            ("resource", .string(o.resourceID)),
            ("datasetURI", o.datasetURI.map(JSONValue.string) ?? .null),
            ("qualityScore", o.qualityScore.map { .number(Double($0)) } ?? .null),
        ])
    }

    static func request(_ r: PlannedRequest, _ lang: Language) -> JSONValue {
        .object([("step", .string(r.label(lang))), ("method", .string(r.method)), ("path", .string(r.path))])
    }
}
