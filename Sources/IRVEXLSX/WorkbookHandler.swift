/// Reads `xl/workbook.xml`: the sheets in tab order and the date system.
final class WorkbookHandler: PartHandler {
    struct Sheet: Sendable {
        let name: String
        let relationshipID: String?
    }

    private(set) var sheets: [Sheet] = []
    /// Mac workbooks may count days from 1904-01-01 instead of 1900-01-01.
    private(set) var date1904 = false

    override func didStartElement(_ name: String, attributes: XMLAttributes) {
        switch name {
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            date1904 = value == "1" || value == "true"
        case "sheet":
            sheets.append(Sheet(name: attributes["name"] ?? "", relationshipID: Self.relationshipID(in: attributes)))
        default:
            break
        }
    }
}
