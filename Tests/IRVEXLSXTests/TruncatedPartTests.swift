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
        // Streamed, the broken sheet is either cut XML or a truncated deflate stream: an error naming the part.
        XCTAssertThrowsError(try workbook.forEachRowOfFirstSheet { _, _ in }) { error in
            guard let error = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertTrue(error.message(.fr).contains("xl/worksheets/sheet1.xml"), error.message(.fr))
        }
    }
}
