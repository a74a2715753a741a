import IRVEFindings

/// The command line's help texts, and the help screen's headings around them.
protocol HelpWords {
    static func help(_ topic: HelpTopic) -> String
    /// The help screen ArgumentParser wrote (its headings in English) with its headings in this language.
    static func helpScreen(_ english: String) -> String
}

extension Wording {
    public static func help(_ topic: HelpTopic, _ lang: Language) -> String {
        Wording.words(lang).help(topic)
    }

    public static func helpScreen(_ english: String, _ lang: Language) -> String {
        Wording.words(lang).helpScreen(english)
    }
}
