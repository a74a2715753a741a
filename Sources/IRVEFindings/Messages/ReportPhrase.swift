/// The fixed phrases of the text report (headings, labels, totals, verdict), around the findings'
/// own messages. Worded by `Wording.message(_:_:)` in every language.
public enum ReportPhrase: Sendable, Equatable {
    /// The labels of the report's first lines, each followed by its value.
    case fileLabel, readAsLabel, schemaLabel, dataRowsLabel
    /// "Excel (.xlsx)", with the sheet read when the workbook names it.
    case workbook(sheet: String?)
    case encoding(String)
    case delimiter(String)
    case valid, invalid
    /// "— 2 errors, 1 warning" after the verdict.
    case totals(errors: Int, warnings: Int)
    case fileAndHeaderHeading, detailsByColumnHeading, summaryByColumnHeading
    /// Where a finding of a column is: "row 12".
    case atRow(Int)
    /// "… and 3 more": findings not shown, of one type (a general finding) or of the column.
    case more(Int, type: String?)
    case errorCount(Int)
    case warningCount(Int)
    /// A sample cell of the summary: empty, or its (cut) value quoted.
    case emptySample
    case sample(String)
    /// Before the samples of a column's summary line.
    case examples
    case cutByLimit, spillFailed
}
