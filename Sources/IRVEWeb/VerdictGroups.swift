import IRVEFindings
import IRVEReport
import IRVEValidate
import IRVEWording

extension VerdictPage {
    /// The filters, then one page of grouped problems; one pass over the findings fills their cells.
    /// With a station chosen, the groups, their counts and cells are that station's rows'.
    static func groups(
        _ lang: Language, _ r: ValidationResult, _ filter: VerdictFilter, stations: StationScope? = nil
    ) -> String {
        let all = ProblemSummary.groups(r)
        guard !all.isEmpty else { return "" }
        var kept = all.filter(filter.keeps)
        var scoped: [(count: Int, cells: [Finding])]?
        if let station = filter.station {
            let found = cellsOf(kept, r, lang) { row in row.flatMap { stations?.rows.station(ofRow: $0) } == station }
            let pairs = zip(kept, found).filter { $0.1.count > 0 }
            kept = pairs.map(\.0)
            scoped = pairs.map(\.1)
        }
        let pages = max(1, (kept.count + groupsPerPage - 1) / groupsPerPage)
        let page = min(max(1, filter.page), pages)
        let first = (page - 1) * groupsPerPage
        let shown = Array(kept.dropFirst(first).prefix(groupsPerPage))
        var h = "<h2 id=\"groups-heading\">\(HTML.escape(Wording.message(.groupedHeading, lang)))</h2>\n"
        h += filters(lang, all, filter, stations: stations?.withFindings ?? [])
        if shown.isEmpty {
            return h + "<p>\(HTML.escape(Wording.message(.noGroupMatches, lang)))</p>\n"
        }
        let cells = scoped.map { Array($0.dropFirst(first).prefix(groupsPerPage)) } ?? cellsOf(shown, r, lang)
        h += "<div id=\"groups\">\n"
        for (i, g) in shown.enumerated() {
            // Unscoped, the tally's exact count (it notes every finding, kept or not).
            h += group(lang, g, count: scoped == nil ? g.tally.count : cells[i].count, cells: cells[i].cells)
        }
        h += "</div>\n"
        if pages > 1 { h += pagination(lang, filter, page: page, pages: pages) }
        return h
    }

    /// Each group's findings (at most `cellsPerGroup` kept) and their exact count, over the rows
    /// `keeps` accepts.
    private static func cellsOf(
        _ groups: [ProblemGroup], _ r: ValidationResult, _ lang: Language, keeps: (Int?) -> Bool = { _ in true }
    ) -> [(count: Int, cells: [Finding])] {
        var types: [String: String] = [:]
        for f in r.schema?.schema.fields ?? [] { types[f.name] = f.type.rawValue }
        var out = Array(repeating: (count: 0, cells: [Finding]()), count: groups.count)
        for f in r.allFindings(lang) where keeps(f.rowNumber) {
            for (i, g) in groups.enumerated() where ProblemSummary.belongs(f, to: g.key, fieldTypes: types) {
                out[i].count += 1
                if out[i].cells.count < cellsPerGroup { out[i].cells.append(f) }
                break
            }
        }
        return out
    }

    private static func group(_ lang: Language, _ g: ProblemGroup, count: Int, cells: [Finding]) -> String {
        let w = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        let sev = g.tally.severity.rawValue
        var h = "<details class=\"group\" data-severity=\"\(sev)\" data-family=\"\(g.family.rawValue)\">\n"
        h += "<summary><span class=\"sev-\(sev)\">\(w(.severityName(g.tally.severity)))</span> — "
        h += HTML.escape(Wording.message(g.phrase, lang)) + "</summary>\n<div>\n"
        if case .rule(let code) = g.subject {
            h += "<p>\(HTML.escape(Wording.explanation(code, lang)))</p>\n"
        }
        h += "<table><caption>\(w(.cellsSummary(count: count)))</caption>\n<thead><tr>"
        for p in [WebPhrase.rowHeader, .columnHeader, .valueHeader, .explanationHeader] {
            h += "<th scope=\"col\">\(w(p))</th>"
        }
        h += "</tr></thead>\n<tbody>\n"
        for f in cells {
            h += "<tr><td>\(f.rowNumber.map(String.init) ?? "")</td><td>\(HTML.escape(f.fieldName ?? ""))</td>"
            h += "<td><code>\(HTML.escape(f.cell ?? ""))</code></td><td>\(HTML.escape(f.message))</td></tr>\n"
        }
        h += "</tbody></table>\n"
        if count > cells.count {
            h += "<p>\(HTML.escape(Wording.message(.more(count - cells.count, type: nil), lang)))</p>\n"
        }
        return h + "</div>\n</details>\n"
    }

    private static func filters(
        _ lang: Language, _ all: [ProblemGroup], _ filter: VerdictFilter, stations: [String]
    ) -> String {
        let w = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        func select(_ id: String, _ label: String, _ options: [(String, String)], _ chosen: String?) -> String {
            var h = "<div><label for=\"f-\(id)\">\(label)</label><select id=\"f-\(id)\" name=\"\(id)\">"
            h += "<option value=\"\">\(w(.anyValue))</option>"
            for (value, text) in options {
                let sel = value == chosen ? " selected" : ""
                h += "<option value=\"\(HTML.escape(value))\"\(sel)>\(HTML.escape(text))</option>"
            }
            return h + "</select></div>\n"
        }
        var columns: [String] = []
        for g in all { for c in g.tally.columns where !columns.contains(c) { columns.append(c) } }
        let severities = Severity.allCases.reversed().filter { s in all.contains { $0.tally.severity == s } }
        let families = ProblemFamily.allCases.filter { f in all.contains { $0.family == f } }
        var h = "<form id=\"filters\" class=\"filters\" method=\"get\" action=\"/verdict\" "
        h += "aria-label=\"\(w(.filtersHeading))\">\n"
        h += "<input type=\"hidden\" name=\"lang\" value=\"\(lang.rawValue)\">\n"
        h += select(
            "severity", w(.severityLabel), severities.map { ($0.rawValue, Wording.message(.severityName($0), lang)) },
            filter.severity?.rawValue)
        h += select("column", w(.columnLabel), columns.map { ($0, $0) }, filter.column)
        h += select(
            "family", w(.familyLabel), families.map { ($0.rawValue, Wording.message(.familyName($0.rawValue), lang)) },
            filter.family?.rawValue)
        if !stations.isEmpty {
            var options = stations.map { ($0, $0) }
            // A station chosen past the listed ones stays chosen.
            if let s = filter.station, !stations.contains(s) { options.append((s, s)) }
            let label = HTML.escape(Wording.message(WebMapPhrase.stationLabel, lang))
            h += select("station", label, options, filter.station)
        }
        return h + "<button type=\"submit\">\(w(.filterButton))</button>\n</form>\n"
    }

    private static func pagination(_ lang: Language, _ filter: VerdictFilter, page: Int, pages: Int) -> String {
        let w = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        func link(_ p: Int) -> String {
            var q = "/verdict?lang=\(lang.rawValue)&page=\(p)"
            if let s = filter.severity { q += "&severity=" + s.rawValue }
            if let c = filter.column { q += "&column=" + HTML.query(c) }
            if let f = filter.family { q += "&family=" + f.rawValue }
            if let s = filter.station { q += "&station=" + HTML.query(s) }
            return HTML.escape(q)
        }
        var h = "<nav class=\"pages\" aria-label=\"\(w(.page(page, of: pages)))\">"
        if page > 1 { h += "<a href=\"\(link(page - 1))\" rel=\"prev\">\(w(.previousPage))</a>" }
        h += "<span>\(w(.page(page, of: pages)))</span>"
        if page < pages { h += "<a href=\"\(link(page + 1))\" rel=\"next\">\(w(.nextPage))</a>" }
        return h + "</nav>\n"
    }
}
