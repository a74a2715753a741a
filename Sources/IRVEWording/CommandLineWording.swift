import IRVEFindings

/// The command line's own words: its usage mistakes and what its commands print about their work.
protocol CommandLineWords {
    static func usage(_ m: UsageMessage) -> String
    static func command(_ m: CommandMessage) -> String
}

extension Wording {
    public static func message(_ m: UsageMessage, _ lang: Language) -> String {
        Wording.words(lang).usage(m)
    }

    public static func message(_ m: CommandMessage, _ lang: Language) -> String {
        Wording.words(lang).command(m)
    }
}
