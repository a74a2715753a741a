import CXLSXWriter
import Foundation
import IRVEFindings

/// One worksheet of a `WorkbookWriter`. Rows and columns are 0-based, as libxlsxwriter counts them.
public final class SheetWriter {
    unowned let workbook: WorkbookWriter
    let handle: OpaquePointer?

    init(workbook: WorkbookWriter, handle: OpaquePointer?) {
        self.workbook = workbook
        self.handle = handle
    }

    /// A text cell, kept as text whatever it looks like (a number, a date, `true`).
    public func write(_ row: Int, _ column: Int, _ text: String, _ style: CellStyle = .plain) {
        write(row, column, text, format: workbook.format(style))
    }

    /// `write` with the library's format already looked up (a table's columns: once per column).
    func write(_ row: Int, _ column: Int, _ text: String, format f: OpaquePointer?) {
        guard let handle, place(row, column) else { return }
        if text.isEmpty {
            if f != nil { workbook.check(irve_xlsx_write_blank(handle, UInt32(row), UInt16(column), f), "write_blank") }
            return
        }
        workbook.check(irve_xlsx_write_string(handle, UInt32(row), UInt16(column), text, f), "write_string")
    }

    public func write(_ row: Int, _ column: Int, number: Double, _ style: CellStyle = .plain) {
        guard let handle, place(row, column) else { return }
        workbook.check(
            irve_xlsx_write_number(handle, UInt32(row), UInt16(column), number, workbook.format(style)), "write_number")
    }

    /// Width (in characters) and default style of columns `first...last`.
    public func column(_ first: Int, _ last: Int? = nil, width: Double, _ style: CellStyle = .plain) {
        guard let handle, place(0, last ?? first) else { return }
        let f = workbook.format(style)
        workbook.check(irve_xlsx_set_column(handle, UInt16(first), UInt16(last ?? first), width, f), "set_column")
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    public func freeze(rows: Int, columns: Int = 0) {
        guard let handle else { return }
        irve_xlsx_freeze(handle, UInt32(rows), UInt16(columns))
    }

    /// Cells `rows` of `column` get a drop-down of `values` (when given) and an input message.
    /// Excel caps a list at 255 characters and a message at 255 (title: 32): longer ones are cut
    /// here, the full text being in the « Aide » sheet.
    public func validation(
        column: Int, rows: ClosedRange<Int>, values: [String]?, title: String?, message: String?
    ) {
        guard let handle, place(rows.upperBound, column) else { return }
        let title = title.map { Self.cut($0, 32) }
        let message = message.map { Self.cut($0, 255) }
        let code: Int32
        if let values {
            var pointers = values.map { strdup($0) }
            defer { for p in pointers { free(p) } }
            code = pointers.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: UnsafePointer<CChar>?.self) { b in
                    irve_xlsx_validation(
                        handle, UInt32(rows.lowerBound), UInt16(column), UInt32(rows.upperBound), UInt16(column),
                        b.baseAddress, Int32(values.count), title, message)
                }
            }
        } else {
            code = irve_xlsx_validation(
                handle, UInt32(rows.lowerBound), UInt16(column), UInt32(rows.upperBound), UInt16(column), nil, 0,
                title, message)
        }
        workbook.check(code, "data_validation")
    }

    /// A note on a cell, sized for a few lines of explanation.
    public func comment(_ row: Int, _ column: Int, _ text: String, author: String) {
        guard let handle, place(row, column) else { return }
        let t = Self.cut(text, WorkbookWriter.maxCellCharacters)
        workbook.check(irve_xlsx_comment(handle, UInt32(row), UInt16(column), t, author, 360, 160), "write_comment")
    }

    /// Whether (row, column) is inside Excel's grid; records the failure otherwise.
    private func place(_ row: Int, _ column: Int) -> Bool {
        if row >= WorkbookWriter.maxRows {
            workbook.fail(.tooManyRows(path: workbook.output.path, limit: WorkbookWriter.maxRows))
            return false
        }
        if column >= WorkbookWriter.maxColumns {
            workbook.fail(.tooManyColumns(path: workbook.output.path, limit: WorkbookWriter.maxColumns))
            return false
        }
        return row >= 0 && column >= 0
    }

    /// `text` cut to `max` UTF-16 units (what Excel counts), on a character boundary.
    static func cut(_ text: String, _ max: Int) -> String {
        guard text.utf16.count > max else { return text }
        var out = ""
        var n = 0
        for c in text {
            let w = c.utf16.count
            if n + w > max - 1 { break }
            out.append(c)
            n += w
        }
        return out + "…"
    }
}
