import IRVEFindings

/// What the rules need besides the rows: today's date, the codes switched off, the language.
public struct RuleContext: Sendable {
    public var today: (year: Int, month: Int, day: Int)
    public var disabled: Set<String>
    public var lang: Language

    public init(today: (year: Int, month: Int, day: Int), disabled: Set<String> = [], lang: Language = .fr) {
        self.today = today
        self.disabled = disabled
        self.lang = lang
    }

    public func enabled(_ code: String) -> Bool { !disabled.contains(code) }

    func severity(_ code: String) -> Severity { RuleRegistry.rule(code)?.severity ?? .warning }
}
