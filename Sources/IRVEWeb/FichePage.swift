import Foundation
import Hummingbird
import IRVEFindings
import IRVEPublish
import IRVEWording

/// The description record `irve describe` writes for data.gouv.fr (IRVEPublish's `Describe`), as
/// a page, with the predicted quality score criterion by criterion.
extension WebSite {
    func fichePage(_ request: Request) -> Response {
        withUpload(request) { session, upload, lang in
            do throws(PublishError) {
                let summary = try Describe.summarize(path: upload.path, lang: lang)
                let metadata = try MetadataBuilder.build(summary, MetadataOverrides())
                let markdown = Describe.markdown(metadata, summary: summary, lang: lang)
                let quality = QualityPrediction.predict(metadata)
                return html(FichePage.render(lang, name: upload.name, markdown: markdown, quality: quality))
            } catch {
                let text = error.message(lang).replacingOccurrences(of: upload.path, with: upload.name)
                let page = UploadPage.message(lang, heading: Wording.message(.failureHeading, lang), text: text)
                return html(page, .unprocessableContent)
            }
        }
    }
}

enum FichePage {
    static func render(_ lang: Language, name: String, markdown: String, quality q: QualityPrediction) -> String {
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<h1>\(w(.ficheHeading(file: name)))</h1>\n<p class=\"lead\">\(w(.ficheIntro))</p>\n"
        // The record without its own quality lines: the score is shown below, criterion by criterion.
        let cut = Wording.message(DescribePhrase.qualityHeading, lang)
        let record = markdown.components(separatedBy: "\n" + cut + "\n").first ?? markdown
        h += "<article id=\"fiche\">\n" + MarkdownHTML.render(record) + "</article>\n"
        h += "<section id=\"quality-score\" data-score=\"\(q.score)\" data-maximum=\"\(q.maximum)\">\n"
        h += "<h2>\(w(.qualityHeading(score: q.score, maximum: q.maximum)))</h2>\n<ul>\n"
        for c in q.criteria {
            let state = c.met ? w(.criterionMet) : w(.criterionMissing)
            h += "<li class=\"\(c.met ? "met" : "missing")\" data-criterion=\"\(HTML.escape(c.key))\">"
            h += (c.met ? "✓ " : "✗ ") + HTML.escape(c.label(lang)) + " — " + state
            if !c.met { h += " : " + HTML.escape(c.advice(lang)) }
            h += "</li>\n"
        }
        h += "</ul>\n</section>\n"
        h += "<p><a class=\"button secondary\" href=\"/verdict?lang=\(lang.rawValue)\">\(w(.backToVerdict))</a></p>\n"
        return Layout.page(lang, title: Wording.message(.ficheHeading(file: name), lang), switchPath: "/fiche", h)
    }
}

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
