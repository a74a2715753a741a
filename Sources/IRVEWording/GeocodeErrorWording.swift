import IRVEFindings

/// What stops geocoding, worded in one language (`fr/`, `en/`: an exhaustive switch each).
protocol GeocodeErrorWords {
    static func geocodeError(_ e: GeocodeError) -> String
}

extension French: GeocodeErrorWords {}
extension English: GeocodeErrorWords {}

extension Wording {
    public static func message(_ e: GeocodeError, _ lang: Language) -> String {
        Wording.words(lang).geocodeError(e)
    }
}

extension GeocodeError {
    /// The user's message: never a stack trace.
    public func message(_ lang: Language = .fr) -> String { Wording.message(self, lang) }
}
