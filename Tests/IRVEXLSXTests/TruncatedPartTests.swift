import Foundation
import IRVEFindings
import IRVEWording
import IRVEXLSX
import XCTest

/// A workbook whose sheet's deflate stream never ends hung the reader (ZIPFoundation read empty
/// chunks past the end of the file for ever). Found by the `xlsx` fuzz target (issue 10).
final class TruncatedPartTests: XCTestCase {
    /// The second one also announces a 256 MiB central directory in a 3 KB file.
    func testABrokenDeflateStreamIsACorruptPartNotAHang() throws {
        for name in ["truncated-deflate-stream", "lying-directory-size"] {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Fixtures/fuzz-regressions/xlsx/\(name).xlsx")
            let workbook = try XLSXWorkbook(contentsOf: url)
            // Streamed, the broken sheet ends as cut XML or a truncated deflate stream: an error naming the part.
            XCTAssertThrowsError(try workbook.forEachRowOfFirstSheet { _, _ in }, name) { error in
                guard let error = error as? XLSXError else { return XCTFail("\(name): \(error)") }
                XCTAssertTrue(error.message(.fr).contains("xl/worksheets/sheet1.xml"), "\(name): \(error.message(.fr))")
            }
        }
    }
}
