import Foundation
import IRVEFindings

/// An .xlsx workbook opened for reading its first worksheet as rows of strings.
///
/// `init` reads the package structure (workbook, relationships, shared strings, styles) and fails early
/// on a damaged file; `forEachRowOfFirstSheet` then streams the sheet, which is never held in memory.
/// The value keeps no open file: each call reopens the archive.
public struct XLSXWorkbook: Sendable {
    public let url: URL
    public let limits: XLSXLimits
    /// All sheet names, in tab order.
    public let sheetNames: [String]
    /// The first worksheet in tab order (chart sheets skipped), whatever part it is stored in.
    public let firstSheetName: String

    let firstSheetPart: String
    let sharedStrings: [String]
    let styles: CellStyles
    let date1904: Bool

    public init(contentsOf url: URL, limits: XLSXLimits = XLSXLimits()) throws(XLSXError) {
        do { try self.init(opening: url, limits: limits) } catch let error as XLSXError { throw error } catch {
            throw .malformedXML(part: "?", problem: .other("\(error)"), at: nil)
        }
    }

    private init(opening url: URL, limits: XLSXLimits) throws {
        let package = try ZipPackage(url: url, limits: limits)
        let workbookPart = try Self.workbookPart(in: package)

        let workbook = WorkbookHandler()
        try package.parse(workbookPart, with: workbook)
        let relationshipsPart = PartPath.relationships(of: workbookPart)
        let relationships = RelationshipsHandler(sourcePart: workbookPart)
        try package.parse(relationshipsPart, with: relationships)
        let byID = Dictionary(relationships.relationships.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // The first <sheet> in workbook order is the first tab; its part may be any sheetN.xml.
        // A workbook irve annotated names its data sheet (the summary comes first).
        func worksheet(_ sheet: WorkbookHandler.Sheet) -> (String, Relationship)? {
            guard let id = sheet.relationshipID, let relationship = byID[id], relationship.hasType("worksheet")
            else { return nil }
            return (sheet.name, relationship)
        }
        let named = workbook.dataSheetIndex.flatMap { i in
            workbook.sheets.indices.contains(i) ? worksheet(workbook.sheets[i]) : nil
        }
        guard let first = named ?? workbook.sheets.lazy.compactMap(worksheet).first else {
            throw XLSXError.noSheet
        }
        guard package.contains(first.1.partPath) else { throw XLSXError.missingPart(first.1.partPath) }

        var sharedStrings: [String] = []
        if let part = Self.part("sharedStrings", default: "xl/sharedStrings.xml", in: relationships, package) {
            let handler = SharedStringsHandler(limits: limits)
            try package.parse(part, with: handler)
            sharedStrings = handler.strings
        }
        var styles = CellStyles()
        if let part = Self.part("styles", default: "xl/styles.xml", in: relationships, package) {
            let handler = StylesHandler()
            try package.parse(part, with: handler)
            styles = handler.cellStyles
        }

        self.url = url
        self.limits = limits
        self.sheetNames = workbook.sheets.map(\.name)
        self.firstSheetName = first.0
        self.firstSheetPart = first.1.partPath
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = workbook.date1904
    }

    /// Calls `body` for each row of the first worksheet that holds at least one non-empty cell, in file order.
    ///
    /// `rowNumber` is the spreadsheet's own (1-based) row number: absent or blank rows are skipped, so
    /// numbers may jump. `cells[i]` is column i (A = 0); missing cells are "", trailing ones trimmed.
    /// Throws `XLSXError`, or the error thrown by `body`, which stops the reading.
    public func forEachRowOfFirstSheet(_ body: (_ rowNumber: Int, _ cells: [String]) throws -> Void) throws {
        let package = try ZipPackage(url: url, limits: limits)
        try withoutActuallyEscaping(body) { body in
            let handler = WorksheetHandler(
                sharedStrings: sharedStrings, styles: styles, date1904: date1904,
                limits: limits, deliver: body)
            try package.parse(firstSheetPart, with: handler)
        }
    }

    /// The workbook part named by the package relationships (normally xl/workbook.xml).
    private static func workbookPart(in package: ZipPackage) throws -> String {
        var part = "xl/workbook.xml"
        let rootRelationships = PartPath.relationships(of: "")
        if package.contains(rootRelationships) {
            let handler = RelationshipsHandler(sourcePart: "")
            try package.parse(rootRelationships, with: handler)
            if let document = handler.relationships.first(where: { $0.hasType("officeDocument") }) {
                part = document.partPath
            }
        }
        if part.lowercased().hasSuffix(".bin") { throw XLSXError.unsupportedFormat(.xlsb) }
        guard package.contains(part) else {
            if package.contains("mimetype") && package.contains("content.xml") {
                throw XLSXError.unsupportedFormat(.ods)
            }
            throw XLSXError.missingPart(part)
        }
        return part
    }

    /// A workbook-level part found through its relationship type, or at its usual path when the
    /// relationship is missing; nil when the workbook has none (no strings, no styles).
    private static func part(
        _ type: String, default path: String, in relationships: RelationshipsHandler,
        _ package: ZipPackage
    ) -> String? {
        if let relationship = relationships.relationships.first(where: { $0.hasType(type) }),
            package.contains(relationship.partPath)
        {
            return relationship.partPath
        }
        return package.contains(path) ? path : nil
    }
}
