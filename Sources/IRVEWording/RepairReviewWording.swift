import IRVEFindings

/// The words of the repairs reviewed one by one (web assistant) and of a user's edit in the log.
protocol RepairReviewWords {
    static func review(_ p: RepairReviewPhrase) -> String
}

extension Wording {
    public static func message(_ p: RepairReviewPhrase, _ lang: Language) -> String {
        Wording.words(lang).review(p)
    }
}
