/// Why an .xlsx file could not be read. Each case carries what a commune needs to fix its file, as
/// data: the words are in IRVEWording.
public enum XLSXError: Error, Equatable, Sendable {
    /// The file does not exist or cannot be opened (path).
    case unreadableFile(String)
    /// Not a ZIP archive, or a damaged/truncated one.
    case notAZip
    /// An OLE2 compound file: an Excel 97-2003 .xls renamed .xlsx, or a password-protected workbook.
    case legacyOrEncryptedWorkbook
    /// A ZIP spreadsheet in another format (OpenDocument .ods, binary .xlsb).
    case unsupportedFormat(SpreadsheetFormat)
    /// A part the package needs is absent (path inside the archive).
    case missingPart(String)
    /// A part is not well-formed XML (`at`: where in a worksheet, when the scan was in a row).
    case malformedXML(part: String, problem: XMLProblem, at: SheetPlace?)
    /// The workbook lists no worksheet.
    case noSheet
    /// A part inflates beyond the limit (zip bomb guard).
    case partTooLarge(part: String, limit: Int)
    /// A part's compressed data cannot be read (bad deflate stream, CRC mismatch, truncated entry).
    case corruptPart(part: String, cause: CorruptPartCause)
    /// The shared string table exceeds the memory limits (`XLSXLimits`).
    case sharedStringsTooLarge
    /// A cell the reader cannot place or resolve (bad reference, shared string index out of range).
    case invalidCell(reference: String, problem: CellProblem)
    /// A part could not be staged in a temporary file (disk full, no temporary directory).
    case temporaryFileUnavailable(String)
    /// `&name;` that is not one of XML's five: it would come from a DOCTYPE, never expanded.
    case undefinedEntity(part: String, entity: String, at: SheetPlace?)
    /// All the parts read together inflate beyond the limit.
    case workbookTooLarge(limit: Int)
    /// One cell's text is beyond `XLSXLimits.maxCellBytes`.
    case cellTooLarge(CellPlace, limit: Int)
    /// The sheet has a row beyond `XLSXLimits.maxRows`.
    case tooManyRows(limit: Int)
}

/// A spreadsheet format in a ZIP that irve does not read.
public enum SpreadsheetFormat: Sendable, Equatable {
    case xlsb, ods
}

/// Where in a worksheet the reader was: the row, and the cell when inside one.
public struct SheetPlace: Sendable, Equatable {
    public var row: Int
    public var cell: String?

    public init(row: Int, cell: String?) {
        self.row = row
        self.cell = cell
    }
}

/// Why a part's XML is not well formed.
public enum XMLProblem: Sendable, Equatable {
    case emptyDocument
    /// The part ends with `element` still open.
    case truncated(element: String)
    case unclosedTagAtEnd
    case cdataOutsideRoot
    case closingWithoutOpening(element: String)
    case twoRoots
    case unknownDeclaration
    case missingTagName
    case attributeWithoutValue(name: String)
    case unquotedAttributeValue
    case unclosedAttributeValue
    case loneAmpersand
    case invalidCharacterReference(name: String)
    case notUTF8
    case tooDeep(limit: Int)
    /// A tag longer than the scanner's bound (1 MB).
    case tagTooLong
    /// A failure of another library, as Swift prints it.
    case other(String)
}

/// Why a part's compressed data cannot be read.
public enum CorruptPartCause: Sendable, Equatable {
    /// The entry announces more bytes than the archive holds.
    case truncatedArchive
    case checksum
    case truncatedData
    /// A failure of the ZIP library, as Swift prints it.
    case other(String)
}

/// Why a cell cannot be placed or resolved.
public enum CellProblem: Sendable, Equatable {
    /// A column past XFD, Excel's last.
    case beyondLastColumn
    /// A shared string index (as written) not in the table of `count` strings.
    case missingSharedString(index: String, count: Int)
}

/// A cell of the sheet, or an entry of the shared string table (0-based), for a text too large.
public enum CellPlace: Sendable, Equatable {
    case cell(String)
    case sharedString(Int)
}
