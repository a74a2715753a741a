import IRVEFindings
import IRVERules

/// `irve check --rules`: every business rule with its code, severity and explanation.
public enum RulesListing {
    public static func write(lang: Language, json: Bool, to out: OutputSink) {
        if json {
            let items = RuleCatalog.all.map { r in
                "{\"code\":\(JSONReport.quote(r.code)),\"severity\":\(JSONReport.quote(r.severity.rawValue)),\"title\":\(JSONReport.quote(r.title(lang))),\"explanation\":\(JSONReport.quote(r.explanation(lang)))}"
            }
            out.write("[\n" + items.joined(separator: ",\n") + "\n]\n")
        } else {
            out.write(lang.pick("Règles métier IRVE (au-delà du schéma) — désactivables avec --disable CODE\n\n",
                                "IRVE business rules (beyond the schema) — switch off with --disable CODE\n\n"))
            for r in RuleCatalog.all {
                let severity = r.severity == .error ? lang.pick("erreur", "error") : lang.pick("avertissement", "warning")
                out.write("\(r.code) (\(severity)) — \(r.title(lang))\n    \(r.explanation(lang))\n\n")
            }
        }
        out.flush()
    }
}
