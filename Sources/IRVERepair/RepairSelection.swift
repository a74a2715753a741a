import IRVEFindings

/// The name of one proposed change, stable from one run to the next: its row, its column and its
/// rule (one cell's repair steps have different rules). Written `row/column/rule` in forms.
public struct ChangeID: Hashable, Sendable, CustomStringConvertible {
    public var row: Int
    public var column: String
    public var rule: RepairCode

    public init(row: Int, column: String, rule: RepairCode) {
        self.row = row
        self.column = column
        self.rule = rule
    }

    public init(_ c: Change) { self.init(row: c.row, column: c.column, rule: c.rule) }

    /// The id of `description`'s form; nil for any other text.
    public init?(text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let row = Int(parts[0]), row > 0, !parts[1].isEmpty, !parts[2].isEmpty else {
            return nil
        }
        self.init(row: row, column: String(parts[1]), rule: RepairCode(rawValue: String(parts[2])))
    }

    public var description: String { "\(row)/\(column)/\(rule.rawValue)" }
}

/// Which of the cell repairs `irve fix` proposes are applied, decided per change, then per rule,
/// then per confidence (the web assistant's repairs page). `RepairOptions.selection` nil: the
/// command line's choice (guesses only with `--aggressive`).
public struct RepairSelection: Sendable, Equatable {
    /// Accepted unless a rule or a change says otherwise.
    public var confidences: Set<ProposedChange.Confidence>
    /// A whole rule accepted (true) or refused (false).
    public var rules: [RepairCode: Bool] = [:]
    /// One change accepted or refused.
    public var changes: [ChangeID: Bool] = [:]

    /// By default what `irve fix` applies: certain and likely changes, no guess.
    public init(confidences: Set<ProposedChange.Confidence> = [.certain, .likely]) {
        self.confidences = confidences
    }

    /// Every proposal, guesses included (what a review lists).
    public static let everything = RepairSelection(confidences: [.certain, .likely, .guess])

    public func accepts(_ id: ChangeID, _ confidence: ProposedChange.Confidence) -> Bool {
        changes[id] ?? rules[id.rule] ?? confidences.contains(confidence)
    }

    /// Accepts every change of `rule`, on every page, whatever was decided change by change.
    public mutating func accept(rule: RepairCode) {
        rules[rule] = true
        changes = changes.filter { $0.key.rule != rule }
    }

    /// Records the decision on one change, only where it differs from its rule's or confidence's.
    public mutating func decide(_ id: ChangeID, _ confidence: ProposedChange.Confidence, accepted: Bool) {
        changes[id] = nil
        if accepts(id, confidence) != accepted { changes[id] = accepted }
    }

    /// Whether a decision depends on the row (the repairer then remembers nothing across rows).
    var dependsOnRow: Bool { !changes.isEmpty }

    /// Whether a change of the log can be refused: the cell repairs. The file's layout (header,
    /// dropped columns, blank rows, v1 columns) is always repaired; a user's edit is its own.
    public static func isOptional(_ c: Change) -> Bool {
        c.row > 1 && !fixedRules.contains(c.rule)
    }

    static let fixedRules: Set<RepairCode> = [.blankRowRemoved, .v1Coordinates, .v1TypePrise, .userEdit]
}
