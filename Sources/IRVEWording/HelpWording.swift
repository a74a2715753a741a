import IRVEFindings

/// The command line's help texts, and the help screen's headings around them.
protocol HelpWords {
    static func help(_ topic: HelpTopic) -> String
    /// The help screen ArgumentParser wrote (its headings in English) with its headings in this language.
    static func helpScreen(_ english: String) -> String
}

extension Wording {
    public static func help(_ topic: HelpTopic, _ lang: Language) -> String {
        switch lang {
        case .fr: French.help(topic)
        case .en: English.help(topic)
        }
    }

    public static func helpScreen(_ english: String, _ lang: Language) -> String {
        switch lang {
        case .fr: French.helpScreen(english)
        case .en: English.helpScreen(english)
        }
    }
}
