import Foundation
import IRVEFindings

/// Streams the rows of a worksheet part (`<sheetData><row><c>`) to a callback, one row at a time.
///
/// Cells are placed by their `r` reference ("C5" goes to index 2 even when A5 and B5 are absent), and
/// rows carry their `r` number, so gaps in the sheet stay visible to the caller.
final class WorksheetHandler: PartHandler {
    typealias RowCallback = (_ rowNumber: Int, _ cells: [String]) throws -> Void

    private let sharedStrings: [String]
    private let styles: CellStyles
    private let date1904: Bool
    private let limits: XLSXLimits
    private let deliver: RowCallback

    private var inSheetData = false
    private var inRow = false
    private var rowNumber = 0
    private var cells: [String] = []
    private var lastColumn = -1

    private enum Capture { case none, value, inlineText }
    private var inCell = false
    private var cellReference: String?
    private var cellColumn = 0
    private var cellType = ""
    private var cellStyle = 0
    private var value = ""
    private var inlineText = ""
    private var hasInlineString = false
    private var inInlineString = false
    private var phoneticDepth = 0
    private var capture = Capture.none

    init(
        sharedStrings: [String], styles: CellStyles, date1904: Bool, limits: XLSXLimits = XLSXLimits(),
        deliver: @escaping RowCallback
    ) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
        self.limits = limits
        self.deliver = deliver
    }

    override var place: SheetPlace? {
        inRow ? SheetPlace(row: rowNumber, cell: cellReference) : nil
    }

    override func didStartElement(_ name: String, attributes: XMLAttributes) {
        if name == "sheetData" { inSheetData = true }
        guard inSheetData else { return }
        switch name {
        case "row":
            // Without `r` a row follows the previous one.
            rowNumber = attributes["r"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil } ?? rowNumber + 1
            guard rowNumber <= limits.maxRows else {
                fail(XLSXError.tooManyRows(limit: limits.maxRows))
                return
            }
            inRow = true
            cells = []
            lastColumn = -1
        case "c" where inRow:
            startCell(attributes)
        case "v" where inCell:
            capture = .value
        case "is" where inCell:
            inInlineString = true
            hasInlineString = true
        case "t" where inInlineString && phoneticDepth == 0:
            capture = .inlineText
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    override func didEndElement(_ name: String) {
        guard inSheetData else { return }
        switch name {
        case "v", "t":
            capture = .none
        case "is":
            inInlineString = false
        case "rPh":
            phoneticDepth = max(0, phoneticDepth - 1)
        case "c" where inCell:
            inCell = false
            capture = .none
            endCell()
        case "row" where inRow:
            inRow = false
            endRow()
        case "sheetData":
            inSheetData = false
        default:
            break
        }
    }

    override func didFindText(_ text: String) {
        switch capture {
        case .none: return
        case .value: value += text
        case .inlineText: inlineText += text
        }
        if value.utf8.count + inlineText.utf8.count > limits.maxCellBytes {
            let reference = cellReference ?? CellReference.name(column: cellColumn, row: rowNumber)
            fail(XLSXError.cellTooLarge(.cell(reference), limit: limits.maxCellBytes))
        }
    }

    private func startCell(_ attributes: XMLAttributes) {
        cellReference = attributes["r"]
        // Without `r` a cell follows the previous one.
        cellColumn = cellReference.flatMap(CellReference.column(of:)) ?? lastColumn + 1
        cellType = attributes["t"] ?? "n"
        cellStyle = attributes["s"].flatMap { Int($0) } ?? 0
        value = ""
        inlineText = ""
        hasInlineString = false
        inCell = true
    }

    private func endCell() {
        guard cellColumn < CellReference.maxColumns else {
            fail(
                XLSXError.invalidCell(
                    reference: cellReference ?? "?",
                    problem: .beyondLastColumn))
            return
        }
        lastColumn = cellColumn
        guard let text = cellText(), !text.isEmpty else { return }
        if cellColumn >= cells.count {
            cells.append(contentsOf: repeatElement("", count: cellColumn - cells.count))
            cells.append(text)
        } else {
            cells[cellColumn] = text
        }
    }

    private func endRow() {
        // Cells are only stored when non-empty, so trailing empty cells are already trimmed;
        // a row of styled but empty cells is as blank as an absent one and is skipped likewise.
        guard !cells.isEmpty else { return }
        do {
            try deliver(rowNumber, cells)
        } catch {
            fail(error)
        }
    }

    /// The text of the cell being closed; nil after a failure.
    private func cellText() -> String? {
        switch cellType {
        case "s":
            let trimmed = Self.trimmed(value)
            if trimmed.isEmpty { return "" }
            guard let index = Int(trimmed), sharedStrings.indices.contains(index) else {
                fail(
                    XLSXError.invalidCell(
                        reference: cellReference ?? CellReference.name(column: cellColumn, row: rowNumber),
                        problem: .missingSharedString(index: trimmed, count: sharedStrings.count)))
                return nil
            }
            return sharedStrings[index]
        case "inlineStr":
            return XString.decode(hasInlineString ? inlineText : value)
        case "str":
            return XString.decode(value)  // a formula's cached text
        case "b":
            switch Self.trimmed(value).lowercased() {
            case "1", "true": return "true"
            case "0", "false": return "false"
            default: return value
            }
        case "e":
            return value  // #N/A, #DIV/0!, #REF!…
        case "d":
            // ISO 8601 date cell (rare: written by some tools, not by Excel): keep it, dropping a
            // midnight time when the style shows a date only.
            if styles.temporalFormat(forStyle: cellStyle) == .date, let t = value.firstIndex(of: "T") {
                return String(value[..<t])
            }
            return value
        default:
            return numberText()
        }
    }

    private func numberText() -> String {
        let trimmed = Self.trimmed(value)
        guard !trimmed.isEmpty else { return "" }
        guard let number = Double(trimmed), number.isFinite else { return value }
        if let format = styles.temporalFormat(forStyle: cellStyle),
            let iso = ExcelDate.iso(serial: number, format: format, date1904: date1904)
        {
            return iso
        }
        return ExcelNumber.render(number)
    }

    /// `<v>` without surrounding XML whitespace; Foundation's trimmingCharacters was a tenth of the run time.
    private static func trimmed(_ text: String) -> String {
        let bytes = text.utf8
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        guard let last = bytes.lastIndex(where: { !isSpace($0) }) else { return "" }
        if first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) { return text }
        return String(text[first...last])
    }
}
