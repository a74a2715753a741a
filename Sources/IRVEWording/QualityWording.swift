import IRVEFindings

/// The predicted quality score of `describe` and `publish`, worded in one language (`fr/`, `en/`).
protocol QualityWords {
    static func qualityLabel(_ c: QualityCriterion) -> String
    /// What to do when the criterion is not met ("" when there is nothing to do).
    static func qualityAdvice(_ c: QualityCriterion) -> String
    static func qualityLine(_ l: QualityReportLine) -> String
}

extension French: QualityWords {}
extension English: QualityWords {}

extension Wording {
    static func qualityWords(_ lang: Language) -> any QualityWords.Type {
        Wording.words(lang).self
    }

    public static func label(_ c: QualityCriterion, _ lang: Language) -> String { qualityWords(lang).qualityLabel(c) }

    public static func advice(_ c: QualityCriterion, _ lang: Language) -> String {
        qualityWords(lang).qualityAdvice(c)
    }

    public static func message(_ l: QualityReportLine, _ lang: Language) -> String { qualityWords(lang).qualityLine(l) }
}
