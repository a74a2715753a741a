import IRVEFiles
import IRVEFindings
import IRVEWording

extension PublishError {
    /// The user's message, saying what to do (the words are in IRVEWording; a FileError's are still
    /// in IRVEFiles, hence here and not there).
    public func message(_ lang: Language = .fr) -> String { Wording.message(self, lang) { $0.message(lang) } }
}

extension PublishNotice {
    func message(_ lang: Language) -> String { Wording.message(self, lang) { $0.message(lang) } }
}
