import IRVEFindings

/// The web assistant's fiche form and publication page, worded in one language (`fr/`, `en/`).
protocol WebPublishWords {
    static func webPublish(_ p: WebPublishPhrase) -> String
}

extension Wording {
    public static func message(_ p: WebPublishPhrase, _ lang: Language) -> String {
        Wording.words(lang).webPublish(p)
    }
}
