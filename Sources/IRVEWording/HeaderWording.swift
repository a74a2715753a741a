import IRVEFindings

/// The words of the header and whole-table findings (`HeaderFacts`, `TableFacts`).
protocol HeaderWords {
    static func header(_ facts: HeaderFacts) -> String
    static func table(_ facts: TableFacts) -> String
}

extension French: HeaderWords {}
extension English: HeaderWords {}

extension Wording {
    public static func message(_ facts: HeaderFacts, _ lang: Language) -> String {
        headerWords(lang).header(facts)
    }

    public static func message(_ facts: TableFacts, _ lang: Language) -> String {
        headerWords(lang).table(facts)
    }

    static func headerWords(_ lang: Language) -> any HeaderWords.Type {
        Wording.words(lang).self
    }
}
