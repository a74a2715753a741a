import IRVEFindings

extension English {
    static func xlsxError(_ e: XLSXError) -> String {
        switch e {
        case .unreadableFile(let path):
            "Cannot open the file \(path)"
        case .notAZip:
            "The file is not a valid Excel .xlsx workbook (unreadable ZIP archive)"
        case .legacyOrEncryptedWorkbook:
            "The file is an Excel 97-2003 (.xls) or password-protected workbook: save it without a password "
                + "as .xlsx"
        case .unsupportedFormat(let format):
            "The workbook is in \(spreadsheet(format)) format, not supported: save it as .xlsx"
        case .missingPart(let part):
            "The Excel workbook is incomplete: part \"\(part)\" is missing from the archive"
        case .malformedXML(let part, let problem, let place):
            "The Excel workbook is damaged: invalid XML in \"\(part)\" (\(xml(problem))\(at(place)))"
        case .noSheet:
            "The Excel workbook holds no worksheet"
        case .partTooLarge(let part, let limit):
            "Part \"\(part)\" of the workbook exceeds \(limit >> 20) MB once inflated: refused (possible zip bomb)"
        case .corruptPart(let part, let cause):
            "The Excel workbook is damaged: part \"\(part)\" cannot be inflated (\(corrupt(cause)))"
        case .sharedStringsTooLarge:
            "The workbook's shared string table is too large to be read in memory"
        case .invalidCell(let reference, let problem):
            "Cell \(reference) cannot be read: \(cell(problem))"
        case .temporaryFileUnavailable(let detail):
            "Cannot write the workbook's temporary file (\(detail))"
        case .undefinedEntity(let part, let entity, let place):
            "\"\(part)\"\(at(place)) uses the XML entity \"&\(entity);\" declared by a DOCTYPE: irve never expands "
                + "such entities (security), the row cannot be read. Save the workbook again from Excel or LibreOffice"
        case .workbookTooLarge(let limit):
            "The workbook exceeds \(limit >> 20) MB once inflated: refused (possible zip bomb)"
        case .cellTooLarge(.cell(let reference), let limit):
            "Cell \(reference) exceeds \(limit >> 20) MB, irve's limit"
        case .cellTooLarge(.sharedString(let index), let limit):
            "Shared string #\(index) exceeds \(limit >> 20) MB, irve's limit"
        case .tooManyRows(let limit):
            "The sheet has more than \(limit) rows, Excel's maximum: refused"
        }
    }

    private static func spreadsheet(_ format: SpreadsheetFormat) -> String {
        switch format {
        case .xlsb: "Excel binary (.xlsb)"
        case .ods: "OpenDocument (.ods)"
        }
    }

    private static func at(_ place: SheetPlace?) -> String {
        guard let place else { return "" }
        return ", row \(place.row)" + (place.cell.map { ", cell \($0)" } ?? "")
    }

    private static func xml(_ problem: XMLProblem) -> String {
        switch problem {
        case .emptyDocument: "empty document"
        case .truncated(let element): "truncated document: <\(element)> never closed"
        case .unclosedTagAtEnd: "tag not closed at the end of the document"
        case .cdataOutsideRoot: "CDATA outside the root element"
        case .closingWithoutOpening(let name): "tag </\(name)> without an opening <\(name)>"
        case .twoRoots: "two root elements"
        case .unknownDeclaration: "unknown \"<!\" declaration"
        case .missingTagName: "missing tag name"
        case .attributeWithoutValue(let name): "attribute \"\(name)\" without a value"
        case .unquotedAttributeValue: "attribute value without quotes"
        case .unclosedAttributeValue: "unclosed attribute value"
        case .loneAmpersand: "lone \"&\" (write &amp;)"
        case .invalidCharacterReference(let name): "invalid character reference \"&\(name);\""
        case .notUTF8: "non-UTF-8 byte in a name or a text"
        case .tooDeep(let limit): "more than \(limit) nested elements"
        case .tagTooLong: "tag longer than 1 MB"
        case .other(let text): text
        }
    }

    private static func corrupt(_ cause: CorruptPartCause) -> String {
        switch cause {
        case .truncatedArchive: "truncated archive: the part announces more bytes than the file holds"
        case .checksum: "wrong CRC32 checksum"
        case .truncatedData: "truncated compressed data"
        case .other(let text): text
        }
    }

    private static func cell(_ problem: CellProblem) -> String {
        switch problem {
        case .beyondLastColumn: "column beyond XFD, Excel's last column"
        case .missingSharedString(let index, let count):
            "shared string #\(index) not in the table (\(count) strings)"
        }
    }
}
