import IRVEFindings
import IRVEValidate

/// The report for people: the verdict and a summary first, then the details grouped by column.
public struct TextReport {
    public var lang: Language
    public var color: Bool
    /// Details shown per column before "… and N more" (everything is in `--format json`).
    public var detailsPerColumn = 20

    public init(lang: Language, color: Bool) {
        self.lang = lang
        self.color = color
    }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    private func bold(_ s: String) -> String { paint(s, "1") }

    public func write(_ r: ValidationResult, to out: OutputSink) {
        let l = lang
        let path = r.info?.path ?? ""
        out.write(bold(l.pick("Fichier : ", "File: ")) + path + "\n")
        if let info = r.info {
            var facts = [info.format == .xlsx ? "Excel (.xlsx)\(info.sheetName.map { l.pick(", feuille « \($0) »", ", sheet \"\($0)\"") } ?? "")" : "CSV"]
            if info.format == .csv {
                facts.append(l.pick("encodage ", "encoding ") + info.encoding.label)
                facts.append(l.pick("séparateur ", "delimiter ") + info.delimiterLabel(l))
            }
            out.write(l.pick("Lecture : ", "Read as: ") + facts.joined(separator: ", ") + "\n")
        }
        if let s = r.schema { out.write(l.pick("Schéma : ", "Schema: ") + "\(s.name) \(s.version)\n") }
        out.write(l.pick("Lignes de données : ", "Data rows: ") + "\(r.rows)\n\n")

        if r.isValid {
            out.write(paint(l.pick("✔ Fichier VALIDE", "✔ VALID file"), "1;32"))
        } else {
            out.write(paint(l.pick("✘ Fichier NON VALIDE", "✘ INVALID file"), "1;31"))
        }
        out.write(" — " + l.pick("\(r.errorCount) erreur(s), \(r.warningCount) avertissement(s)", "\(r.errorCount) error(s), \(r.warningCount) warning(s)") + "\n")

        let all = Array(r.allFindings(l))
        func isGeneral(_ f: Finding) -> Bool { f.rowNumber == nil || f.rowNumber == 1 || f.fieldName == nil || f.fieldName == "" }
        let general = all.filter(isGeneral)
        let byColumn = Dictionary(grouping: all.filter { !isGeneral($0) }, by: { $0.fieldName ?? "" })

        // Summary by column: counts and up to five sample values. Cells in error come from the
        // engine's exact per-column statistics (right even when --max-findings cuts the list).
        let fieldsOrder = r.schema?.schema.fields.map(\.name) ?? []
        var exactErrors: [String: (count: Int, samples: [String])] = [:]
        for (f, name) in fieldsOrder.enumerated() where f < r.columnErrors.count && r.columnErrors[f] > 0 {
            exactErrors[name] = (r.columnErrors[f], r.columnSamples[f])
        }
        if !byColumn.isEmpty || !exactErrors.isEmpty {
            out.write("\n" + bold(l.pick("Résumé par colonne", "Summary by column")) + "\n")
            let names = Set(byColumn.keys).union(exactErrors.keys)
            let columns = names.sorted { (fieldsOrder.firstIndex(of: $0) ?? 999, $0) < (fieldsOrder.firstIndex(of: $1) ?? 999, $1) }
            for name in columns {
                let items = byColumn[name] ?? []
                // Schema errors from the engine's exact statistics, plus the business-rule errors.
                let cellTypes: Set<String> = ["type-error", "constraint-error", "missing-cell", "extra-cell"]
                let schemaErrors = exactErrors[name]?.count ?? items.filter { $0.severity == .error && cellTypes.contains($0.type) }.count
                let errors = schemaErrors + items.filter { $0.severity == .error && !cellTypes.contains($0.type) }.count
                let warnings = items.filter { $0.severity != .error }.count
                var samples: [String] = exactErrors[name]?.samples ?? []
                for f in items where samples.count < 5 {
                    let c = f.cell ?? ""
                    if !samples.contains(c) { samples.append(c) }
                }
                let counts = [errors > 0 ? l.pick("\(errors) erreur(s)", "\(errors) error(s)") : nil,
                              warnings > 0 ? l.pick("\(warnings) avertissement(s)", "\(warnings) warning(s)") : nil].compactMap { $0 }
                let shown = samples.map { $0.isEmpty ? l.pick("(vide)", "(empty)") : l.pick("« \(truncate($0, 40)) »", "\"\(truncate($0, 40))\"") }.joined(separator: ", ")
                out.write("  • \(bold(name)) : \(counts.joined(separator: ", "))" + (shown.isEmpty ? "" : l.pick(" — ex. ", " — e.g. ") + shown) + "\n")
            }
        }

        if !general.isEmpty {
            out.write("\n" + bold(l.pick("Fichier et en-tête", "File and header")) + "\n")
            for f in general { out.write("  " + mark(f.severity) + " " + f.message + "\n") }
        }

        if !byColumn.isEmpty {
            out.write("\n" + bold(l.pick("Détails par colonne", "Details by column")) + "\n")
            let fieldsOrder = r.schema?.schema.fields.map(\.name) ?? []
            for name in byColumn.keys.sorted(by: { (fieldsOrder.firstIndex(of: $0) ?? 999, $0) < (fieldsOrder.firstIndex(of: $1) ?? 999, $1) }) {
                let items = byColumn[name]!
                out.write("\n  " + bold(name) + "\n")
                for f in items.prefix(detailsPerColumn) {
                    let at = l.pick("ligne \(f.rowNumber ?? 0)", "row \(f.rowNumber ?? 0)")
                    out.write("    " + mark(f.severity) + " " + at + " : " + f.message + "\n")
                }
                if items.count > detailsPerColumn {
                    out.write("    " + l.pick("… et \(items.count - detailsPerColumn) autre(s) (toutes avec --format json)", "… and \(items.count - detailsPerColumn) more (all with --format json)") + "\n")
                }
            }
        }
        if r.findings.storedCount < r.errorCount + r.warningCount + r.findings.infoCount {
            out.write("\n" + l.pick("(Liste limitée par --max-findings ; les totaux restent exacts.)", "(List limited by --max-findings; totals are exact.)") + "\n")
        }
        out.flush()
    }

    private func mark(_ s: Severity) -> String {
        switch s {
        case .error: paint("✘", "31")
        case .warning: paint("⚠", "33")
        case .info: paint("ℹ", "36")
        }
    }

    private func truncate(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n)) + "…" : s }
}
