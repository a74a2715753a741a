import IRVEFindings
import IRVEWording

/// The survey as CSV (RFC 4180, comma-separated, UTF-8), every column, headings in `lang`.
public enum SurveyCSV {
    public static func render(_ report: SurveyReport, staleDays: Int, lang: Language) -> String {
        let columns = SurveyColumn.allCases
        var out = columns.map { quoted(Wording.message(.column($0), lang)) }.joined(separator: ",") + "\r\n"
        for r in report.records {
            out +=
                columns.map { quoted(SurveyCells.cell($0, r, staleDays: staleDays, lang: lang)) }
                .joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// Quoted when it holds a comma, a quote or a line break; a leading `=`, `+`, `-` or `@` is
    /// prefixed with a quote mark so a spreadsheet does not run it as a formula.
    static func quoted(_ s: String) -> String {
        var v = s
        if let first = v.first, "=+-@".contains(first) { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
