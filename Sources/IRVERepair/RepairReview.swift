import IRVEFindings
import IRVESchemaCatalog

/// The repairs of `irve fix` reviewed before they are applied (the web assistant's repairs page):
/// every proposal listed without writing anything, then a chosen subset applied with the user's
/// own values. Both are `Repair.run` with a `RepairSelection`: the same rules, the same output.
public enum RepairReview {
    /// The fields of the repaired file (the statique schema's), where a typed value may go.
    public static let fieldNames: [String] = SchemaCatalog.latest("statique")?.schema.fields.map(\.name) ?? []

    /// Every change `irve fix` could make to `input`, guesses included, each named by its `ChangeID`;
    /// nothing is written. Columns are placed as `options.aggressive` says.
    public static func plan(input: String, options: RepairOptions) throws(RepairError) -> RepairSummary {
        var o = options
        o.selection = .everything
        o.edits = [:]
        return try Repair.run(input: input, output: nil, log: nil, force: false, options: o)
    }

    /// The repaired copy of `input` with only the changes `selection` accepts, and the user's
    /// `edits` (input row → field → value) written over the repaired cells and logged as
    /// `user-edit`. The input is never written.
    public static func apply(
        input: String, output: String, log: String?, selection: RepairSelection, edits: [Int: [String: String]],
        force: Bool, options: RepairOptions
    ) throws(RepairError) -> RepairSummary {
        var o = options
        o.selection = selection
        o.edits = edits
        return try Repair.run(input: input, output: output, log: log, force: force, options: o)
    }

    /// The input row of a row of the repaired file: the blank rows removed before it shift it
    /// (`blankRows`: their input rows, in increasing order, as the change log lists them).
    public static func inputRow(ofOutputRow row: Int, blankRows: [Int]) -> Int {
        var input = row
        for b in blankRows {
            guard b <= input else { break }
            input += 1
        }
        return input
    }
}
