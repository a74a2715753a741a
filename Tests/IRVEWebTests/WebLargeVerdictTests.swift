import Foundation
import Hummingbird
import HummingbirdTesting
import IRVETestSupport
import XCTest

@testable import IRVEWeb

/// A file with thousands of findings keeps a light verdict page: at most `groupsPerPage` groups,
/// `cellsPerGroup` cells each with the count of the others, every group's exact total, pages.
final class WebLargeVerdictTests: XCTestCase {
    /// The sample's 20 rows written 150 times (3 000 rows): the same 14 problems, each on 150 times
    /// more cells, and the duplicated ids on top.
    static func bigFile() throws -> [UInt8] {
        let text = try String(contentsOfFile: TestPaths.faultySample, encoding: .utf8)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        let header = lines.removeFirst()
        return Array(([header] + Array(repeating: lines, count: 150).joined()).joined(separator: "\n").utf8)
    }

    func testThousandsOfFindingsKeepALightPagedVerdict() async throws {
        let bytes = try Self.bigFile()
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            let (status, page) = try await client.uploadAndRead(v, filename: "grosse-commune.csv", bytes)
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(page.contains("<span id=\"rows\">3000</span>"))
            let groups = page.components(separatedBy: "<details class=\"group\"").count - 1
            XCTAssertGreaterThan(groups, 0)
            XCTAssertLessThanOrEqual(groups, VerdictPage.groupsPerPage)
            // The booleans' group alone has 24 × 150 cells: 50 shown, the others counted.
            let cellRows = page.components(separatedBy: "<tr><td>").count - 1
            XCTAssertLessThanOrEqual(cellRows, groups * VerdictPage.cellsPerGroup)
            // Numbers are written with a (narrow) no-break space between thousands.
            let plain = page.replacingOccurrences(of: "\u{202F}", with: "").replacingOccurrences(of: "\u{A0}", with: "")
            XCTAssertTrue(plain.contains("Voir les 3600 cellules"), "the exact total is said")
            XCTAssertTrue(plain.contains("3550"), "the cells not shown are counted")
            XCTAssertLessThan(page.utf8.count, 600_000, "a light page whatever the number of findings")
            // Errors only, then page 2 of the filtered groups (or page 1 again when they fit on one).
            try await client.execute(uri: "/verdict?severity=error&page=2", method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .ok)
                let filtered = String(buffer: r.body)
                XCTAssertFalse(filtered.contains("data-severity=\"warning\""))
                XCTAssertGreaterThan(filtered.components(separatedBy: "<details class=\"group\"").count - 1, 0)
            }
        }
    }
}
