import Foundation

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

    /// Today in France (the date rules compare with it; `irve check` and `irve fix` both ask here).
    public static func currentDate() -> (year: Int, month: Int, day: Int) {
        ParisDate.date(unixTime: Int(Date().timeIntervalSince1970.rounded(.down)))
    }
}
