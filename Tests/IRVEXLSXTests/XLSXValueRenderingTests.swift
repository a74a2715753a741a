import XCTest

@testable import IRVEXLSX

/// The pure conversions behind cell values: numbers, date serials, format codes, references, escapes.
final class XLSXValueRenderingTests: XCTestCase {
    func testNumbersComeBackAsTyped() {
        let cases: [(Double, String)] = [
            (22, "22"), (3.7, "3.7"), (3.7000000000000002, "3.7"), (0.1 + 0.2, "0.3"), (-1.5, "-1.5"),
            (-0.0, "0"), (12_345_678_912_345, "12345678912345"), (1_234_567_890_123_456, "1234567890123456"),
            (1e20, "100000000000000000000"), (1e-7, "0.0000001"), (1.5e-7, "0.00000015"), (45.4397, "45.4397"),
            (2.9999999999999996, "3"), (1e300, "1e+300"),
        ]
        for (value, expected) in cases {
            XCTAssertEqual(ExcelNumber.render(value), expected, "\(value)")
        }
    }

    func test1900SystemKeepsLotusLeapYearBug() {
        XCTAssertEqual(ExcelDate.date(days: 1, date1904: false), "1900-01-01")
        XCTAssertEqual(ExcelDate.date(days: 59, date1904: false), "1900-02-28")
        XCTAssertEqual(ExcelDate.date(days: 60, date1904: false), "1900-02-29")
        XCTAssertEqual(ExcelDate.date(days: 61, date1904: false), "1900-03-01")
        XCTAssertEqual(ExcelDate.date(days: 44_941, date1904: false), "2023-01-15")
        XCTAssertEqual(ExcelDate.date(days: 2_958_465, date1904: false), "9999-12-31")
        XCTAssertEqual(ExcelDate.date(days: 0, date1904: true), "1904-01-01")
        XCTAssertEqual(ExcelDate.date(days: 43_479, date1904: true), "2023-01-15")
    }

    func testSerialsRenderWhatTheFormatShows() {
        XCTAssertEqual(
            ExcelDate.iso(serial: 45_351.604_166_666_66, format: .dateTime, date1904: false),
            "2024-02-29T14:30:00")
        XCTAssertEqual(
            ExcelDate.iso(serial: 45_351.999_999_9, format: .dateTime, date1904: false),
            "2024-03-01T00:00:00")  // rounds to the second, carrying into the next day
        XCTAssertEqual(ExcelDate.iso(serial: 45_351.75, format: .date, date1904: false), "2024-02-29")
        XCTAssertEqual(ExcelDate.iso(serial: 0.5, format: .time, date1904: false), "12:00:00")
        XCTAssertNil(ExcelDate.iso(serial: -1, format: .date, date1904: false))
        XCTAssertNil(ExcelDate.iso(serial: 3e6, format: .date, date1904: false))
    }

    func testFormatCodes() {
        let cases: [(String, TemporalFormat?)] = [
            ("General", nil), ("0.00", nil), ("#,##0 \"km\"", nil), ("0.0 \"h\"", nil), ("\\d0", nil),
            ("[Red]0.00;[Blue]-0.00", nil), ("0.00E+00", nil), ("@", nil),
            ("dd/mm/yyyy", .date), ("[$-40C]d mmmm yyyy", .date), ("mmm-yy", .date), ("yyyy-mm-dd;@", .date),
            ("hh:mm", .time), ("h:mm AM/PM", .time), ("mm:ss", .time), ("[h]:mm:ss", .duration),
            ("dd/mm/yyyy hh:mm", .dateTime), ("yyyy-mm-dd\"T\"hh:mm:ss", .dateTime),
        ]
        for (code, expected) in cases {
            XCTAssertEqual(TemporalFormat(formatCode: code), expected, code)
        }
        XCTAssertEqual(TemporalFormat(builtInFormatID: 14), .date)
        XCTAssertEqual(TemporalFormat(builtInFormatID: 22), .dateTime)
        XCTAssertNil(TemporalFormat(builtInFormatID: 2))
    }

    func testCellReferences() {
        XCTAssertEqual(CellReference.column(of: "A1"), 0)
        XCTAssertEqual(CellReference.column(of: "$C$5"), 2)
        XCTAssertEqual(CellReference.column(of: "AA10"), 26)
        XCTAssertEqual(CellReference.column(of: "XFD1"), 16_383)
        XCTAssertNil(CellReference.column(of: "12"))
        XCTAssertEqual(CellReference.column(of: String(repeating: "Z", count: 40) + "1"), Int(Int32.max) - 1)
        XCTAssertEqual(CellReference.name(column: 27, row: 3), "AB3")
    }

    func testPartPaths() {
        XCTAssertEqual(PartPath.resolve("worksheets/sheet2.xml", from: "xl/workbook.xml"), "xl/worksheets/sheet2.xml")
        XCTAssertEqual(PartPath.resolve("/xl/styles.xml", from: "xl/workbook.xml"), "xl/styles.xml")
        XCTAssertEqual(PartPath.resolve("../xl/x%20y.xml", from: "xl/workbook.xml"), "xl/x y.xml")
        XCTAssertEqual(PartPath.resolve("xl/workbook.xml", from: ""), "xl/workbook.xml")
        XCTAssertEqual(PartPath.relationships(of: "xl/workbook.xml"), "xl/_rels/workbook.xml.rels")
        XCTAssertEqual(PartPath.relationships(of: ""), "_rels/.rels")
    }

    func testXStringEscapes() {
        XCTAssertEqual(XString.decode("a_x000D_b"), "a\rb")
        XCTAssertEqual(XString.decode("_x005F_x000D_"), "_x000D_")
        XCTAssertEqual(XString.decode("_xD83D__xDE00_"), "😀")
        XCTAssertEqual(XString.decode("_x12_ _xZZZZ_"), "_x12_ _xZZZZ_")
    }
}
