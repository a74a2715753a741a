import IRVEFindings

/// The words of the web assistant's map page and station filter.
protocol WebMapWords {
    static func webMap(_ p: WebMapPhrase) -> String
}

extension Wording {
    public static func message(_ p: WebMapPhrase, _ lang: Language) -> String {
        Wording.words(lang).webMap(p)
    }
}
