import Foundation
import IRVEFindings
import IRVERead
import IRVERules

/// One cell checked again with a new value, as `irve check` checks it within its row: the schema's
/// field check, the row rules and the row's geographic checks. The rules across rows (duplicate
/// ids, stations) need the whole file: they are left to the next full check.
public enum CellRecheck {
    /// The findings on `field` in row `row` of the CSV `path` once that cell holds `value` (row
    /// numbers as in the file); nil when the file has no such row or field. The row is checked
    /// alone in `scratch`, a file written then removed; `path` is only read.
    public static func check(
        path: String, row: Int, field: String, value: String, scratch: String, options: ValidationOptions
    ) throws(CheckError) -> [Finding]? {
        guard row >= 2 else { return nil }
        let picker = RowPicker(wanted: row)
        var reader = TableReader(path: path)
        reader.delimiter = 0x2C
        try? reader.read(into: picker)  // stops at the wanted row
        guard let labels = picker.header, var cells = picker.cells, let f = labels.firstIndex(of: field) else {
            return nil
        }
        while cells.count < labels.count { cells.append("") }
        cells[f] = value
        let text = csvLine(labels) + csvLine(cells)
        let url = URL(fileURLWithPath: scratch)
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch {
            throw .read(.unreadable(path: scratch, reason: error.localizedDescription))
        }
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try Validation.check(path: scratch, options: options)
        let across = Set(RuleRegistry.acrossRows.map(\.code))
        var out: [Finding] = []
        for var finding in result.allFindings(options.lang)
        where finding.rowNumber == 2 && finding.fieldName == field && !across.contains(finding.type.rawValue) {
            finding.rowNumber = row
            out.append(finding)
        }
        return out
    }

    /// One CSV record, each cell quoted when it holds a comma, a quote or a line break.
    static func csvLine(_ cells: [String]) -> String {
        cells.map { c in
            c.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + c.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : c
        }.joined(separator: ",") + "\n"
    }
}

/// Keeps the header and one row of a file, then stops the reading.
private final class RowPicker: RowConsumer {
    let wanted: Int
    var header: [String]?
    var cells: [String]?
    struct Found: Error {}

    init(wanted: Int) { self.wanted = wanted }

    func begin(_ info: TableInfo) {
        header = nil
        cells = nil
    }

    func row(_ row: RowView) throws {
        if row.number == 1 { header = row.strings }
        if row.number == wanted {
            cells = row.strings
            throw Found()
        }
    }

    func ended(_ info: TableInfo) {}
}
