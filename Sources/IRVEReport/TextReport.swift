import IRVEFindings
import IRVEValidate
import IRVEWording

/// The report for people: the verdict and a summary first, then the details grouped by column.
public struct TextReport: Reporter {
    public var lang: Language
    public var color: Bool
    /// Details shown per column before "… and N more" (everything is in `--format json`).
    public var detailsPerColumn = Limits.textSamplesPerGroup
    public var samplesPerGroup: Int? { detailsPerColumn }
    public var isForPeople: Bool { true }
    /// What `irve fix` would leave (measured by the caller with `RepairOutlook.measure`), for the
    /// report's last words; nil when it does not apply.
    public var outlook: RepairOutlook?

    /// Nothing on the standard output: the message on the standard error says it all.
    public func writeFailure(file: String, message: String, to out: OutputSink) {}

    public init(lang: Language, color: Bool) {
        self.lang = lang
        self.color = color
    }

    private func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    private func bold(_ s: String) -> String { paint(s, "1") }
    private func say(_ p: ReportPhrase) -> String { Wording.message(p, lang) }

    public func write(_ r: ValidationResult, to out: OutputSink) {
        let l = lang
        let path = r.info?.path ?? ""
        out.write(bold(say(.fileLabel)) + path + "\n")
        if let info = r.info {
            var facts = [info.format == .xlsx ? say(.workbook(sheet: info.sheetName)) : "CSV"]
            if info.format == .csv {
                facts.append(say(.encoding(info.encoding.label)))
                facts.append(say(.delimiter(info.delimiterLabel(l))))
            }
            out.write(say(.readAsLabel) + facts.joined(separator: ", ") + "\n")
        }
        if let s = r.schema { out.write(say(.schemaLabel) + "\(s.name) \(s.version)\n") }
        out.write(say(.dataRowsLabel) + "\(r.rows)\n\n")

        out.write(r.isValid ? paint(say(.valid), "1;32") : paint(say(.invalid), "1;31"))
        out.write(" — " + say(.totals(errors: r.errorCount, warnings: r.warningCount)) + "\n")

        // One pass over the stored findings (in text mode the store kept only the first ones of
        // each group): keep `detailsPerColumn` per group; the counts come from the exact tallies.
        let tallies = r.groupTallies
        var general: [Finding] = []
        var generalShown: [FindingCode: Int] = [:]
        var generalOrder: [FindingCode] = []
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
            out.write("\n" + bold(say(.fileAndHeaderHeading)) + "\n")
            for f in general { out.write("  " + mark(f.severity) + " " + f.message + "\n") }
            for type in generalOrder {
                let total = tallies[FindingGroups.generalKey(type)]?.total ?? 0
                let shown = min(generalShown[type] ?? 0, detailsPerColumn)
                if total > shown { out.write("  " + more(total - shown, of: type.rawValue) + "\n") }
            }
        }

        if !byColumn.isEmpty {
            out.write("\n" + bold(say(.detailsByColumnHeading)) + "\n")
            for name in columns {
                guard let items = byColumn[name] else { continue }
                out.write("\n  " + bold(name) + "\n")
                for f in items {
                    let at = say(.atRow(f.rowNumber ?? 0))
                    out.write("    " + mark(f.severity) + " " + at + " : " + f.message + "\n")
                }
                let total = max(tallies[name]?.total ?? 0, items.count)
                if total > items.count { out.write("    " + more(total - items.count, of: nil) + "\n") }
            }
        }
        writeProblems(r, to: out)
        if r.findings.cutByLimit { out.write("\n" + say(.cutByLimit) + "\n") }
        if r.findings.spillFailed { out.write("\n" + say(.spillFailed) + "\n") }
        out.flush()
    }

    /// The findings grouped by problem, then what to do next and the exact `irve fix` command.
    private func writeProblems(_ r: ValidationResult, to out: OutputSink) {
        guard r.schema != nil else { return }
        let groups = ProblemSummary.groups(r)
        if !groups.isEmpty {
            out.write("\n" + bold(Wording.message(.groupedHeading, lang)) + "\n")
            for g in groups { out.write("  " + mark(g.tally.severity) + " " + Wording.message(g.phrase, lang) + "\n") }
        }
        out.write("\n" + bold(Wording.message(.whatNextHeading, lang)) + "\n")
        if r.errorCount == 0 {
            out.write("  " + Wording.message(.nothingToDo, lang) + "\n")
        } else if !RepairOutlook.applies(to: r) {
            out.write("  " + Wording.message(.noRepairForSchema, lang) + "\n")
        } else if let outlook {
            out.write("  " + Wording.message(outlook.phrase, lang) + "\n")
            if outlook.fixable > 0 || outlook.changes > 0 { writeFixCommand(r, to: out) }
        } else {
            // Not measured (a large file, or the repair could not run): the command still applies.
            writeFixCommand(r, to: out)
        }
    }

    /// The exact `irve fix` line, for a local file (`irve fix` reads local files; a URL is downloaded first).
    private func writeFixCommand(_ r: ValidationResult, to out: OutputSink) {
        guard let path = r.info?.path, !path.contains("://") else { return }
        out.write("  " + Wording.message(.fixCommand(input: path), lang) + "\n")
    }

    private func mark(_ s: Severity) -> String {
        switch s {
        case .error: paint("✘", "31")
        case .warning: paint("⚠", "33")
        case .info: paint("ℹ", "36")
        }
    }

    private func more(_ n: Int, of type: String?) -> String { say(.more(n, type: type)) }

    /// Counts and up to five sample values per column. Cells in error come from the engine's exact
    /// per-column statistics (right even when --max-findings cuts the list).
    private func writeSummary(
        _ r: ValidationResult, columns: [String], byColumn: [String: [Finding]],
        tallies: [String: FindingGroups.Tally], to out: OutputSink
    ) {
        var exactErrors: [String: (count: Int, samples: [String])] = [:]
        let fields = r.schema?.schema.fields ?? []
        for (f, field) in fields.enumerated() where f < r.columnErrors.count && r.columnErrors[f] > 0 {
            exactErrors[field.name] = (r.columnErrors[f], r.columnSamples[f])
        }
        guard !columns.isEmpty else { return }
        out.write("\n" + bold(say(.summaryByColumnHeading)) + "\n")
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
                errors > 0 ? say(.errorCount(errors)) : nil, warnings > 0 ? say(.warningCount(warnings)) : nil,
            ].compactMap { $0 }
            let shown = samples.map { $0.isEmpty ? say(.emptySample) : say(.sample(truncate($0, 40))) }
                .joined(separator: ", ")
            out.write(
                "  • \(bold(name)) : " + counts.joined(separator: ", ")
                    + (shown.isEmpty ? "" : say(.examples) + shown) + "\n")
        }
    }

    private func truncate(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n)) + "…" : s }
}
