import IRVEFindings

/// The words of the workbooks irve writes: their errors, help texts, sheet names, comments.
protocol WorkbookWords {
    static func xlsxWriteError(_ e: XLSXWriteError) -> String
    static func workbookHelp(_ t: WorkbookHelp) -> String
    static func workbookLabel(_ l: WorkbookLabel) -> String
    /// A column's explanation in this language; nil when the schema's own description (French)
    /// is the text to show. `WorkbookWordsTests` checks that English explains every 2.3.1 column.
    static func columnExplanation(_ name: String) -> String?
}

extension French: WorkbookWords {}
extension English: WorkbookWords {}

extension Wording {
    public static func message(_ e: XLSXWriteError, _ lang: Language) -> String {
        Wording.words(lang).xlsxWriteError(e)
    }

    public static func workbook(_ l: WorkbookLabel, _ lang: Language) -> String {
        Wording.words(lang).workbookLabel(l)
    }

    public static func help(_ t: WorkbookHelp, _ lang: Language) -> String {
        Wording.words(lang).workbookHelp(t)
    }

    /// The explanation of column `name` in `lang`, or the schema's description.
    public static func columnExplanation(_ name: String, schemaText: String?, _ lang: Language) -> String {
        Wording.words(lang).columnExplanation(name) ?? schemaText ?? ""
    }

    /// Whether `lang` has its own explanation of `name` (tests).
    public static func hasColumnExplanation(_ name: String, _ lang: Language) -> Bool {
        Wording.words(lang).columnExplanation(name) != nil
    }
}

extension XLSXWriteError {
    public func message(_ lang: Language = .fr) -> String { Wording.message(self, lang) }
}
