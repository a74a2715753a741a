/// The help texts and the fixed words of the workbooks irve writes (`irve template`,
/// `check --annotate`, `fix -o x.xlsx`), worded in IRVEWording.
public enum WorkbookHelp: Sendable, Equatable {
    case templateAbstract, templateDiscussion, templateOutput, templateExample, templateForce, annotate
}

/// A fixed text inside a generated workbook.
public enum WorkbookLabel: Sendable, Equatable {
    /// Sheet names (at most 31 characters, no `[]:*?/\`).
    case dataSheet, helpSheet, summarySheet
    /// Column titles of the « Aide » sheet.
    case helpColumn, helpRequired, helpType, helpValues, helpExample, helpDescription
    /// « oui » / « non » in the « Aide » sheet.
    case yes, no
    /// Kinds of value shown in the « Aide » sheet and the input messages.
    case kind(ValueKind)
    /// The first line of an input message: « Exemple : … ».
    case example(String)
    /// The input message's title (Excel shows at most 32 characters).
    case requiredTitle, optionalTitle
    /// A comment on an annotated cell: the severity's word, and the proposed value.
    case severity(Severity)
    case proposed(String)
    /// The author of the comments.
    case author
    /// Lines of the « Synthèse » sheet.
    case summaryTitle(file: String)
    case summarySchema(String)
    case summaryRows(Int)
    case summaryErrors(Int)
    case summaryWarnings(Int)
    case summaryLegend
    case summaryGeneral
    case summaryColumns
    /// How to use the annotated workbook: correct, save, run `irve check` on it again.
    case summaryHowTo
    /// The message `irve template` prints once the file is written.
    case templateWritten(path: String)
    case annotatedWritten(path: String)
}

/// What a template column holds, as the « Aide » sheet names it.
public enum ValueKind: Sendable, Equatable {
    case text, integer, decimal, boolean, date, coordinates, list, email
}
