import IRVEFindings

/// The web assistant's words (`irve serve`).
protocol WebWords {
    static func web(_ p: WebPhrase) -> String
}

extension Wording {
    public static func message(_ p: WebPhrase, _ lang: Language) -> String {
        Wording.words(lang).web(p)
    }
}
