import IRVEFindings

extension HTTPError {
    /// `scheme://host[:port]/path`: user-info and query string dropped, as they may hold credentials.
    public static func displayURL(_ url: String) -> String {
        var s = Substring(url)
        if let q = s.firstIndex(where: { $0 == "?" || $0 == "#" }) { s = s[..<q] }
        if let schemeEnd = s.range(of: "://") {
            let afterScheme = s[schemeEnd.upperBound...]
            let authorityEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            if let at = afterScheme[..<authorityEnd].lastIndex(of: "@") {
                s = s[..<schemeEnd.upperBound] + afterScheme[afterScheme.index(after: at)...]
            }
        }
        return String(s)
    }
}
