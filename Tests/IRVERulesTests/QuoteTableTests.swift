import IRVERules
import XCTest

/// `QuoteTable`: the texts the station findings quote, per row, in a byte arena.
final class QuoteTableTests: XCTestCase {
    func testRowsAreFoundAndOthersAreNot() {
        var t = QuoteTable()
        for row in stride(from: 2, through: 40_000, by: 2) {
            t.append(row: row, pdc: "FRXYZE\(row)", station: row % 4 == 0 ? "Station é \(row)" : "")
        }
        XCTAssertEqual(t.count, 20_000)
        XCTAssertEqual(t[2]?.pdc, "FRXYZE2")
        XCTAssertEqual(t[2]?.station, "")
        XCTAssertEqual(t[39_996]?.station, "Station é 39996")
        XCTAssertNil(t[3])
        XCTAssertNil(t[1])
        XCTAssertNil(t[40_002])
    }

    /// Texts spread over several 1 MiB pages, and a row given out of order is ignored.
    func testPagesAndOrder() {
        var t = QuoteTable()
        let long = String(repeating: "x", count: 200)
        for row in 1...12_000 { t.append(row: row, pdc: long, station: "\(row)") }
        t.append(row: 5, pdc: "late", station: "late")
        XCTAssertEqual(t.count, 12_000)
        XCTAssertEqual(t[5]?.station, "5")
        XCTAssertEqual(t[11_999]?.pdc, long)
        let literal: QuoteTable = [7: ("b", "B"), 3: ("a", "A")]
        XCTAssertEqual(literal[3]?.station, "A")
        XCTAssertEqual(literal[7]?.pdc, "b")
    }
}
