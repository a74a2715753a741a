import CXLSXWriter
import IRVEFiles
import IRVEFindings

/// An .xlsx workbook written with libxlsxwriter (loaded at run time) into an `OutputFile`: the library
/// writes the output's temporary file, and `finish` puts it in place atomically, like every output.
///
/// Calls never throw: the first failure is kept and `finish` reports it, so building a sheet stays
/// plain code. With `constantMemory`, each row goes to disk once a later row is written: rows must
/// then be written in order, and a large table costs little memory.
public final class WorkbookWriter {
    /// Excel's limits: rows and columns of a sheet, characters of a cell.
    public static let maxRows = 1_048_576
    public static let maxColumns = 16_384
    public static let maxCellCharacters = 32_767

    public let output: OutputFile
    private var handle: OpaquePointer?
    private var formats: [CellStyle: OpaquePointer] = [:]
    public private(set) var failure: XLSXWriteError?

    /// Whether libxlsxwriter can be loaded (tests skip without it).
    public static var isAvailable: Bool { irve_xlsx_available() == 1 }

    /// Why libxlsxwriter cannot be loaded, nil when it can.
    public static var loadError: String? {
        irve_xlsx_available() == 1 ? nil : String(cString: irve_xlsx_load_error())
    }

    public init(output: OutputFile, constantMemory: Bool) throws(XLSXWriteError) {
        guard irve_xlsx_available() == 1 else {
            output.abandon()
            throw .libraryMissing(detail: String(cString: irve_xlsx_load_error()))
        }
        self.output = output
        handle = output.withTemporaryPath { irve_xlsx_workbook_new($0, constantMemory ? 1 : 0) }
        if handle == nil { fail(.library(path: output.path, code: 1, detail: "workbook_new")) }
    }

    deinit {
        // Not finished (an error upstream): the library's memory and the temporary file go.
        if let handle { _ = irve_xlsx_workbook_close(handle) }
        output.abandon()
    }

    public func addSheet(_ name: String) -> SheetWriter {
        let sheet = handle.flatMap { irve_xlsx_add_sheet($0, name) }
        if sheet == nil { fail(.library(path: output.path, code: 1, detail: "add_worksheet \(name)")) }
        return SheetWriter(workbook: self, handle: sheet)
    }

    /// Names sheet `sheet`'s first cell `name` (a local name): irve's reader finds its data sheet by it.
    public func defineName(_ name: String, sheet: String) {
        guard let handle else { return }
        let quoted = "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        check(irve_xlsx_define_name(handle, quoted + "!" + name, "=" + quoted + "!$A$1"), "define_name")
    }

    /// The library's format for `style`, made once.
    func format(_ style: CellStyle) -> OpaquePointer? {
        if style == .plain { return nil }
        if let f = formats[style] { return f }
        guard let handle, let f = irve_xlsx_add_format(handle) else { return nil }
        if style.bold { irve_xlsx_format_bold(f) }
        if let fill = style.fill { irve_xlsx_format_fill(f, fill) }
        if let n = style.numberFormat { irve_xlsx_format_number(f, n) }
        if style.wrap { irve_xlsx_format_wrap(f) }
        if style.top { irve_xlsx_format_top(f) }
        formats[style] = f
        return f
    }

    func fail(_ error: XLSXWriteError) {
        if failure == nil { failure = error }
    }

    /// Records libxlsxwriter's error `code` (0: none) from call `what`.
    func check(_ code: Int32, _ what: String) {
        guard code != 0 else { return }
        fail(.library(path: output.path, code: code, detail: what + ": " + String(cString: irve_xlsx_strerror(code))))
    }

    /// Writes the workbook and puts it in place with `others` (all or none); on any failure the
    /// temporary files go and nothing is replaced.
    public func finish(with others: [OutputFile] = []) throws(XLSXWriteError) {
        if let handle {
            let code = irve_xlsx_workbook_close(handle)
            self.handle = nil
            check(code, "workbook_close")
        }
        if let failure {
            output.abandon()
            for o in others { o.abandon() }
            throw failure
        }
        do { try OutputFile.commit([output] + others) } catch { throw .file(error) }
    }
}
