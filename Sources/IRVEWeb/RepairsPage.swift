import IRVEFindings
import IRVERepair
import IRVEWording

/// The repairs page: each change of `irve fix` with its checkbox (certain and likely checked),
/// a button per rule, the cells still in error each with a form to type a new value, downloads.
enum RepairsPage {
    struct View {
        let name: String
        let plan: ReviewPlan
        let page: Int
        let changes: [Change]
        let pages: Int
        let state: ReviewState
        let csrf: String
    }

    static let cellsShown = 200

    static func render(_ lang: Language, _ v: View) -> String {
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<h1>\(w(.repairsHeading(file: v.name)))</h1>\n<p class=\"lead\">\(w(.repairsIntro))</p>\n"
        if let applied = v.state.applied {
            h +=
                "<p id=\"applied\" role=\"status\">"
                + w(.applied(changes: applied.changes, cellErrors: applied.cellCount))
            if v.state.stale { h += " " + w(.notApplied) }
            h += "</p>\n"
        }
        h += downloads(lang)
        h += choices(lang, v)
        h += layout(lang, v.plan)
        h += cells(lang, v)
        h += "<p><a class=\"button secondary\" href=\"/verdict?lang=\(lang.rawValue)\">\(w(.backToVerdict))</a></p>\n"
        let path = "/repairs?page=\(v.page)"
        return Layout.page(lang, title: Wording.message(.repairsHeading(file: v.name), lang), switchPath: path, h)
    }

    private static func downloads(_ lang: Language) -> String {
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        let q = "?lang=\(lang.rawValue)"
        var h = "<h2>\(HTML.escape(Wording.message(WebPhrase.downloadsHeading, lang)))</h2>\n<ul>\n"
        h += "<li><a id=\"download-repaired\" href=\"/repairs/download/repaired\(q)\" download>"
        h += "\(w(.downloadRepaired))</a></li>\n"
        h +=
            "<li><a id=\"download-log-csv\" href=\"/repairs/download/log-csv\(q)\" download>"
            + "\(w(.downloadLogCSV))</a></li>\n"
        h += "<li><a id=\"download-log-json\" href=\"/repairs/download/log-json\(q)\" download>"
        h += "\(w(.downloadLogJSON))</a></li>\n</ul>\n"
        return h + "<p>\(HTML.escape(Wording.message(WebPhrase.originalKept, lang)))</p>\n"
    }

    /// The form of the optional changes of this page, with one button per rule.
    private static func choices(_ lang: Language, _ v: View) -> String {
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<form id=\"repairs\" method=\"post\" action=\"/repairs?lang=\(lang.rawValue)\">\n"
        h += "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(v.csrf))\">\n"
        h += "<input type=\"hidden\" name=\"page\" value=\"\(v.page)\">\n"
        guard v.plan.optionalCount > 0 else {
            return h + "<p id=\"no-change\">\(w(.noChange))</p>\n</form>\n"
        }
        h += "<h2>\(w(.rulesHeading))</h2>\n<ul class=\"rules\">\n"
        for (rule, n) in v.plan.rules {
            let r = HTML.escape(rule.rawValue)
            h += "<li><button class=\"secondary\" type=\"submit\" name=\"accept-rule\" value=\"\(r)\">"
            h += "\(w(.acceptRule(rule: rule.rawValue, count: n)))</button></li>\n"
        }
        h += "</ul>\n" + table(lang, v) + pager(lang, v)
        h += "<button id=\"apply-repairs\" type=\"submit\" name=\"apply\" value=\"1\">\(w(.applyButton))</button>\n"
        return h + "</form>\n"
    }

    private static func table(_ lang: Language, _ v: View) -> String {
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        let web = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<table id=\"changes\">\n<thead><tr><th scope=\"col\">\(w(.acceptHeader))</th>"
        for title in [web(.rowHeader) + " · " + web(.columnHeader), w(.beforeHeader), w(.afterHeader)] {
            h += "<th scope=\"col\">\(title)</th>"
        }
        for p: RepairReviewPhrase in [.ruleHeader, .confidenceHeader, .evidenceHeader] {
            h += "<th scope=\"col\">\(w(p))</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for (k, c) in v.changes.enumerated() {
            let id = ChangeID(c)
            let on = v.state.selection.accepts(id, c.confidence)
            let box = "c\(k)"
            h +=
                "<tr><td><input type=\"checkbox\" name=\"change\" id=\"\(box)\""
                + " value=\"\(HTML.escape(id.description))\""
            h += " data-confidence=\"\(c.confidence.rawValue)\" data-rule=\"\(HTML.escape(c.rule.rawValue))\""
            h += (on ? " checked" : "") + " aria-label=\"\(w(.acceptChange(row: c.row, column: c.column)))\"></td>"
            h += "<td><label for=\"\(box)\">\(c.row) · \(HTML.escape(c.column))</label></td>"
            h += "<td><code>\(HTML.escape(c.before))</code></td><td><code>\(HTML.escape(c.after))</code></td>"
            h += "<td>\(HTML.escape(c.rule.rawValue))</td><td>\(w(.confidenceName(c.confidence)))</td>"
            h += "<td>\(HTML.escape(c.evidence))</td></tr>\n"
        }
        return h + "</tbody></table>\n"
    }

    private static func pager(_ lang: Language, _ v: View) -> String {
        guard v.pages > 1 else { return "" }
        let web = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<nav class=\"pages\" aria-label=\"\(web(.page(v.page, of: v.pages)))\">"
        if v.page > 1 {
            h += "<a href=\"/repairs?lang=\(lang.rawValue)&amp;page=\(v.page - 1)\">\(web(.previousPage))</a>"
        }
        h += "<span>\(web(.page(v.page, of: v.pages)))</span>"
        if v.page < v.pages {
            h += "<a href=\"/repairs?lang=\(lang.rawValue)&amp;page=\(v.page + 1)\">\(web(.nextPage))</a>"
        }
        return h + "</nav>\n"
    }

    /// The changes that are not a choice: the header, dropped columns, blank rows, v1 columns.
    private static func layout(_ lang: Language, _ plan: ReviewPlan) -> String {
        guard plan.layoutCount > 0 else { return "" }
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<h2>\(w(.layoutHeading))</h2>\n<ul id=\"layout\">\n"
        for c in plan.layout {
            h += "<li>\(c.row) · \(HTML.escape(c.column)) : <code>\(HTML.escape(c.before))</code> → "
            h += "<code>\(HTML.escape(c.after))</code> (\(HTML.escape(c.rule.rawValue)), "
            h += "\(w(.confidenceName(c.confidence))))</li>\n"
        }
        h += "</ul>\n"
        if plan.layoutCount > plan.layout.count {
            h += "<p>\(w(.layoutMore(count: plan.layoutCount - plan.layout.count)))</p>\n"
        }
        return h
    }

    /// The cells the last applied choice leaves in error, each with its form.
    private static func cells(_ lang: Language, _ v: View) -> String {
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        guard let applied = v.state.applied else { return "" }
        var h = "<h2>\(w(.cellsHeading))</h2>\n"
        guard !applied.cells.isEmpty else { return h + "<p id=\"no-cell\">\(w(.noCellInError))</p>\n" }
        h += "<ul id=\"cells\">\n"
        for (k, cell) in applied.cells.prefix(cellsShown).enumerated() {
            h += "<li>" + cellForm(lang, v, cell, k) + "</li>\n"
        }
        h += "</ul>\n"
        if applied.cellCount > cellsShown { h += "<p>\(w(.moreCells(count: applied.cellCount - cellsShown)))</p>\n" }
        return h
    }

    private static func cellForm(_ lang: Language, _ v: View, _ cell: CellInError, _ k: Int) -> String {
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        let result = v.state.results[cell.key]
        let input = "v\(k)"
        var h = "<form class=\"cell-edit\" id=\"cell-\(cell.row)-\(HTML.escape(cell.field))\" method=\"post\""
        h += " action=\"/repairs/cell?lang=\(lang.rawValue)\">\n"
        h += "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(v.csrf))\">"
        h += "<input type=\"hidden\" name=\"row\" value=\"\(cell.row)\">"
        h += "<input type=\"hidden\" name=\"field\" value=\"\(HTML.escape(cell.field))\">"
        h += "<input type=\"hidden\" name=\"page\" value=\"\(v.page)\">\n"
        h +=
            "<p><code>\(HTML.escape(cell.value))</code> — "
            + cell.messages.map(HTML.escape).joined(separator: " ") + "</p>\n"
        h += "<label for=\"\(input)\">\(w(.newValueLabel(row: cell.row, column: cell.field)))</label>\n"
        h += "<input type=\"text\" id=\"\(input)\" name=\"value\" maxlength=\"\(WebSite.maxValueLength)\""
        h += " value=\"\(HTML.escape(result?.value ?? cell.value))\">\n"
        h += "<button type=\"submit\">\(w(.recheckButton))</button>\n"
        h += "<div class=\"cell-result\" role=\"status\">"
        if let result {
            let say: RepairReviewPhrase =
                result.valid
                ? .recheckValid(row: cell.row, column: cell.field, value: result.value)
                : .recheckInvalid(row: cell.row, column: cell.field, value: result.value)
            h += "<p class=\"\(result.valid ? "valid" : "invalid")\">\(w(say))</p>"
            if !result.valid { h += "<ul>" + result.messages.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>" }
        }
        return h + "</div>\n</form>"
    }
}
