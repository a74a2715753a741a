/// HTML text escaped for element content and attribute values (double-quoted).
enum HTML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A query-string value, percent-encoded (unreserved characters kept).
    static func query(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            let c = Character(Unicode.Scalar(b))
            if c.isASCII, c.isLetter || c.isNumber || "-._~".contains(c) {
                out.append(c)
            } else {
                out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2)
            }
        }
        return out
    }

    /// A file name safe in `Content-Disposition`: ASCII letters, digits, dot, dash and underscore.
    static func safeFileName(_ s: String, fallback: String) -> String {
        let base = s.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var out = ""
        for c in base.unicodeScalars.prefix(100) {
            out.append(
                c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || "._-".unicodeScalars.contains(c))
                    ? Character(c) : "_")
        }
        while out.hasPrefix(".") { out.removeFirst() }
        return out.isEmpty ? fallback : out
    }

    /// The visitor's file name as it is kept on disk (so that the checker's messages cite it): any
    /// letter or digit, space, dot, dash and underscore; no separator, no control character, no
    /// leading dot; at most 100 characters.
    static func diskFileName(_ s: String, fallback: String) -> String {
        let base = s.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var out = ""
        for c in base.unicodeScalars.prefix(100) {
            let kept = c.properties.isAlphabetic || c.properties.numericType != nil || " ._-".unicodeScalars.contains(c)
            out.unicodeScalars.append(kept ? c : "_")
        }
        while out.hasPrefix(".") || out.hasPrefix(" ") { out.removeFirst() }
        return out.isEmpty ? fallback : out
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: "0", count: n - count) + self }
}
