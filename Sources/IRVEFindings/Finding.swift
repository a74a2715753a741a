/// One thing a stage noticed about a file: the single data type every stage of the pipeline speaks.
///
/// `type` is a stable code (frictionless' codes for what frictionless reports, our own for the rest);
/// `rowNumber` counts the header as row 1, as frictionless does.
public struct Finding: Sendable, Equatable, Codable {
    public var type: FindingCode
    public var severity: Severity
    public var rowNumber: Int?
    public var fieldName: String?
    public var fieldNumber: Int?
    public var cell: String?
    /// For `constraint-error`: `required`, `pattern`, `enum`, `minimum`…
    public var constraint: String?
    /// What was found, as data; `IRVEWording` words it in the report's language.
    public var facts: FindingFacts
    /// The sentence of a worded finding (what a report's stream gives: what is wrong, why, how to fix
    /// it); empty while the facts are still data. Setting it words the finding.
    public var message: String {
        get {
            if case .worded(let text) = facts { return text }
            return ""
        }
        set { facts = .worded(newValue) }
    }
    /// A repair the tool can apply (filled by the checks that know one).
    public var proposedChange: ProposedChange?

    public init(
        type: FindingCode, severity: Severity, rowNumber: Int? = nil, fieldName: String? = nil,
        fieldNumber: Int? = nil, cell: String? = nil, constraint: String? = nil,
        message: String, proposedChange: ProposedChange? = nil
    ) {
        self.init(
            type: type, severity: severity, rowNumber: rowNumber, fieldName: fieldName, fieldNumber: fieldNumber,
            cell: cell, constraint: constraint, facts: .worded(message), proposedChange: proposedChange)
    }

    public init(
        type: FindingCode, severity: Severity, rowNumber: Int? = nil, fieldName: String? = nil,
        fieldNumber: Int? = nil, cell: String? = nil, constraint: String? = nil,
        facts: FindingFacts, proposedChange: ProposedChange? = nil
    ) {
        self.type = type
        self.severity = severity
        self.rowNumber = rowNumber
        self.fieldName = fieldName
        self.fieldNumber = fieldNumber
        self.cell = cell
        self.constraint = constraint
        self.facts = facts
        self.proposedChange = proposedChange
    }
}

/// A change a later stage (`irve fix`) may apply: the new value of one cell, with its confidence.
public struct ProposedChange: Sendable, Equatable, Codable {
    public enum Confidence: String, Sendable, Codable { case certain, likely, guess }
    public var newValue: String
    public var rule: RepairCode
    public var confidence: Confidence

    public init(newValue: String, rule: RepairCode, confidence: Confidence) {
        self.newValue = newValue
        self.rule = rule
        self.confidence = confidence
    }
}

extension Finding {
    /// An engine's or a file's finding: its severity is its code's (`EngineCode.severity`).
    public init(
        _ code: EngineCode, rowNumber: Int? = nil, fieldName: String? = nil, fieldNumber: Int? = nil,
        cell: String? = nil, constraint: String? = nil, facts: FindingFacts
    ) {
        self.init(
            type: .engine(code), severity: code.severity, rowNumber: rowNumber, fieldName: fieldName,
            fieldNumber: fieldNumber, cell: cell, constraint: constraint, facts: facts)
    }

    /// The same, with the message already worded (the engine's cells, worded once per distinct value).
    public init(
        _ code: EngineCode, rowNumber: Int? = nil, fieldName: String? = nil, fieldNumber: Int? = nil,
        cell: String? = nil, constraint: String? = nil, message: String
    ) {
        self.init(
            code, rowNumber: rowNumber, fieldName: fieldName, fieldNumber: fieldNumber, cell: cell,
            constraint: constraint, facts: .worded(message))
    }

    /// A header's finding: its severity is its code's in the header mode (`HeaderCode.severity`).
    public init(
        _ code: HeaderCode, _ mode: HeaderMode, rowNumber: Int? = nil, fieldName: String? = nil,
        fieldNumber: Int? = nil, cell: String? = nil, facts: FindingFacts
    ) {
        self.init(
            type: .header(code), severity: code.severity(mode), rowNumber: rowNumber, fieldName: fieldName,
            fieldNumber: fieldNumber, cell: cell, facts: facts)
    }
}
