import IRVEFindings
import IRVESchema

/// The data sheet of a workbook irve writes (`fix -o x.xlsx`, `check --annotate`): a bold frozen header,
/// each schema column in its style, every value as text so that reading the workbook back gives the
/// same cells (leading zeros, dates as written, `true`).
public final class DataSheet {
    /// The local name irve's reader looks for to find the data sheet when it is not the first.
    public static let dataName = "IRVE_DATA"

    public let sheet: SheetWriter
    public let header: [String]
    let layouts: [ColumnLayout]
    let path: String
    /// Each column's format, looked up once: a million rows are not forty million style hashes.
    let formats: [OpaquePointer?]
    let textFormat: OpaquePointer?

    public init(_ workbook: WorkbookWriter, name: String, header: [String], schema: TableSchema?, headerRow: Int = 0) {
        sheet = workbook.addSheet(name)
        self.header = header
        path = workbook.output.path
        layouts = header.map { ColumnLayout(field: schema?.field(named: $0), header: $0) }
        formats = layouts.map { workbook.format($0.style) }
        textFormat = workbook.format(.text)
        for (i, l) in layouts.enumerated() { sheet.column(i, width: l.width, l.style) }
        for (i, h) in header.enumerated() { sheet.write(headerRow, i, h, .header) }
        sheet.freeze(rows: headerRow + 1)
        workbook.defineName(Self.dataName, sheet: name)
    }

    /// Writes `cells` at 0-based `index` (the report's row number minus one); `fills` colours cells.
    public func write(row index: Int, _ cells: [String], fills: [Int: UInt32] = [:]) {
        for (i, cell) in cells.enumerated() {
            if cell.utf16.count > WorkbookWriter.maxCellCharacters {
                let column = i < header.count ? header[i] : String(i + 1)
                sheet.workbook.fail(
                    .cellTooLong(path: path, row: index + 1, column: column, limit: WorkbookWriter.maxCellCharacters))
                return
            }
            if let fill = fills[i] {
                sheet.write(index, i, cell, (i < layouts.count ? layouts[i].style : .text).with(fill: fill))
            } else {
                sheet.write(index, i, cell, format: i < formats.count ? formats[i] : textFormat)
            }
        }
    }
}
