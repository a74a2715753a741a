import IRVEFindings
import IRVERules

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
            let items = RuleCatalog.all.map { r in
                "{\"code\":\(JSONReport.quote(r.code)),\"severity\":\(JSONReport.quote(r.severity.rawValue)),\"title\":\(JSONReport.quote(r.title(lang))),\"explanation\":\(JSONReport.quote(r.explanation(lang)))}"
            }
            out.write("[\n" + items.joined(separator: ",\n") + "\n]\n")
        } else {
            out.write(
                lang.pick(
                    "Règles métier IRVE (au-delà du schéma) — désactivables avec --disable CODE\n\n",
                    "IRVE business rules (beyond the schema) — switch off with --disable CODE\n\n"))
            for r in RuleCatalog.all {
                let severity =
                    r.severity == .error ? lang.pick("erreur", "error") : lang.pick("avertissement", "warning")
                out.write("\(r.code) (\(severity)) — \(r.title(lang))\n    \(r.explanation(lang))\n\n")
            }
        }
        out.flush()
    }

    /// The README's two tables (row rules, then geographic rules), generated from the registry: a test
    /// checks that the README holds exactly `table(.fr, RuleCatalog.row)` and `table(.fr,
    /// RuleCatalog.geographic)` between its `rules` markers.
    public static func markdown(_ lang: Language) -> String {
        table(lang, RuleCatalog.row) + "\n" + table(lang, RuleCatalog.geographic)
    }

    public static func table(_ lang: Language, _ rules: [Rule]) -> String {
        var out =
            lang.pick("| code | gravité | règle | explication |\n", "| code | severity | rule | explanation |\n")
            + "|---|---|---|---|\n"
        for r in rules {
            let severity = r.severity == .error ? lang.pick("erreur", "error") : lang.pick("avertissement", "warning")
            out += "| `\(r.code)` | \(severity) | \(r.title(lang)) | \(r.explanation(lang)) |\n"
        }
        return out
    }
}
