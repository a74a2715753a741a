import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEValidate

/// The findings store: records spilled to an anonymous temporary file come back identical and in
/// order; sampled groups keep a few findings each and exact counts.
final class FindingStoreTests: XCTestCase {
    func testSpilledRecordsComeBackIdenticalAndInOrder() {
        let log = SpillLog(memoryLimit: 256)  // spills after a few records
        var written: [Finding] = []
        var writing = RepeatedStrings()
        for k in 0..<2000 {
            // Runs of findings repeat the previous strings (one byte each in the log), others do not.
            let run = k / 3
            let f = Finding(
                type: FindingCode(rawValue: "t\(run % 7)"), severity: k % 3 == 0 ? .error : .warning,
                rowNumber: k % 5 == 0 ? nil : k,
                fieldName: k % 2 == 0 ? "colonne" : nil, fieldNumber: k % 4 == 0 ? nil : k,
                cell: run % 3 == 0 ? nil : String(repeating: "é", count: run % 50),
                constraint: k % 6 == 0 ? "pattern" : nil,
                message: k % 11 == 0 ? "" : "message n° \(run)",
                proposedChange: run % 10 == 0 ? proposal(k, run) : nil)
            written.append(f)
            XCTAssertTrue(log.append { FindingCoding.put(f, into: &$0, last: &writing) })
        }
        for _ in 0..<2 {  // a log can be read more than once
            var reader = log.makeReader()
            var reading = RepeatedStrings()
            var read: [Finding] = []
            while let f = FindingCoding.finding(&reader, last: &reading) { read.append(f) }
            XCTAssertEqual(read, written)
        }
        // The temporary file is unlinked at once: nothing named irve-findings-* remains.
        let leftovers =
            (try? FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()))?
            .filter { $0.hasPrefix("irve-findings-") } ?? []
        XCTAssertEqual(leftovers, [])
    }

    private func proposal(_ k: Int, _ run: Int) -> ProposedChange {
        ProposedChange(
            newValue: "v\(k % 2)", rule: RepairCode(rawValue: "r\(run)"), confidence: k % 2 == 0 ? .guess : .certain)
    }

    func testARepeatedStringCostsOneByteAndACutRecordEndsTheLog() {
        let log = SpillLog()
        var writing = RepeatedStrings()
        let f = Finding(
            type: "duplicate-id-pdc", severity: .error, rowNumber: 2, fieldName: "id_pdc_itinerance",
            cell: "FRXXXE1", message: String(repeating: "L'identifiant est utilisé par 2 lignes. ", count: 5))
        var sizes: [Int] = []
        for row in 2..<5 {
            var g = f
            g.rowNumber = row
            var record: [UInt8] = []
            FindingCoding.put(g, into: &record, last: &writing)
            sizes.append(record.count)
            log.append { $0.append(contentsOf: record) }
        }
        XCTAssertGreaterThan(sizes[0], 200)
        XCTAssertEqual(sizes[1], sizes[2])
        XCTAssertLessThan(sizes[1], 30, "type, field, cell and message repeated: one byte each")
        var reader = log.makeReader()
        var reading = RepeatedStrings()
        var rows: [Int?] = []
        while let g = FindingCoding.finding(&reader, last: &reading) {
            XCTAssertEqual(g.message, f.message)
            rows.append(g.rowNumber)
        }
        XCTAssertEqual(rows, [2, 3, 4])
        // A record that says "as before" with nothing before makes no sense: the reading stops there.
        let broken = SpillLog()
        broken.append { $0.append(2) }
        var brokenReader = broken.makeReader()
        var fresh = RepeatedStrings()
        XCTAssertNil(FindingCoding.finding(&brokenReader, last: &fresh))
    }

    /// A JSON report copies the records of a log straight to JSON: the same bytes as each finding
    /// read back and written by `JSONBytes.finding`, strings that need escapes included.
    func testARecordWrittenAsJSONGivesTheBytesOfItsFinding() {
        let log = SpillLog(memoryLimit: 300)  // spills after a few records
        var writing = RepeatedStrings()
        let texts = ["a \"b\" \\ c", "ligne\nsuivante\t\u{1}", "é€𝄞 ok", "", "8 bytes!12345678\"x"]
        for k in 0..<500 {
            let run = k / 4
            let f = Finding(
                type: FindingCode(rawValue: k % 9 == 0 ? "t\"\(run % 3)" : "t\(run % 3)"),
                severity: k % 3 == 0 ? .error : .info, rowNumber: k % 7 == 0 ? nil : k,
                fieldName: k % 2 == 0 ? texts[run % texts.count] : nil, fieldNumber: k % 5 == 0 ? nil : -k,
                cell: run % 3 == 0 ? nil : texts[(run + 1) % texts.count],
                constraint: k % 6 == 0 ? "pattern" : nil,
                message: "message \(texts[run % texts.count]) \(run)",
                proposedChange: run % 4 == 0 ? proposal(k, run) : nil)
            XCTAssertTrue(log.append { FindingCoding.put(f, into: &$0, last: &writing) })
        }
        var expected = JSONBytes()
        var message = RepeatedString()
        var rows: [Int] = []
        var reader = log.makeReader()
        var reading = RepeatedStrings()
        while let f = FindingCoding.finding(&reader, last: &reading) {
            expected.finding(f, message: &message)
            rows.append(f.rowNumber ?? 0)
        }
        XCTAssertEqual(rows.count, 500)
        var json = JSONBytes()
        var jsonRows: [Int] = []
        var jsonReader = log.makeReader()
        var literals = RepeatedLiterals()
        while let row = FindingCoding.json(&jsonReader, last: &literals, into: &json) { jsonRows.append(row) }
        XCTAssertEqual(jsonRows, rows)
        XCTAssertEqual(
            String(decoding: json.bytes, as: UTF8.self), String(decoding: expected.bytes, as: UTF8.self))
        // "As before" with nothing before: the reading stops there, as `finding` does.
        let broken = SpillLog()
        broken.append { $0.append(2) }
        var brokenReader = broken.makeReader()
        var fresh = RepeatedLiterals()
        var scratch = JSONBytes()
        XCTAssertNil(FindingCoding.json(&brokenReader, last: &fresh, into: &scratch))
        XCTAssertEqual(scratch.bytes, [], "nothing of a record that makes no sense is written")
    }

    /// Cross-row findings worded on two threads (every finding kept) are those worded one by one.
    func testCrossRowFindingsWordedInParallelAreWordedAsOneByOne() {
        let facts: [FindingFacts] = (0..<50).map {
            .station(.nbrePdcMismatch(station: "FRXXXP\($0 / 3)", announced: 2, rows: $0 % 4))
        }
        func stored(samples: Int?) -> [Finding] {
            let store = FindingStore()
            store.samplesPerGroup = samples
            var chunk = facts.enumerated().map { k, facts in
                Finding(
                    type: "nbre-pdc-mismatch", severity: .warning, rowNumber: k + 2, fieldName: "nbre_pdc",
                    facts: facts)
            }
            store.addLate(&chunk)
            XCTAssertTrue(chunk.isEmpty)
            var out: [Finding] = []
            var reader = store.lateLog.makeReader()
            var reading = RepeatedStrings()
            while let f = FindingCoding.finding(&reader, last: &reading) { out.append(f) }
            return out
        }
        let parallel = stored(samples: nil)
        XCTAssertEqual(parallel.count, 50)
        XCTAssertFalse(parallel.contains { $0.message.isEmpty })
        XCTAssertEqual(parallel, stored(samples: 1000))
    }

    func testTheWordingMemoGivesWhatWordingGives() {
        let a = FindingFacts.station(.duplicateId(id: "FRXXXE1", count: 3, rows: RowList([2, 3, 4], citing: 2)))
        let b = FindingFacts.station(.duplicateId(id: "FRXXXE2", count: 2, rows: RowList([5, 6], citing: 2)))
        let c = FindingFacts.station(.nbrePdcMismatch(station: "FRXXXP1", announced: 2, rows: 3))
        for lang in [Language.fr, .en] {
            var memo = WordingMemo()
            let sequence: [(FindingCode, FindingFacts)] = [a, a, b, a, c, a, b, b].map { facts in
                if case .station(.nbrePdcMismatch) = facts { return ("nbre-pdc-mismatch", facts) }
                return ("duplicate-id-pdc", facts)
            }
            for (code, facts) in sequence {
                let f = Finding(type: code, severity: .error, rowNumber: 2, facts: facts)
                let expected = Wording.worded(f, lang)
                XCTAssertFalse(expected.message.isEmpty)
                XCTAssertEqual(memo.worded(f, lang), expected)
            }
        }
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
