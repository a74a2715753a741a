import IRVEFindings
import IRVERules
import IRVEWording

/// `irve check --rules`: every business rule with its code, severity and explanation.
public enum RulesListing {
    /// The listing as text, JSON, or the Markdown tables of the README (`--format markdown`).
    public enum Form: Sendable { case text, json, markdown }

    public static func write(lang: Language, json: Bool, to out: OutputSink) {
        write(lang: lang, form: json ? .json : .text, to: out)
    }

    public static func write(lang: Language, form: Form, to out: OutputSink) {
        if form == .markdown {
            out.write(markdown(lang))
            out.flush()
            return
        }
        let json = form == .json
        if json {
            let items = RuleRegistry.all.map { r in
                "{\"code\":\(JSONReport.quote(r.code)),\"severity\":\(JSONReport.quote(r.severity.rawValue)),"
                    + "\"title\":\(JSONReport.quote(Wording.title(r.id, lang))),"
                    + "\"explanation\":\(JSONReport.quote(Wording.explanation(r.id, lang)))}"
            }
            out.write("[\n" + items.joined(separator: ",\n") + "\n]\n")
        } else {
            out.write(Wording.rulesHeading(lang))
            for r in RuleRegistry.all {
                let severity = Wording.ruleSeverity(r.severity, lang)
                let title = Wording.title(r.id, lang)
                out.write("\(r.code) (\(severity)) — \(title)\n    \(Wording.explanation(r.id, lang))\n\n")
            }
        }
        out.flush()
    }

    /// The README's two tables (row rules, then geographic rules), generated from the registry: a test
    /// checks that the README holds exactly `table(.fr, RuleRegistry.row)` and `table(.fr,
    /// RuleRegistry.geographic)` between its `rules` markers.
    public static func markdown(_ lang: Language) -> String {
        table(lang, RuleRegistry.row) + "\n" + table(lang, RuleRegistry.geographic) + "\n" + codesTable(lang)
    }

    /// The README's third table: the engine's, the file's and the header's codes, documented like the
    /// rules (their severity is the code's; by name for the header's, as Validata matches columns).
    public static func codesTable(_ lang: Language) -> String {
        var out = Wording.rulesTableHeader(lang) + "|---|---|---|---|\n"
        for c in EngineCode.allCases {
            let severity = Wording.ruleSeverity(c.severity, lang)
            out += "| `\(c.rawValue)` | \(severity) | \(Wording.title(c, lang)) | \(Wording.explanation(c, lang)) |\n"
        }
        for c in HeaderCode.allCases {
            let severity = Wording.ruleSeverity(c.severity(.byName), lang)
            out += "| `\(c.rawValue)` | \(severity) | \(Wording.title(c, lang)) | \(Wording.explanation(c, lang)) |\n"
        }
        return out
    }

    public static func table(_ lang: Language, _ rules: [Rule]) -> String {
        var out = Wording.rulesTableHeader(lang) + "|---|---|---|---|\n"
        for r in rules {
            let severity = Wording.ruleSeverity(r.severity, lang)
            out += "| `\(r.code)` | \(severity) | \(Wording.title(r.id, lang)) | \(Wording.explanation(r.id, lang)) |\n"
        }
        return out
    }
}
