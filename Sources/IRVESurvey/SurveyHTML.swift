import IRVEFindings
import IRVEWording

/// The survey as one self-contained HTML page for an animator: no external asset (its CSP says
/// so: `default-src 'none'`), opens offline or as an e-mail attachment. A sortable table (a
/// little vanilla script, no inline handler), the first problems to fix, details per commune.
public enum SurveyHTML {
    public static func render(_ report: SurveyReport, staleDays: Int, date: String, lang: Language) -> String {
        func say(_ p: SurveyPhrase) -> String { Wording.message(p, lang) }
        func page(_ t: SurveyPageText) -> String { XMLText.escape(say(.page(t))) }
        var out = """
            <!DOCTYPE html>
            <html lang="\(lang.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            script-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(page(.title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <h1>\(page(.title))</h1>
            <p>\(page(.made(date: date, api: report.api)))</p>
            <p class="summary">\(XMLText.escape(say(.summary(report.totals))))</p>

            """
        out += firstProblems(report, staleDays: staleDays, lang: lang)
        out += table(report, staleDays: staleDays, lang: lang)
        out += communes(report, staleDays: staleDays, lang: lang)
        out += "<script>\(script)</script>\n</body>\n</html>\n"
        return out
    }

    static let columns: [SurveyColumn] = [
        .organization, .dataset, .resource, .verdict, .errors, .warnings, .schemaErrors, .ruleErrors, .geoErrors,
        .stations, .points, .dateMaj, .age, .declaredSchema, .detectedSchema, .quality, .ready, .reasons,
    ]
    static let numeric: Set<SurveyColumn> = [
        .errors, .warnings, .schemaErrors, .ruleErrors, .geoErrors, .stations, .points,
    ]

    static func table(_ report: SurveyReport, staleDays: Int, lang: Language) -> String {
        var out = "<h2>\(XMLText.escape(Wording.message(.column(.resource), lang)))</h2>\n"
        out += "<p class=\"hint\">\(XMLText.escape(Wording.message(.page(.sortHint), lang)))</p>\n"
        out += "<table id=\"survey\">\n<thead><tr>"
        for c in columns {
            let kind = numeric.contains(c) || c == .age ? " data-type=\"number\"" : ""
            out += "<th\(kind) tabindex=\"0\">\(XMLText.escape(Wording.message(.column(c), lang)))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for r in report.records {
            out += "<tr class=\"\(r.ready ? "ready" : "not-ready")\">"
            for c in columns {
                let text = SurveyCells.cell(c, r, staleDays: staleDays, lang: lang)
                var cell = XMLText.escape(text)
                if c == .dataset, let href = link(r.resource.datasetPage) { cell = "<a href=\"\(href)\">\(cell)</a>" }
                if c == .resource, let href = link(r.resource.resourcePage ?? r.resource.url) {
                    cell = "<a href=\"\(href)\">\(cell)</a>"
                }
                if c == .age, let days = r.check?.ageDays {
                    out += "<td data-value=\"\(days)\">\(cell)</td>"
                    continue
                }
                out += "<td>\(cell)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The resources that are not ready, the worst first (unreadable, then by errors), with their
    /// reasons and their first problems.
    static func firstProblems(_ report: SurveyReport, staleDays: Int, lang: Language) -> String {
        func say(_ p: SurveyPhrase) -> String { Wording.message(p, lang) }
        var out = "<h2>\(XMLText.escape(say(.page(.firstProblems))))</h2>\n"
        let pending = report.records.filter { !$0.ready }.sorted { a, b in
            (a.check == nil ? Int.max : a.check?.errors ?? 0) > (b.check == nil ? Int.max : b.check?.errors ?? 0)
        }
        guard !pending.isEmpty else { return out + "<p>\(XMLText.escape(say(.page(.noProblem))))</p>\n" }
        out += "<ol class=\"problems\">\n"
        for r in pending.prefix(20) {
            let reasons = r.reasons.map { say(.reason($0, staleDays: staleDays)) }.joined(separator: ", ")
            let name = r.resource.datasetTitle + " — " + r.resource.resourceTitle
            out += "<li>" + XMLText.escape(say(.page(.problem(resource: name, text: reasons))))
            if let href = link(r.resource.resourcePage) {
                out += " (<a href=\"\(href)\">\(XMLText.escape(say(.page(.open))))</a>)"
            }
            let details = (r.problem.map { [$0] } ?? []) + (r.check?.firstProblems ?? [])
            if !details.isEmpty {
                out += "<ul>" + details.map { "<li>\(XMLText.escape($0))</li>" }.joined() + "</ul>"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    /// One folding block per commune: the resources covering it (the file's stations, else the
    /// dataset's zones for a file that could not be read).
    static func communes(_ report: SurveyReport, staleDays: Int, lang: Language) -> String {
        func say(_ p: SurveyPhrase) -> String { Wording.message(p, lang) }
        var byCode: [String: (name: String?, points: Int, records: [Int])] = [:]
        for (i, r) in report.records.enumerated() {
            var codes: [(String, String?, Int)] = (r.check?.communes ?? []).map { ($0.insee, $0.name, $0.points) }
            if codes.isEmpty {
                codes = r.resource.zones.filter { $0.hasPrefix("fr:commune:") }
                    .map { (String($0.dropFirst("fr:commune:".count)), nil, 0) }
            }
            for (code, name, points) in codes {
                var entry = byCode[code] ?? (name: nil, points: 0, records: [])
                entry.name = entry.name ?? name
                entry.points += points
                if entry.records.last != i { entry.records.append(i) }
                byCode[code] = entry
            }
        }
        var out = "<h2>\(XMLText.escape(say(.page(.byCommune))))</h2>\n"
        for code in byCode.keys.sorted() {
            guard let entry = byCode[code] else { continue }
            let title = say(
                .page(
                    .commune(
                        name: entry.name ?? code, insee: code, resources: entry.records.count, points: entry.points)))
            let allReady = entry.records.allSatisfy { report.records[$0].ready }
            out +=
                "<details class=\"\(allReady ? "ready" : "not-ready")\"><summary>\(XMLText.escape(title))</summary><ul>"
            for i in entry.records {
                let r = report.records[i]
                let verdict = say(.verdict(r.verdict))
                let reasons = r.reasons.map { say(.reason($0, staleDays: staleDays)) }.joined(separator: ", ")
                var name = XMLText.escape(r.resource.datasetTitle + " — " + r.resource.resourceTitle)
                if let href = link(r.resource.resourcePage) { name = "<a href=\"\(href)\">\(name)</a>" }
                out += "<li>\(name) : \(XMLText.escape(verdict))"
                out += reasons.isEmpty ? "" : " — " + XMLText.escape(reasons)
                out += "</li>"
            }
            out += "</ul></details>\n"
        }
        return out
    }

    /// Only web addresses become links (a record's `javascript:` would run in the reader's page).
    static func link(_ url: String?) -> String? {
        guard let url else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        return XMLText.escape(url)
    }

    static let style = """
        body{font-family:system-ui,sans-serif;margin:1.5em;color:#1e1e1e}
        table{border-collapse:collapse;font-size:.9em}th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left}
        th{background:#eef;cursor:pointer}th[aria-sort=ascending]::after{content:" ▲"}
        th[aria-sort=descending]::after{content:" ▼"}tr.not-ready td:first-child{border-left:4px solid #c00}
        tr.ready td:first-child{border-left:4px solid #18753c}details{margin:.3em 0}
        details.not-ready summary{color:#a00}.hint{color:#555;font-size:.85em}
        """

    /// Sorts the table by the clicked heading (numbers as numbers); no handler in the markup.
    static let script = """
        (function(){var t=document.getElementById("survey");if(!t)return;var hs=t.tHead.rows[0].cells;
        function key(td,num){var v=td.getAttribute("data-value")||td.textContent;
        if(!num)return v.toLowerCase();var n=parseFloat(v);return isNaN(n)?-1:n;}
        function sort(i){var h=hs[i],num=h.getAttribute("data-type")==="number";
        var asc=h.getAttribute("aria-sort")!=="ascending";
        for(var j=0;j<hs.length;j++)hs[j].removeAttribute("aria-sort");
        h.setAttribute("aria-sort",asc?"ascending":"descending");var b=t.tBodies[0];
        var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=key(x.cells[i],num),
        c=key(y.cells[i],num);return (a<c?-1:a>c?1:0)*(asc?1:-1);});rows.forEach(function(r){b.appendChild(r);});}
        Array.prototype.forEach.call(hs,function(h,i){h.addEventListener("click",function(){sort(i);});
        h.addEventListener("keydown",function(e){if(e.key==="Enter"||e.key===" "){e.preventDefault();sort(i);}});});
        })();
        """
}
