import Foundation
import IRVEFiles
import IRVEFindings
import XCTest

@testable import IRVEValidate

/// The findings store: records spilled to an anonymous temporary file come back identical and in
/// order; sampled groups keep a few findings each and exact counts.
final class FindingStoreTests: XCTestCase {
    func testSpilledRecordsComeBackIdenticalAndInOrder() {
        let log = SpillLog(memoryLimit: 256)  // spills after a few records
        var written: [Finding] = []
        for k in 0..<2000 {
            let f = Finding(
                type: FindingCode(rawValue: "t\(k % 7)"), severity: k % 3 == 0 ? .error : .warning,
                rowNumber: k % 5 == 0 ? nil : k,
                fieldName: k % 2 == 0 ? "colonne" : nil, fieldNumber: k % 4 == 0 ? nil : k,
                cell: k % 3 == 0 ? nil : String(repeating: "é", count: k % 50),
                constraint: k % 6 == 0 ? "pattern" : nil,
                message: "message n° \(k)",
                proposedChange: k % 10 == 0 ? ProposedChange(newValue: "v\(k)", rule: "r", confidence: .guess) : nil)
            written.append(f)
            XCTAssertTrue(log.append { FindingCoding.put(f, into: &$0) })
        }
        for _ in 0..<2 {  // a log can be read more than once
            var reader = log.makeReader()
            var read: [Finding] = []
            while let f = FindingCoding.finding(&reader) { read.append(f) }
            XCTAssertEqual(read, written)
        }
        // The temporary file is unlinked at once: nothing named irve-findings-* remains.
        let leftovers =
            (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()))?
            .filter { $0.hasPrefix("irve-findings-") } ?? []
        XCTAssertEqual(leftovers, [])
    }

    func testSampledGroupsKeepAFewFindingsAndExactCounts() {
        let store = FindingStore()
        store.samplesPerGroup = 3
        for k in 0..<100 {
            store.add(Finding(type: "blank-row", severity: .error, rowNumber: k + 2, message: "vide"))
            store.addRuleFindings([
                Finding(
                    type: "phone-format", severity: .warning, rowNumber: k + 2,
                    fieldName: "telephone_operateur", message: "tél")
            ])
        }
        XCTAssertEqual(store.storedCount, 6)
        XCTAssertEqual(store.errorCount, 100)
        XCTAssertEqual(store.warningCount, 100)
        let tallies = store.groups.tallies(fieldNames: [])
        XCTAssertEqual(tallies[FindingGroups.generalKey("blank-row")]?.otherErrors, 100)
        XCTAssertEqual(tallies["telephone_operateur"]?.warnings, 100)
        XCTAssertEqual(tallies["telephone_operateur"]?.kept, 3)
        XCTAssertFalse(store.cutByLimit, "samples are not --max-findings")
    }
}
