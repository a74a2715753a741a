import IRVEFindings

/// The documentation of the codes below the rules (engine, file and header codes): a title and an
/// explanation each, like the rules' catalogue, so that every code irve emits is documented in every
/// language (the README's third table; `Wording.title(_:_:)`).
protocol CodeDocWords {
    static func docTitle(_ c: EngineCode) -> String
    static func docExplanation(_ c: EngineCode) -> String
    static func docTitle(_ c: HeaderCode) -> String
    static func docExplanation(_ c: HeaderCode) -> String
}

extension Wording {
    static func docs(_ lang: Language) -> any CodeDocWords.Type { Wording.words(lang).self }

    public static func title(_ c: EngineCode, _ lang: Language) -> String { docs(lang).docTitle(c) }
    public static func explanation(_ c: EngineCode, _ lang: Language) -> String { docs(lang).docExplanation(c) }
    public static func title(_ c: HeaderCode, _ lang: Language) -> String { docs(lang).docTitle(c) }
    public static func explanation(_ c: HeaderCode, _ lang: Language) -> String { docs(lang).docExplanation(c) }
}
