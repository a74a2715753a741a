/// The words of the repairs reviewed one by one (the web assistant's repairs and fiche pages, and
/// the change log's mark of a value typed by the user).
public enum RepairReviewPhrase: Sendable, Equatable {
    /// The evidence of a `user-edit` change in the log.
    case userEditEvidence
    case openRepairs, openFiche
    case repairsHeading(file: String)
    case repairsIntro
    case noChange
    case confidenceName(ProposedChange.Confidence)
    /// The confidence column of a value typed by the user.
    case userEditName
    case ruleHeader, beforeHeader, afterHeader, confidenceHeader, evidenceHeader, acceptHeader
    case acceptChange(row: Int, column: String)
    case rulesHeading
    case acceptRule(rule: String, count: Int)
    case applyButton
    case layoutHeading
    case layoutMore(count: Int)
    case applied(changes: Int, cellErrors: Int)
    case notApplied
    case cellsHeading
    case noCellInError
    case moreCells(count: Int)
    case newValueLabel(row: Int, column: String)
    case recheckButton
    case recheckValid(row: Int, column: String, value: String)
    case recheckInvalid(row: Int, column: String, value: String)
    case editedNote(value: String)
    case downloadRepaired, downloadLogCSV, downloadLogJSON
    case changeUnknown, cellUnknown
    case valueTooLong(maximum: Int)
    case ficheHeading(file: String)
    case ficheIntro
    case qualityHeading(score: Int, maximum: Int)
    case criterionMet, criterionMissing
    case backToVerdict
}
