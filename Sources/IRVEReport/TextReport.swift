import IRVEFindings
import IRVEValidate

/// The report for people: the verdict and a summary first, then the details grouped by column.
public struct TextReport: Reporter {
    public var lang: Language
    public var color: Bool
    /// Details shown per column before "… and N more" (everything is in `--format json`).
    public var detailsPerColumn = Limits.textSamplesPerGroup
    public var samplesPerGroup: Int? { detailsPerColumn }
    public var isForPeople: Bool { true }

    /// Nothing on the standard output: the message on the standard error says it all.
    public func writeFailure(file: String, message: String, to out: OutputSink) {}

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
            var facts = [
                info.format == .xlsx
                    ? "Excel (.xlsx)\(info.sheetName.map { l.pick(", feuille « \($0) »", ", sheet \"\($0)\"") } ?? "")"
                    : "CSV"
            ]
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
        out.write(
            " — "
                + l.pick(
                    "\(r.errorCount) erreur(s), \(r.warningCount) avertissement(s)",
                    "\(r.errorCount) error(s), \(r.warningCount) warning(s)") + "\n")

        // One pass over the stored findings (in text mode the store kept only the first ones of
        // each group): keep `detailsPerColumn` per group; the counts come from the exact tallies.
        let tallies = r.groupTallies
        var general: [Finding] = []
        var generalShown: [String: Int] = [:]
        var generalOrder: [String] = []
        var byColumn: [String: [Finding]] = [:]
        for f in r.allFindings(l) {
            if FindingGroups.isGeneral(f) {
                let shown = generalShown[f.type] ?? 0
                if shown == 0 { generalOrder.append(f.type) }
                if shown < detailsPerColumn { general.append(f) }
                generalShown[f.type] = shown + 1
            } else if byColumn[f.fieldName ?? "", default: []].count < detailsPerColumn {
                byColumn[f.fieldName ?? "", default: []].append(f)
            }
        }
        let fieldsOrder = r.schema?.schema.fields.map(\.name) ?? []
        let position = Dictionary(fieldsOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let columnNames = Set(tallies.keys.filter { !$0.hasPrefix("\u{1}") }).union(byColumn.keys)
        let columns = columnNames.sorted { (position[$0] ?? Int.max, $0) < (position[$1] ?? Int.max, $1) }
        writeSummary(r, columns: columns, byColumn: byColumn, tallies: tallies, to: out)

        if !general.isEmpty {
            out.write("\n" + bold(l.pick("Fichier et en-tête", "File and header")) + "\n")
            for f in general { out.write("  " + mark(f.severity) + " " + f.message + "\n") }
            for type in generalOrder {
                let total = tallies[FindingGroups.generalKey(type)]?.total ?? 0
                let shown = min(generalShown[type] ?? 0, detailsPerColumn)
                if total > shown { out.write("  " + more(total - shown, of: type) + "\n") }
            }
        }

        if !byColumn.isEmpty {
            out.write("\n" + bold(l.pick("Détails par colonne", "Details by column")) + "\n")
            for name in columns {
                guard let items = byColumn[name] else { continue }
                out.write("\n  " + bold(name) + "\n")
                for f in items {
                    let at = l.pick("ligne \(f.rowNumber ?? 0)", "row \(f.rowNumber ?? 0)")
                    out.write("    " + mark(f.severity) + " " + at + " : " + f.message + "\n")
                }
                let total = max(tallies[name]?.total ?? 0, items.count)
                if total > items.count { out.write("    " + more(total - items.count, of: nil) + "\n") }
            }
        }
        if r.findings.cutByLimit {
            out.write(
                "\n"
                    + l.pick(
                        "(Liste limitée par --max-findings ; les totaux restent exacts.)",
                        "(List limited by --max-findings; totals are exact.)") + "\n")
        }
        if r.findings.spillFailed {
            out.write(
                "\n"
                    + l.pick(
                        "(Liste coupée : le fichier temporaire des constats n'a pas pu être écrit ; les "
                            + "totaux restent exacts.)",
                        "(List cut: the temporary file of the findings could not be written; totals "
                            + "are exact.)") + "\n")
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

    private func more(_ n: Int, of type: String?) -> String {
        let kind = type.map { lang.pick(" « \($0) »", " \"\($0)\"") } ?? ""
        return lang.pick(
            "… et \(n) autre(s)\(kind) (toutes avec --format json)",
            "… and \(n) more\(kind) (all with "
                + "--format json)")
    }

    /// Counts and up to five sample values per column. Cells in error come from the engine's exact
    /// per-column statistics (right even when --max-findings cuts the list).
    private func writeSummary(
        _ r: ValidationResult, columns: [String], byColumn: [String: [Finding]],
        tallies: [String: FindingGroups.Tally], to out: OutputSink
    ) {
        let l = lang
        var exactErrors: [String: (count: Int, samples: [String])] = [:]
        let fields = r.schema?.schema.fields ?? []
        for (f, field) in fields.enumerated() where f < r.columnErrors.count && r.columnErrors[f] > 0 {
            exactErrors[field.name] = (r.columnErrors[f], r.columnSamples[f])
        }
        guard !columns.isEmpty else { return }
        out.write("\n" + bold(l.pick("Résumé par colonne", "Summary by column")) + "\n")
        for name in columns {
            let items = byColumn[name] ?? []
            let tally = tallies[name] ?? FindingGroups.Tally()
            let errors = (exactErrors[name]?.count ?? tally.cellErrors) + tally.otherErrors
            let warnings = tally.warnings + tally.infos
            var samples: [String] = exactErrors[name]?.samples ?? []
            for f in items where samples.count < 5 {
                let c = f.cell ?? ""
                if !samples.contains(c) { samples.append(c) }
            }
            let counts = [
                errors > 0 ? l.pick("\(errors) erreur(s)", "\(errors) error(s)") : nil,
                warnings > 0
                    ? l.pick(
                        "\(warnings) avertissement(s)",
                        "\(warnings) "
                            + "warning(s)") : nil,
            ].compactMap { $0 }
            let shown = samples.map {
                $0.isEmpty
                    ? l.pick("(vide)", "(empty)")
                    : l.pick(
                        "« \(truncate($0, 40)) "
                            + "»", "\"\(truncate($0, 40))\"")
            }
            .joined(separator: ", ")
            out.write(
                "  • \(bold(name)) : "
                    + "\(counts.joined(separator: ", "))" + (shown.isEmpty ? "" : l.pick(" — ex. ", " — e.g. ") + shown)
                    + "\n")
        }
    }

    private func truncate(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n)) + "…" : s }
}
