import IRVEFindings

extension English: ReportWords {
    static func report(_ p: ReportPhrase) -> String {
        switch p {
        case .fileLabel: "File: "
        case .readAsLabel: "Read as: "
        case .schemaLabel: "Schema: "
        case .dataRowsLabel: "Data rows: "
        case .workbook(let sheet): "Excel (.xlsx)" + (sheet.map { ", sheet \"\($0)\"" } ?? "")
        case .encoding(let label): "encoding \(label)"
        case .delimiter(let label): "delimiter \(label)"
        case .valid: "✔ VALID file"
        case .invalid: "✘ INVALID file"
        case .totals(let errors, let warnings): "\(errors) error(s), \(warnings) warning(s)"
        case .fileAndHeaderHeading: "File and header"
        case .detailsByColumnHeading: "Details by column"
        case .summaryByColumnHeading: "Summary by column"
        case .atRow(let row): "row \(row)"
        case .more(let n, let type): "… and \(n) more" + (type.map { " \"\($0)\"" } ?? "") + " (all with --format json)"
        case .errorCount(let n): "\(n) error(s)"
        case .warningCount(let n): "\(n) warning(s)"
        case .emptySample: "(empty)"
        case .sample(let value): "\"\(value)\""
        case .examples: " — e.g. "
        case .cutByLimit: "(List limited by --max-findings; totals are exact.)"
        case .spillFailed: "(List cut: the temporary file of the findings could not be written; totals are exact.)"
        }
    }
}
