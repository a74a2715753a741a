import IRVEFindings

/// How `irve check` validates a file.
public struct ValidationOptions: Sendable {
    /// `nil`: choose from the header. Otherwise `statique`, `dynamique@2.2.1`, a path…
    public var schema: String?
    public var headerMode: HeaderMatch.Mode = .byName
    public var lang: Language = .fr
    /// Keep at most this many findings (counts stay exact). `nil`: keep them all.
    public var maxFindings: Int?

    public init(schema: String? = nil, headerMode: HeaderMatch.Mode = .byName, lang: Language = .fr, maxFindings: Int? = nil) {
        self.schema = schema
        self.headerMode = headerMode
        self.lang = lang
        self.maxFindings = maxFindings
    }
}
