import IRVEFindings

/// The text report's fixed phrases.
protocol ReportWords {
    static func report(_ p: ReportPhrase) -> String
}

extension Wording {
    public static func message(_ p: ReportPhrase, _ lang: Language) -> String {
        switch lang {
        case .fr: French.report(p)
        case .en: English.report(p)
        }
    }
}
