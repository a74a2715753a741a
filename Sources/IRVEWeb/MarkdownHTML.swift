import IRVEFindings

/// The little Markdown `irve describe` writes (headings, lists, quotes, bold, code, links) as HTML,
/// every text escaped; links are shown as their text (the page links to nothing outside).
enum MarkdownHTML {
    static func render(_ text: String) -> String {
        var out = ""
        var list = false
        var quote = false
        func closeList() {
            if list { out += "</ul>\n" }
            list = false
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = Substring(raw)
            let quoted = line.hasPrefix(">")
            if quoted != quote {
                closeList()
                out += quoted ? "<blockquote>\n" : "</blockquote>\n"
                quote = quoted
            }
            if quoted { line = line.dropFirst().drop(while: { $0 == " " }) }
            let level = line.prefix(while: { $0 == "#" }).count
            if level > 0, line.dropFirst(level).hasPrefix(" ") {
                closeList()
                let n = min(level + (quoted ? 2 : 1), 6)
                out += "<h\(n)>\(inline(line.dropFirst(level + 1)))</h\(n)>\n"
            } else if line.hasPrefix("- ") {
                if !list { out += "<ul>\n" }
                list = true
                out += "<li>\(inline(line.dropFirst(2)))</li>\n"
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                closeList()
            } else {
                closeList()
                out += "<p>\(inline(line))</p>\n"
            }
        }
        closeList()
        if quote { out += "</blockquote>\n" }
        return out
    }

    /// `**bold**`, `` `code` `` and `[text](url)` → text, after escaping.
    static func inline(_ s: Substring) -> String {
        var text = String(s)
        while let open = text.range(of: "["), let mid = text.range(of: "](", range: open.upperBound..<text.endIndex),
            let close = text.range(of: ")", range: mid.upperBound..<text.endIndex)
        {
            text.replaceSubrange(open.lowerBound..<close.upperBound, with: text[open.upperBound..<mid.lowerBound])
        }
        var h = HTML.escape(text)
        h = pairs(h, "**", "<strong>", "</strong>")
        h = pairs(h, "`", "<code>", "</code>")
        return h
    }

    private static func pairs(_ s: String, _ mark: String, _ open: String, _ close: String) -> String {
        let parts = s.components(separatedBy: mark)
        guard parts.count >= 3 else { return s }
        var out = parts[0]
        for (k, p) in parts.dropFirst().enumerated() {
            // An odd mark without its pair stays as written.
            if k == parts.count - 2, k % 2 == 0 { out += mark + p } else { out += (k % 2 == 0 ? open : close) + p }
        }
        return out
    }
}
