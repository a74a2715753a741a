/// The language of every message shown to people. French by default: the users are French communes.
public enum Language: String, Sendable, CaseIterable {
    case fr, en

    /// Chooses a text by language; keeps both wordings side by side at the call site.
    @inlinable
    public func pick(_ fr: @autoclosure () -> String, _ en: @autoclosure () -> String) -> String {
        self == .fr ? fr() : en()
    }
}
