/// Why a workbook could not be written (`irve template`, `check --annotate`, `fix -o x.xlsx`). The
/// words are in IRVEWording.
public enum XLSXWriteError: Error, Equatable, Sendable {
    /// libxlsxwriter could not be loaded at run time (`detail`: what the loader said).
    case libraryMissing(detail: String)
    /// The table to write could not be read again (`check --annotate` reads the file a second time).
    case read(ReadError)
    /// The destination could not be prepared or put in place.
    case file(FileError)
    /// The sheet would go past Excel's last row: nothing is cut, the workbook is not written.
    case tooManyRows(path: String, limit: Int)
    /// The sheet would go past Excel's last column (XFD).
    case tooManyColumns(path: String, limit: Int)
    /// A cell holds more characters than Excel keeps (row as the report counts it, column name).
    case cellTooLong(path: String, row: Int, column: String, limit: Int)
    /// libxlsxwriter refused a call or the writing of the file (`code`, its English `detail`).
    case library(path: String, code: Int32, detail: String)
}
