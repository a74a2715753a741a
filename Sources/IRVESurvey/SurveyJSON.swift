import IRVEFindings
import IRVEReport

/// The survey as one JSON object: `{"resources": [...], "summary": {...}}`. `valid` is null when
/// the file could not be read; `reasons` are codes (`invalid`, `personal_account`…).
public enum SurveyJSON {
    public static func render(_ report: SurveyReport) -> JSONValue {
        .object([
            ("resources", .array(report.records.map(resource))),
            ("summary", summary(report)),
        ])
    }

    static func resource(_ r: SurveyRecord) -> JSONValue {
        let p = r.resource
        let c = r.check
        func int(_ n: Int?) -> JSONValue { n.map { .number(Double($0)) } ?? .null }
        func str(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        func families(_ f: [ProblemFamily: Int]?) -> JSONValue {
            guard let f else { return .null }
            return .object(ProblemFamily.allCases.map { ($0.rawValue, int(f[$0] ?? 0)) })
        }
        let q = r.quality
        return .object([
            ("organization", str(p.organization?.name)),
            ("organization_id", str(p.organization?.id)),
            ("owner", str(p.owner?.name)),
            ("personal_account", .bool(p.isPersonal)),
            ("dataset", .string(p.datasetTitle)),
            ("dataset_id", .string(p.datasetID)),
            ("dataset_page", str(p.datasetPage)),
            ("resource", .string(p.resourceTitle)),
            ("resource_id", .string(p.resourceID)),
            ("resource_page", str(p.resourcePage)),
            ("url", .string(p.url)),
            ("last_modified", str(p.lastModified)),
            ("date_maj", str(c?.dateMaj)),
            ("age_days", int(c?.ageDays)),
            ("schema_declared", str(p.declaredSchema)),
            ("schema_version_declared", str(p.declaredVersion)),
            ("schema_detected", str(c?.detectedSchema)),
            ("schema_version_detected", str(c?.detectedVersion)),
            ("valid", r.valid.map(JSONValue.bool) ?? .null),
            ("errors", int(c?.errors)),
            ("warnings", int(c?.warnings)),
            ("errors_by_family", families(c?.errorsByFamily)),
            ("warnings_by_family", families(c?.warningsByFamily)),
            ("stations", int(c?.stations)),
            ("charge_points", int(c?.points)),
            (
                "quality",
                .object([
                    ("score", int(q.score)), ("maximum", int(q.maximum)),
                    ("source", .string(q.fromUdata ? "udata" : "irve")),
                ])
            ),
            ("ready", .bool(r.ready)),
            ("reasons", .array(r.reasons.map { .string($0.rawValue) })),
            ("problem", str(r.problem)),
            ("first_problems", .array((c?.firstProblems ?? []).map(JSONValue.string))),
            ("from_cache", .bool(r.fromCache)),
        ])
    }

    static func summary(_ report: SurveyReport) -> JSONValue {
        let t = report.totals
        func n(_ v: Int) -> JSONValue { .number(Double(v)) }
        return .object([
            ("api", .string(report.api)),
            ("resources", n(t.resources)), ("valid", n(t.valid)), ("invalid", n(t.invalid)),
            ("unreadable", n(t.unreadable)), ("ready", n(t.ready)), ("errors", n(t.errors)),
            ("warnings", n(t.warnings)), ("stations", n(t.stations)), ("charge_points", n(t.points)),
            ("downloaded", n(report.downloaded)), ("from_cache", n(report.cached)), ("requests", n(report.requests)),
        ])
    }
}
