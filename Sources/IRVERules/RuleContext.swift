import IRVEFindings

extension RuleContext {
    /// The severity of a rule's code: its entry in the rule's file (every code has one: `RuleRegistryTests`).
    func severity(_ code: RuleCode) -> Severity { RuleRegistry.rule(code.rawValue)?.severity ?? .warning }
}
