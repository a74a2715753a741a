import IRVEFindings

/// The words of `irve fix`'s errors (`RepairError`).
protocol RepairWords {
    static func repairError(_ e: RepairError) -> String
}

extension French: RepairWords {}
extension English: RepairWords {}

extension Wording {
    public static func message(_ e: RepairError, _ lang: Language) -> String {
        let words: any RepairWords.Type =
            Wording.words(lang).self
        return words.repairError(e)
    }
}

extension RepairError {
    /// The sentence shown to people (`Wording.message(_:_:)`).
    public func message(_ lang: Language) -> String { Wording.message(self, lang) }
}
