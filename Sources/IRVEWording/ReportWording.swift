import IRVEFindings

/// The text report's fixed phrases.
protocol ReportWords {
    static func report(_ p: ReportPhrase) -> String
}

extension Wording {
    public static func message(_ p: ReportPhrase, _ lang: Language) -> String {
        Wording.words(lang).report(p)
    }
}
