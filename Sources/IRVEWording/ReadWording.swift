import IRVEFindings

/// The words of the reading stage: why a file cannot be read (`ReadError`, `XLSXError`), and the
/// delimiter a report names.
protocol ReadWords {
    static func readError(_ e: ReadError) -> String
    static func xlsxError(_ e: XLSXError) -> String
    static func delimiter(_ byte: UInt8) -> String
}

extension French: ReadWords {}
extension English: ReadWords {}

extension Wording {
    public static func message(_ e: ReadError, _ lang: Language) -> String {
        readWords(lang).readError(e)
    }

    public static func message(_ e: XLSXError, _ lang: Language) -> String {
        readWords(lang).xlsxError(e)
    }

    /// The delimiter as a report names it (« ; » (point-virgule)…); a dash when there is none.
    public static func delimiter(_ byte: UInt8?, _ lang: Language) -> String {
        byte.map { readWords(lang).delimiter($0) } ?? "—"
    }

    static func readWords(_ lang: Language) -> any ReadWords.Type {
        Wording.words(lang).self
    }
}

extension ReadError {
    /// The sentence shown to people (`Wording.message(_:_:)`).
    public func message(_ lang: Language) -> String { Wording.message(self, lang) }
}

extension XLSXError {
    /// The sentence shown to people (`Wording.message(_:_:)`).
    public func message(_ lang: Language) -> String { Wording.message(self, lang) }
}
