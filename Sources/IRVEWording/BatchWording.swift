import IRVEFindings

/// The phrases of a check over several files and of the CI formats, and the errors of a remote file.
protocol BatchWords {
    static func batch(_ p: BatchPhrase) -> String
    static func remote(_ e: RemoteError) -> String
}

extension Wording {
    public static func message(_ p: BatchPhrase, _ lang: Language) -> String {
        Wording.words(lang).batch(p)
    }

    public static func message(_ e: RemoteError, _ lang: Language) -> String {
        Wording.words(lang).remote(e)
    }
}

extension RemoteError {
    public func message(_ lang: Language = .fr) -> String { Wording.message(self, lang) }
}
