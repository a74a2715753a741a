import IRVEFindings

/// The words of a hosted assistant: limits, password gate, hosting options.
protocol HostingWords {
    static func hosting(_ p: HostingPhrase) -> String
}

extension Wording {
    public static func message(_ p: HostingPhrase, _ lang: Language) -> String {
        Wording.words(lang).hosting(p)
    }
}
