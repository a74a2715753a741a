import IRVEFindings

/// `irve describe`'s page, worded in one language (`fr/`, `en/`: an exhaustive switch each).
protocol DescribeWords {
    static func describePhrase(_ p: DescribePhrase) -> String
}

extension French: DescribeWords {}
extension English: DescribeWords {}

extension Wording {
    public static func message(_ p: DescribePhrase, _ lang: Language) -> String {
        Wording.words(lang).describePhrase(p)
    }
}
