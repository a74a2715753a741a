import IRVEFindings

/// The words of the schema loader's errors (`SchemaError`).
protocol SchemaWords {
    static func schemaError(_ e: SchemaError) -> String
}

extension French: SchemaWords {}
extension English: SchemaWords {}

extension Wording {
    public static func message(_ e: SchemaError, _ lang: Language) -> String {
        schemaWords(lang).schemaError(e)
    }

    static func schemaWords(_ lang: Language) -> any SchemaWords.Type {
        Wording.words(lang).self
    }
}

extension SchemaError {
    /// The sentence shown to people (`Wording.message(_:_:)`).
    public func message(_ lang: Language) -> String { Wording.message(self, lang) }
}
