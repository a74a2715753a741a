/// Why a file could not be read at all (exit code 2). Data only: the words are in IRVEWording.
public enum ReadError: Error, Equatable, Sendable {
    case notFound(path: String)
    /// A failure with no words of irve's own (`reason` is the underlying error as Swift prints it).
    case unreadable(path: String, reason: String)
    case isDirectory(path: String)
    case wrongFormat(path: String, kind: DisguisedFormat)
    /// Opening or reading failed in the system (permission, I/O error, a stream too large…).
    case file(FileError)
    /// A workbook that cannot be read, with the reader's own reason.
    case workbook(path: String, error: XLSXError)
    /// A record past one of the `Limits` (row = record number, 1 = header).
    case tooLarge(path: String, row: Int, overflow: RowOverflow)

    public init(_ error: FileError) {
        switch error {
        case .notFound(let path): self = .notFound(path: path)
        case .inputIsDirectory(let path): self = .isDirectory(path: path)
        default: self = .file(error)
        }
    }
}

/// A file that is not a table although it may be named `.csv`.
public enum DisguisedFormat: String, Sendable, Equatable {
    case zip, pdf, html, xls, ods, json, binary
}

/// Which bound a record went past, and in which (1-based) column.
public enum RowOverflow: Equatable, Sendable {
    case cell(column: Int)
    case row
    case columns
}
