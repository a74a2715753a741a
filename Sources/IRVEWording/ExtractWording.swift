import IRVEFindings

/// The words of `irve extract`: its errors, its summary and its help texts.
protocol ExtractWords {
    static func extractError(_ e: ExtractError) -> String
    /// The summary's lines, after the extraction of `input` into `output` (nil: nothing written).
    static func extractSummary(_ s: ExtractSummary, input: String, output: String?) -> [String]
    static func extractHelp(_ t: HelpTopic.Extract) -> String
}

extension Wording {
    public static func message(_ e: ExtractError, _ lang: Language) -> String {
        let words: any ExtractWords.Type = Wording.words(lang).self
        return words.extractError(e)
    }

    public static func summary(_ s: ExtractSummary, input: String, output: String?, _ lang: Language) -> [String] {
        let words: any ExtractWords.Type = Wording.words(lang).self
        return words.extractSummary(s, input: input, output: output)
    }
}

extension ExtractError {
    /// The sentence shown to people (`Wording.message(_:_:)`).
    public func message(_ lang: Language) -> String { Wording.message(self, lang) }
}
