import Foundation
import IRVEXLSX
import XCTest

/// A workbook whose sheet's deflate stream never ends hung the reader (ZIPFoundation read empty
/// chunks past the end of the file for ever). Found by the `xlsx` fuzz target (issue 10).
final class TruncatedPartTests: XCTestCase {
    func testABrokenDeflateStreamIsACorruptPartNotAHang() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/fuzz-regressions/xlsx/truncated-deflate-stream.xlsx")
        let workbook = try XLSXWorkbook(contentsOf: url)
        XCTAssertThrowsError(try workbook.forEachRowOfFirstSheet { _, _ in }) { error in
            guard case let .corruptPart(part, detail)? = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
            XCTAssertTrue(detail.contains("tronquées"), detail)
        }
    }
}
