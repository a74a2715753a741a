import IRVEFindings

extension RuleContext {
    /// The catalogue's severity of a rule's code.
    func severity(_ code: String) -> Severity { RuleCatalog.rule(code)?.severity ?? .warning }
}
