import IRVEFindings
import IRVETestSupport
import XCTest

@testable import IRVERepair

/// The change list of `irve fix`: spilled to disk past its memory budget, read back identical and
/// in order, with exact counts per rule.
final class ChangeListTests: XCTestCase {
    func testChangesComeBackIdenticalInOrderWithCountsPerRule() {
        let list = ChangeList()
        var written: [Change] = []
        // About 120 bytes a change: 60 000 changes pass the 4 MiB memory budget of the log.
        for k in 0..<60_000 {
            let c = Change(
                row: k + 2, column: k % 2 == 0 ? "horaires" : "coordonneesXY", before: "avant, \"\(k)\"\n",
                after: String(repeating: "é", count: k % 40), rule: k % 3 == 0 ? "horaires" : "coordinates-swapped",
                confidence: k % 5 == 0 ? .guess : .certain, evidence: k % 7 == 0 ? "vu : \(k)" : "")
            written.append(c)
            list.append(c)
        }
        for _ in 0..<2 {  // a list can be read more than once
            XCTAssertEqual(Array(list), written)
        }
        XCTAssertEqual(list.count, 60_000)
        XCTAssertEqual(list.countsByRule, ["horaires": 20_000, "coordinates-swapped": 40_000])
    }
}
