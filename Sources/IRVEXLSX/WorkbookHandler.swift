/// Reads `xl/workbook.xml`: the sheets in tab order and the date system.
final class WorkbookHandler: PartHandler {
    struct Sheet: Sendable {
        let name: String
        let relationshipID: String?
    }

    private(set) var sheets: [Sheet] = []
    /// Mac workbooks may count days from 1904-01-01 instead of 1900-01-01.
    private(set) var date1904 = false
    /// The sheet (index in tab order) that holds the local name `IRVE_DATA`: the data sheet of a
    /// workbook irve wrote with a summary first (`check --annotate`). Excel and LibreOffice keep it.
    private(set) var dataSheetIndex: Int?

    override func didStartElement(_ name: String, attributes: XMLAttributes) {
        switch name {
        case "workbookPr":
            let value = attributes["date1904"]?.lowercased()
            date1904 = value == "1" || value == "true"
        case "sheet":
            sheets.append(Sheet(name: attributes["name"] ?? "", relationshipID: Self.relationshipID(in: attributes)))
        case "definedName" where attributes["name"] == "IRVE_DATA":
            dataSheetIndex = attributes["localSheetId"].flatMap { Int($0) }
        default:
            break
        }
    }
}
