import IRVEFindings

/// The words of `irve survey`: its table, its reasons, its HTML page.
protocol SurveyWords {
    static func survey(_ p: SurveyPhrase) -> String
    static func surveyFetch(_ e: SurveyFetchError) -> String
    static func surveyError(_ e: SurveyError) -> String
}

extension Wording {
    /// Chosen here rather than in `LanguageWords`, so the family stays in its own files.
    static func surveyWords(_ lang: Language) -> any SurveyWords.Type {
        switch lang {
        case .fr: French.self
        case .en: English.self
        }
    }

    public static func message(_ p: SurveyPhrase, _ lang: Language) -> String {
        surveyWords(lang).survey(p)
    }

    public static func message(_ e: SurveyError, _ lang: Language) -> String {
        surveyWords(lang).surveyError(e)
    }

    public static func message(_ e: SurveyFetchError, _ lang: Language) -> String {
        surveyWords(lang).surveyFetch(e)
    }
}
