import Foundation
import IRVEFindings
import IRVETestSupport
import XCTest

@testable import IRVERepair

/// The pieces that let `irve fix` repair batches on worker threads and still write what one
/// sequential pass would.
final class ParallelRepairTests: XCTestCase {
    static func change(_ k: Int) -> Change {
        Change(
            row: k + 2, column: k % 2 == 0 ? "horaires" : "id_pdc_itinerance", before: "a, \"\(k)\"\n",
            after: String(repeating: "é", count: k % 5), rule: k % 3 == 0 ? "horaires" : "id",
            confidence: k % 4 == 0 ? .likely : .certain, evidence: k % 7 == 0 ? "vu : \(k)" : "")
    }

    func testBatchesAppendAsTheirChangesOneByOne() {
        let one = ChangeList()
        let batched = ChangeList()
        var batch = ChangeList.Batch()
        for k in 0..<500 {
            one.append(Self.change(k))
            batch.append(Self.change(k))
            if k % 97 == 0 {
                batched.append(contentsOf: batch)
                batch = ChangeList.Batch()
            }
        }
        batched.append(contentsOf: batch)
        batched.append(contentsOf: ChangeList.Batch())
        XCTAssertEqual(Array(batched), Array(one))
        XCTAssertEqual(batched.count, 500)
        XCTAssertEqual(batched.countsByRule, one.countsByRule)
    }

    func testRawIteratorGivesTheStoredTexts() {
        let list = ChangeList((0..<50).map(Self.change))
        var raw = list.makeRawIterator()
        var texts: [UInt8] = []
        var ends: [Int] = []
        for c in list {
            XCTAssertEqual(raw.next(texts: &texts, ends: &ends), c.row)
            let parts = zip([0] + ends.dropLast(), ends).map { String(decoding: texts[$0..<$1], as: UTF8.self) }
            XCTAssertEqual(parts, [c.column, c.before, c.after, c.rule.rawValue, c.confidence.rawValue, c.evidence])
        }
        XCTAssertNil(raw.next(texts: &texts, ends: &ends))
    }

    func testEncodeQuotesOnlyWhereNeeded() {
        var out: [UInt8] = []
        for (k, cell) in ["plain", "a,b", "say \"hi\"", "two\nlines", "", "cr\r"].enumerated() {
            CSVWriter.encode(cell, first: k == 0, into: &out)
        }
        XCTAssertEqual(
            String(decoding: out, as: UTF8.self),
            "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",,\"cr\r\"")
    }

    func testSameComparesBytes() {
        let a: [UInt8] = Array("e\u{301}".utf8)
        let b: [UInt8] = Array("\u{E9}".utf8)
        let c = a
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                XCTAssertFalse(RowRepairer.same(pa, pb), "NFD and NFC are two spellings")
            }
            c.withUnsafeBufferPointer { pc in XCTAssertTrue(RowRepairer.same(pa, pc)) }
            XCTAssertFalse(RowRepairer.same(pa, UnsafeBufferPointer(rebasing: pa.dropLast())))
        }
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        XCTAssertTrue(RowRepairer.same(empty, empty))
    }

    /// Many batches, rows of varied lengths and repairs: the output and the log keep file order.
    func testRowsAndChangesKeepFileOrderAcrossBatches() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("irve-parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("in.csv").path
        let output = tmp.appendingPathComponent("out.csv").path
        let count = 3 * Repairer.batchRows + 123
        var text = "id_pdc_itinerance,horaires,observations\n"
        for k in 0..<count {
            let id = k % 3 == 0 ? "fr*a68*e\(100_000 + k)" : "FRA68E\(100_000 + k)"
            text += "\(id),\(k % 2 == 0 ? "24h/24" : "24/7"),\(String(repeating: "x", count: k % 300))\n"
        }
        try text.write(toFile: input, atomically: false, encoding: .utf8)
        let summary = try Repair.run(input: input, output: output, force: false, options: RepairOptions())
        XCTAssertEqual(summary.rows, count)
        let lines = try String(contentsOfFile: output, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let id = try XCTUnwrap(lines.first?.split(separator: ",").firstIndex(of: "id_pdc_itinerance"))
        let rows = lines.dropFirst().dropLast()  // the file ends with a line break
        XCTAssertEqual(rows.count, count)
        for (k, row) in rows.enumerated() {
            let cells = row.split(separator: ",", omittingEmptySubsequences: false)
            XCTAssertEqual(cells.count > id ? cells[id] : "", "FRA68E\(100_000 + k)", "row \(k + 2) in its place")
        }
        let logged = Array(summary.changes).map(\.row)
        XCTAssertEqual(logged, logged.sorted(), "changes in file order")
        XCTAssertEqual(summary.changes.countsByRule["id"], (count + 2) / 3)
        XCTAssertEqual(summary.changes.countsByRule["horaires"], (count + 1) / 2)
    }
}
