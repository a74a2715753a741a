import IRVEFindings
import IRVEReport
import IRVEValidate
import IRVEWording

/// The filters of the verdict page, read from its query string.
struct VerdictFilter: Equatable {
    var severity: Severity?
    var column: String?
    var family: ProblemFamily?
    /// A station (`id_station_itinerance`): only its rows' findings (see `StationScope`).
    var station: String?
    var page = 1

    func keeps(_ g: ProblemGroup) -> Bool {
        (severity.map { g.tally.severity == $0 } ?? true) && (column.map { g.tally.columns.contains($0) } ?? true)
            && (family.map { g.family == $0 } ?? true)
    }
}

/// The verdict: valid or not, what next, downloads, summary by column, then the grouped problems,
/// filtered and paginated, each expandable down to its cells.
enum VerdictPage {
    static let groupsPerPage = 20
    static let cellsPerGroup = 50

    static func render(
        _ lang: Language, name: String, result r: ValidationResult, outlook: RepairOutlook?, filter: VerdictFilter,
        stations: StationScope? = nil
    ) -> String {
        let w = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        let say = { (p: ReportPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<h1>\(w(.verdictHeading(file: name)))</h1>\n"
        h += "<p>" + facts(r, lang) + "</p>\n"
        let verdict = r.isValid ? say(.valid) : say(.invalid)
        h += "<p class=\"verdict \(r.isValid ? "valid" : "invalid")\" id=\"verdict\">"
        h +=
            (r.isValid ? Icons.ok : Icons.ko) + verdict + " — "
            + say(.totals(errors: r.errorCount, warnings: r.warningCount))
        h += "</p>\n"
        h += whatNext(lang, r, outlook)
        h += summary(lang, r)
        h += general(lang, r)
        h += groups(lang, r, filter, stations: stations)
        h += "<p><a class=\"button secondary\" href=\"/?lang=\(lang.rawValue)\">\(w(.anotherFile))</a></p>\n"
        return Layout.page(lang, title: Wording.message(.verdictHeading(file: name), lang), switchPath: "/verdict", h)
    }

    private static func facts(_ r: ValidationResult, _ lang: Language) -> String {
        let say = { (p: ReportPhrase) in HTML.escape(Wording.message(p, lang)) }
        var out: [String] = []
        if let s = r.schema { out.append(say(.schemaLabel) + HTML.escape("\(s.name) \(s.version)")) }
        out.append(say(.dataRowsLabel) + "<span id=\"rows\">\(r.rows)</span>")
        return out.joined(separator: "<br>")
    }

    private static func whatNext(_ lang: Language, _ r: ValidationResult, _ outlook: RepairOutlook?) -> String {
        guard r.schema != nil else { return "" }
        let say = { (p: ProblemPhrase) in HTML.escape(Wording.message(p, lang)) }
        let w = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<section class=\"next\" aria-labelledby=\"next\"><h2 id=\"next\">\(say(.whatNextHeading))</h2>\n"
        if r.errorCount == 0 {
            h += "<p id=\"outlook\">\(say(.nothingToDo))</p>\n"
        } else if !RepairOutlook.applies(to: r) {
            h += "<p id=\"outlook\">\(say(.noRepairForSchema))</p>\n"
        } else if let outlook {
            h += "<p id=\"outlook\">\(say(outlook.phrase))</p>\n"
        }
        if RepairOutlook.applies(to: r), (outlook?.changes ?? 0) > 0 {
            h += "<h3>\(w(.downloadsHeading))</h3>\n<ul>\n"
            h += "<li><a href=\"/download/repaired?lang=\(lang.rawValue)\" download>\(w(.downloadRepaired))</a></li>\n"
            h += "<li><a href=\"/download/log?lang=\(lang.rawValue)\" download>\(w(.downloadLog))</a></li>\n</ul>\n"
            h += "<p>\(w(.originalKept))</p>\n"
            h += "<p><code>\(say(.fixCommand(input: r.info.map { lastComponent($0.path) } ?? "")))</code></p>\n"
        }
        h += mapLink(lang, r)
        h += reviewLinks(lang)
        return h + "</section>\n"
    }

    /// The repairs page and the description record (IRVEWeb's RepairsPage and FichePage).
    private static func reviewLinks(_ lang: Language) -> String {
        let w = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        let q = "?lang=\(lang.rawValue)"
        return "<p><a id=\"open-repairs\" href=\"/repairs\(q)\">\(w(.openRepairs))</a></p>\n"
            + "<p><a id=\"open-fiche\" href=\"/fiche\(q)\">\(w(.openFiche))</a></p>\n"
    }

    private static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Errors and warnings per column, from the exact tallies, in the schema's order.
    private static func summary(_ lang: Language, _ r: ValidationResult) -> String {
        let tallies = r.groupTallies
        let fields = r.schema?.schema.fields.map(\.name) ?? []
        let rows = fields.compactMap { name in tallies[name].map { (name, $0) } }
        guard !rows.isEmpty else { return "" }
        let say = { (p: ReportPhrase) in HTML.escape(Wording.message(p, lang)) }
        let w = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<h2>\(say(.summaryByColumnHeading))</h2>\n<table id=\"summary\">\n"
        h += "<thead><tr><th scope=\"col\">\(w(.columnHeader))</th><th scope=\"col\">\(w(.severityName(.error)))</th>"
        h += "<th scope=\"col\">\(w(.severityName(.warning)))</th></tr></thead>\n<tbody>\n"
        for (name, t) in rows {
            h += "<tr><th scope=\"row\">\(HTML.escape(name))</th><td>\(t.cellErrors + t.otherErrors)</td>"
            h += "<td>\(t.warnings + t.infos)</td></tr>\n"
        }
        return h + "</tbody></table>\n"
    }

    /// The file's and header's findings (the same messages as the CLI's, e.g. not an IRVE file).
    private static func general(_ lang: Language, _ r: ValidationResult) -> String {
        var items: [Finding] = []
        for f in r.allFindings(lang) where FindingGroups.isGeneral(f) && items.count < 100 { items.append(f) }
        guard !items.isEmpty else { return "" }
        var h = "<h2>\(HTML.escape(Wording.message(.fileAndHeaderHeading, lang)))</h2>\n<ul id=\"general\">\n"
        for f in items {
            h += "<li class=\"sev-\(f.severity.rawValue)\">\(HTML.escape(f.message))</li>\n"
        }
        return h + "</ul>\n"
    }
}
