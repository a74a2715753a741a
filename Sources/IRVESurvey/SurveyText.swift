import IRVEFindings
import IRVEWording

/// The survey as a text table for people, one line per resource, then the totals.
public enum SurveyText {
    static let columns: [SurveyColumn] = [
        .organization, .dataset, .resource, .verdict, .errors, .warnings, .stations, .points, .dateMaj, .ready,
        .reasons,
    ]
    /// Text columns are cut to this many characters (the CSV and JSON keep everything).
    static let width = 28

    public static func render(_ report: SurveyReport, staleDays: Int, lang: Language) -> String {
        func say(_ p: SurveyPhrase) -> String { Wording.message(p, lang) }
        let heading = columns.map { say(.column($0)) }
        let rows = report.records.map { r in
            // The last column (the reasons) is not cut: it ends the line.
            columns.map { c in
                let text = SurveyCells.cell(c, r, staleDays: staleDays, lang: lang)
                return c == columns.last ? text : clip(text, width)
            }
        }
        var widths = heading.map(\.count)
        for row in rows {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { i, c in
                i == cells.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }
            return padded.joined(separator: "  ").trimmingTrailingSpaces + "\n"
        }
        var out = line(heading)
        out += line(widths.map { String(repeating: "─", count: $0) })
        for row in rows { out += line(row) }
        if report.records.isEmpty { out += say(.nothingFound) + "\n" }
        return out + "\n" + say(.summary(report.totals)) + "\n"
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count <= n ? s : String(s.prefix(n - 1)) + "…" }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

/// The value of each column for a resource, as the text table and the CSV show it.
enum SurveyCells {
    static func cell(_ c: SurveyColumn, _ r: SurveyRecord, staleDays: Int, lang: Language) -> String {
        func say(_ p: SurveyPhrase) -> String { Wording.message(p, lang) }
        let check = r.check
        func count(_ n: Int?) -> String { n.map(String.init) ?? "" }
        switch c {
        case .organization:
            return r.resource.organization?.name
                ?? say(.personalAccount(name: r.resource.owner?.name ?? ""))
        case .dataset: return r.resource.datasetTitle
        case .resource: return r.resource.resourceTitle
        case .url: return r.resource.url
        case .lastModified: return r.resource.lastModified ?? ""
        case .dateMaj: return check?.dateMaj ?? ""
        case .age: return check?.ageDays.map { say(.age(days: $0)) } ?? ""
        case .declaredSchema:
            return r.resource.declaredSchema.map { $0 + (r.resource.declaredVersion.map { " " + $0 } ?? "") } ?? ""
        case .detectedSchema:
            return check?.detectedSchema.map { $0 + (check?.detectedVersion.map { " " + $0 } ?? "") } ?? ""
        case .verdict: return say(.verdict(r.verdict))
        case .errors: return count(check?.errors)
        case .warnings: return count(check?.warnings)
        case .schemaErrors: return count(check.map { $0.errorsByFamily[.schema] ?? 0 })
        case .ruleErrors: return count(check.map { $0.errorsByFamily[.rules] ?? 0 })
        case .geoErrors: return count(check.map { $0.errorsByFamily[.geography] ?? 0 })
        case .stations: return count(check?.stations)
        case .points: return count(check?.points)
        case .quality:
            let q = r.quality
            return say(.quality(score: q.score, maximum: q.maximum, fromUdata: q.fromUdata))
        case .ready: return say(.yes(r.ready))
        case .reasons:
            return r.reasons.map { say(.reason($0, staleDays: staleDays)) }.joined(separator: ", ")
        }
    }
}
