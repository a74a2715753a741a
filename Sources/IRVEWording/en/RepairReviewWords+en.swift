import IRVEFindings

extension English: RepairReviewWords {
    static func review(_ p: RepairReviewPhrase) -> String {
        switch p {
        case .userEditEvidence: "user edit"
        case .openRepairs: "Review the repairs one by one"
        case .openFiche: "See the description record (data.gouv.fr)"
        case .repairsHeading(let file): "Repairs proposed for “\(file)”"
        case .repairsIntro:
            "Here is every change irve fix would make. Certain and likely changes are checked; "
                + "guesses are not: accept them one by one or rule by rule. "
                + "The uploaded file is never modified."
        case .noChange: "irve fix has no cell to change in this file."
        case .confidenceName(let c):
            switch c {
            case .certain: "certain"
            case .likely: "likely"
            case .guess: "guess"
            }
        case .userEditName: "user edit"
        case .ruleHeader: "Rule"
        case .beforeHeader: "Before"
        case .afterHeader: "After"
        case .confidenceHeader: "Confidence"
        case .evidenceHeader: "Evidence"
        case .acceptHeader: "Apply"
        case .acceptChange(let row, let column): "Apply the change on row \(count(row)), \(column)"
        case .rulesHeading: "By rule"
        case .acceptRule(let rule, let n): "Accept the \(count(n)) “\(rule)” changes"
        case .applyButton: "Apply these choices"
        case .layoutHeading: "File layout (always repaired)"
        case .layoutMore(let n): "… and \(count(n)) more layout change(s) (see the log)."
        case .applied(let changes, let cells):
            "Choices applied: \(count(changes)) change(s); \(count(cells)) cell(s) still in error."
        case .notApplied: "Your choices changed: apply them to update the list of cells in error."
        case .cellsHeading: "Cells still in error"
        case .noCellInError: "No cell is in error any more after these repairs."
        case .moreCells(let n): "… and \(count(n)) more cell(s) in error."
        case .newValueLabel(let row, let column): "New value, row \(count(row)), \(column)"
        case .recheckButton: "Check and keep"
        case .recheckValid(let row, let column, let value):
            "“\(value)” is valid for \(column) (row \(count(row))): it will be written in the repaired file."
        case .recheckInvalid(let row, let column, let value):
            "“\(value)” is still in error for \(column) (row \(count(row))); it will be written as it is:"
        case .editedNote(let value): "Typed: “\(value)”"
        case .downloadRepaired: "The repaired file (CSV)"
        case .downloadLogCSV: "The change log (CSV)"
        case .downloadLogJSON: "The change log (JSON)"
        case .changeUnknown: "This change is not on this page: reload the page and try again."
        case .cellUnknown: "This cell does not exist in the repaired file: reload the page and try again."
        case .valueTooLong(let max): "The value is too long (at most \(count(max)) characters)."
        case .ficheHeading(let file): "Description record of “\(file)”"
        case .ficheIntro: "What irve describe would write for data.gouv.fr, and the quality score the record would get."
        case .qualityHeading(let score, let max): "Predicted quality score: \(score)/\(max)"
        case .criterionMet: "met"
        case .criterionMissing: "missing"
        case .backToVerdict: "Back to the result"
        }
    }
}
