import IRVEFindings

/// One modification made by `irve fix`, for the reviewable change log.
public struct Change: Sendable, Equatable {
    /// Row in the input file (header = 1), as in `irve check`.
    public var row: Int
    public var column: String
    public var before: String
    public var after: String
    public var rule: RepairCode
    public var confidence: ProposedChange.Confidence
    /// Why, when the rule alone does not say it (the geographic repairs quote what they saw).
    public var evidence: String

    public init(
        row: Int, column: String, before: String, after: String, rule: RepairCode,
        confidence: ProposedChange.Confidence,
        evidence: String = ""
    ) {
        self.evidence = evidence
        self.row = row
        self.column = column
        self.before = before
        self.after = after
        self.rule = rule
        self.confidence = confidence
    }
}

/// A repair of one value: the new text, the rule that made it and how sure it is.
public struct CellFix: Sendable, Equatable {
    public var value: String
    public var rule: RepairCode
    public var confidence: ProposedChange.Confidence

    public init(_ value: String, _ rule: RepairCode, _ confidence: ProposedChange.Confidence) {
        self.value = value
        self.rule = rule
        self.confidence = confidence
    }
}
