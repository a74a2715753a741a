import IRVEFindings
import IRVERepair
import IRVEReport

/// `irve fix --format json`: the run as one document. The changes come last, streamed from the
/// change list (a million changes are read back one at a time, as the text lines are).
///
/// `{"input", "dryRun", "rows", "changeCount", "changesByRule": {rule: n}, "stillMissing": {column: rows},
///   "written": [paths], "changes": [{"row","column","before","after","rule","confidence","evidence"}]}`
enum FixDocument {
    static func summary(_ s: RepairSummary, input: String, dryRun: Bool, written: [String]) -> JSONValue {
        let byRule = s.changes.countsByRule.sorted { $0.key.rawValue < $1.key.rawValue }
        let missing = s.stillMissing.sorted { $0.key < $1.key }
        return .object([
            ("input", .string(input)),
            ("dryRun", .bool(dryRun)),
            ("rows", .number(Double(s.rows))),
            ("changeCount", .number(Double(s.changes.count))),
            ("changesByRule", .object(byRule.map { ($0.key.rawValue, .number(Double($0.value))) })),
            ("stillMissing", .object(missing.map { ($0.key, .number(Double($0.value))) })),
            ("written", .array(written.map(JSONValue.string))),
        ])
    }

    static func changes(_ s: RepairSummary) -> DocumentList {
        DocumentList(key: "changes", s.changes.lazy.map(change))
    }

    static func change(_ c: Change) -> JSONValue {
        .object([
            ("row", .number(Double(c.row))),
            ("column", .string(c.column)),
            ("before", .string(c.before)),
            ("after", .string(c.after)),
            ("rule", .string(c.rule.rawValue)),
            ("confidence", .string(c.confidence.rawValue)),
            ("evidence", .string(c.evidence)),
        ])
    }
}
