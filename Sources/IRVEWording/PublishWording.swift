import IRVEFindings

/// `describe` and `publish`: their errors, the steps they name and what they tell along the way,
/// worded in one language (`fr/`, `en/`: an exhaustive switch each).
///
/// `fileError` words the `FileError` a `.file` case holds: FileError's words are still in IRVEFiles,
/// which this module does not import. When they move here, it becomes `Wording.message(e, lang)`.
protocol PublishWords {
    static func publishError(_ e: PublishError, fileError: (FileError) -> String) -> String
    static func publishStep(_ s: PublishStep) -> String
    static func publishNotice(_ n: PublishNotice, fileError: (FileError) -> String) -> String
}

extension French: PublishWords {}
extension English: PublishWords {}

extension Wording {
    static func publishWords(_ lang: Language) -> any PublishWords.Type {
        Wording.words(lang).self
    }

    public static func message(_ e: PublishError, _ lang: Language, fileError: (FileError) -> String) -> String {
        publishWords(lang).publishError(e, fileError: fileError)
    }

    /// The step's label, for people (an error names it; the dry-run files show it).
    public static func label(_ s: PublishStep, _ lang: Language) -> String { publishWords(lang).publishStep(s) }

    public static func message(_ n: PublishNotice, _ lang: Language, fileError: (FileError) -> String) -> String {
        publishWords(lang).publishNotice(n, fileError: fileError)
    }
}
