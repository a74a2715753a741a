/// One IRVE business rule: a stable code, a severity and what it means, in both languages.
public struct Rule: Sendable, Equatable {
    public let code: String
    public let severity: Severity
    public let titleFR: String
    public let titleEN: String
    public let explanationFR: String
    public let explanationEN: String

    public init(
        code: String, severity: Severity, titleFR: String, titleEN: String, explanationFR: String,
        explanationEN: String
    ) {
        self.code = code
        self.severity = severity
        self.titleFR = titleFR
        self.titleEN = titleEN
        self.explanationFR = explanationFR
        self.explanationEN = explanationEN
    }

    public func title(_ lang: Language) -> String { lang.pick(titleFR, titleEN) }
    public func explanation(_ lang: Language) -> String { lang.pick(explanationFR, explanationEN) }
}
