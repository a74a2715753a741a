import Foundation
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEXLSX

/// Workbooks built to hurt (generated in a temporary folder): entities, stray bytes, bombs,
/// huge cells and rows. Each must give a precise `XLSXError`, never a crash, a hang or a leftover.
final class HostileWorkbookTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("irve-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func read(_ book: HostileWorkbook, limits: XLSXLimits = XLSXLimits()) throws -> [(Int, [String])] {
        let url = folder.appendingPathComponent("book-\(UUID().uuidString).xlsx")
        try book.write(to: url)
        var rows: [(Int, [String])] = []
        try XLSXWorkbook(contentsOf: url, limits: limits).forEachRowOfFirstSheet { rows.append(($0, $1)) }
        return rows
    }

    private func error(
        _ book: HostileWorkbook, limits: XLSXLimits = XLSXLimits(),
        file: StaticString = #filePath, line: UInt = #line
    ) -> XLSXError? {
        do {
            _ = try read(book, limits: limits)
            XCTFail("expected an error", file: file, line: line)
        } catch let e as XLSXError {
            return e
        } catch {
            XCTFail("not an XLSXError: \(error)", file: file, line: line)
        }
        return nil
    }

    private static let row1 = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row>"

    func testEntityFromADoctypeIsReportedWithItsRowNotDropped() throws {
        let doctype = "<!DOCTYPE worksheet [<!ENTITY nom \"Borne\">]>"
        let book = HostileWorkbook(
            rows: Self.row1 + "<row r=\"2\"><c r=\"A2\" "
                + "t=\"inlineStr\"><is><t>&nom;</t></is></c></row>",
            prologue: doctype)
        let e = error(book)
        XCTAssertEqual(
            e, .undefinedEntity(part: "xl/worksheets/sheet1.xml", entity: "nom", at: SheetPlace(row: 2, cell: "A2")))
        XCTAssertTrue(e?.message(.fr).contains("ligne 2, cellule A2") ?? false, e?.message(.fr) ?? "")
        XCTAssertTrue(e?.message(.en).contains("row 2, cell A2") ?? false, e?.message(.en) ?? "")
    }

    func testBillionLaughsAndExternalEntitiesAreNeverExpanded() throws {
        var laughs = "<!DOCTYPE worksheet [<!ENTITY l0 \"ha\">"
        for k in 1...9 { laughs += "<!ENTITY l\(k) \"" + String(repeating: "&l\(k - 1);", count: 10) + "\">" }
        laughs += "<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        for entity in ["l9", "xxe"] {
            let book = HostileWorkbook(
                rows: "<row r=\"1\"><c r=\"A1\" "
                    + "t=\"inlineStr\"><is><t>&\(entity);</t></is></c></row>",
                prologue: laughs)
            guard case .undefinedEntity(_, let name, _)? = error(book) else { return XCTFail(entity) }
            XCTAssertEqual(name, entity)
        }
        // The five XML entities and character references are text, as always.
        let plain = HostileWorkbook(
            rows: "<row r=\"1\"><c r=\"A1\" "
                + "t=\"inlineStr\"><is><t>a&lt;b&amp;&#233;&#x20AC;</t></is></c></row>")
        XCTAssertEqual(try read(plain).first?.1, ["a<b&é€"])
    }

    func testNonUTF8BytesInNamesAreAnErrorNotACrash() throws {
        for bad in ["<row r=\"1\"><c\u{1}", "<row r=\"1\" \u{1}=\"x\">"] {
            var raw = Array((HostileWorkbook.declaration + HostileWorkbook.open).utf8)
            let parts = bad.split(separator: "\u{1}", omittingEmptySubsequences: false)
            raw += Array(parts[0].utf8) + [0xFF, 0xFE] + Array(parts[1].utf8)
            raw += Array("<c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>".utf8)
            guard case .malformedXML(let part, let problem, _)? = error(HostileWorkbook(rawSheet: raw)) else {
                return XCTFail(bad)
            }
            XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
            XCTAssertEqual(problem, .notUTF8)
        }
    }

    func testHugeCellIsRefusedAtTheLimitWithoutReadingItWhole() throws {
        var book = HostileWorkbook(rows: Self.row1 + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>")
        book.unit = Array("abcdefgh".utf8)
        book.count = 1 << 20  // 8 MiB of text in one cell
        book.tail = Array("</t></is></c></row></sheetData></worksheet>".utf8)
        let limits = XLSXLimits(maxCellBytes: 1 << 20)
        XCTAssertEqual(error(book, limits: limits), .cellTooLarge(.cell("B2"), limit: 1 << 20))
        // Under the limit the same cell is read.
        XCTAssertEqual(try read(book).last?.1.last?.utf8.count, 8 << 20)
    }

    func testRowsBeyondTheLimitAreRefused() throws {
        var book = HostileWorkbook(rows: Self.row1)
        book.unit = Array("<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".utf8)
        book.count = 5000
        XCTAssertEqual(error(book, limits: XLSXLimits(maxRows: 1000)), .tooManyRows(limit: 1000))
        XCTAssertEqual(try read(book).count, 5001)
        // A row numbered past Excel's last row is refused at once.
        let far = HostileWorkbook(rows: Self.row1 + "<row r=\"2000000\"><c r=\"A2000000\"><v>1</v></c></row>")
        XCTAssertEqual(error(far), .tooManyRows(limit: 1_048_576))
    }

    func testSheetBombIsRefusedWhileInflating() throws {
        var book = HostileWorkbook(rows: Self.row1)
        book.unit = Array("<row><c><v>1</v></c></row>".utf8)
        book.count = 100_000  // 2.6 MB of rows
        XCTAssertEqual(
            error(book, limits: XLSXLimits(maxPartBytes: 1 << 20)),
            .partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1 << 20))
        XCTAssertEqual(error(book, limits: XLSXLimits(maxWorkbookBytes: 1 << 20)), .workbookTooLarge(limit: 1 << 20))
    }

    func testLastExcelCellIsReadAndOneBeyondIsRefused() throws {
        let last = HostileWorkbook(
            rows: "<dimension ref=\"A1:XFD1048576\"/>" + Self.row1
                + "<row r=\"1048576\"><c r=\"XFD1048576\"><v>7</v></c></row>")
        let rows = try read(last)
        XCTAssertEqual(rows.last?.0, 1_048_576)
        XCTAssertEqual(rows.last?.1.count, 16_384)
        XCTAssertEqual(rows.last?.1.last, "7")
        let beyond = HostileWorkbook(rows: "<row r=\"1\"><c r=\"XFE1\"><v>7</v></c></row>")
        guard case .invalidCell(let reference, _)? = error(beyond) else { return XCTFail() }
        XCTAssertEqual(reference, "XFE1")
    }

    func testSharedStringIndexOutOfRangeNamesTheCell() throws {
        var book = HostileWorkbook(rows: "<row r=\"1\"><c r=\"C1\" t=\"s\"><v>5</v></c></row>")
        book.sharedStrings =
            "<?xml version=\"1.0\"?><sst "
            + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<si><t>seul</t></si></sst>"
        guard case .invalidCell(let reference, let problem)? = error(book) else { return XCTFail() }
        XCTAssertEqual(reference, "C1")
        XCTAssertEqual(problem, .missingSharedString(index: "5", count: 1))
    }

    func testTruncatedSheetXMLIsMalformed() throws {
        let cut = HostileWorkbook(
            rawSheet: Array((HostileWorkbook.declaration + HostileWorkbook.open + Self.row1 + "<row r=\"2\"><c").utf8))
        guard case .malformedXML? = error(cut) else { return XCTFail() }
        let unclosed = HostileWorkbook(
            rawSheet: Array((HostileWorkbook.declaration + HostileWorkbook.open + Self.row1).utf8))
        guard case .malformedXML(_, let problem, _)? = error(unclosed) else { return XCTFail() }
        XCTAssertEqual(problem, .truncated(element: "sheetData"))
    }

    /// Reading streams the part from the zip: nothing is written to the temporary folder.
    func testReadingLeavesNothingInTheTemporaryFolder() throws {
        var book = HostileWorkbook(rows: Self.row1)
        book.unit = Array("<row><c><v>1</v></c></row>".utf8)
        book.count = 50_000
        let url = folder.appendingPathComponent("sans-trace.xlsx")
        try book.write(to: url)
        let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter {
            $0.hasPrefix("irve-xlsx-")
        }
        var count = 0
        try XLSXWorkbook(contentsOf: url).forEachRowOfFirstSheet { _, _ in
            count += 1
            if count == 10 {
                let during = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory())
                    .filter { $0.hasPrefix("irve-xlsx-") }
                XCTAssertEqual(during, before, "a part was staged in the temporary folder")
            }
        }
        XCTAssertEqual(count, 50_001)
    }
}
