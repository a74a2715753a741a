/// What a group of findings is about, as the grouped report and the web assistant name it.
public enum ProblemSubject: Sendable, Equatable {
    case rule(CatalogueCode)
    /// A cell that is not of its field's Table Schema type (`boolean`, `date`…); `samples` are a few
    /// of the values met (« VRAI », « FAUX »).
    case wrongType(String, samples: [String])
    /// A broken Table Schema constraint (`required`, `enum`, `pattern`…).
    case constraint(String)
    case missingCell, extraCell, blankRow, mojibake
    /// A code with no title of its own (its wire code).
    case other(String)
}

/// The phrases of the grouped findings and of "what next", at the end of the text report and on
/// the web assistant's verdict page.
public enum ProblemPhrase: Sendable, Equatable {
    case groupedHeading
    /// One problem: its subject, how many findings, over which columns (all named up to a few) and
    /// which rows (the first and the last).
    case group(ProblemSubject, count: Int, severity: Severity, columns: [String], firstRow: Int?, lastRow: Int?)
    case whatNextHeading
    /// Nothing to repair: the file is valid.
    case nothingToDo
    /// What `irve fix` would leave: `fixable` of `errors` go away; `remaining` stay for the commune.
    case outlook(errors: Int, fixable: Int, remaining: Int)
    /// The exact command that repairs `input`.
    case fixCommand(input: String)
    /// The repair could not be tried on this file (a schema other than the static one).
    case noRepairForSchema
}
