/// One catalogued rule (business rule or geographic check), below IRVERules and IRVEGeo: its code,
/// its severity, an example of what it catches and the repair that fixes it, if any. Its title and
/// explanation are words: `Wording.title(rule.id, lang)`.
public struct Rule: Sendable, Equatable {
    /// A cell that shows the problem: the column, and a value written there.
    public struct Example: Sendable, Equatable {
        public let column: String
        public let value: String
    }

    public let id: CatalogueCode
    public let severity: Severity
    public let example: Example
    /// The code `irve fix` logs when it repairs what this rule reports (IRVERepair's rule), if it does.
    public let repair: RepairCode?

    /// The code as findings and `--disable` spell it.
    public var code: String { id.rawValue }

    public init(
        _ code: RuleCode, _ severity: Severity, example: (column: String, value: String), repair: RepairCode? = nil
    ) {
        self.init(.rule(code), severity, example, repair)
    }

    public init(
        _ code: GeoRuleCode, _ severity: Severity, example: (column: String, value: String), repair: RepairCode? = nil
    ) {
        self.init(.geo(code), severity, example, repair)
    }

    private init(
        _ id: CatalogueCode, _ severity: Severity, _ example: (column: String, value: String), _ repair: RepairCode?
    ) {
        self.id = id
        self.severity = severity
        self.example = Example(column: example.column, value: example.value)
        self.repair = repair
    }
}
