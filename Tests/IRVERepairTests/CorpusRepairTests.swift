import Foundation
import IRVERead
import IRVERepair
import IRVERules
import IRVESchemaCatalog
import IRVETestSupport
import IRVEValidate
import XCTest

/// `irve fix` then `irve check` on every real producer file: idempotent, every change logged,
/// no value lost, fewer errors.
final class CorpusRepairTests: XCTestCase {

    /// Reads a table's records as strings (test helper).
    final class Collect: RowConsumer {
        var rows: [[String]] = []
        func begin(_ info: TableInfo) { rows = [] }
        func row(_ row: RowView) throws { rows.append(row.strings) }
        func ended(_ info: TableInfo) {}
    }

    static func records(_ path: String) throws -> [[String]] {
        let c = Collect()
        try TableReader(path: path).read(into: c)
        return c.rows
    }

    /// Schema errors against statique 2.3.1, counting a missing required column as one missing
    /// value per row (what it is once the column exists), so files before and after compare.
    static func errors(_ path: String) throws -> Int {
        var options = ValidationOptions(schema: "statique")
        options.businessRules = false
        let r = try Validation.check(path: path, options: options)
        let missingRequired = Array(r.allFindings(.en)).filter { $0.type == "missing-label" }.count
        return r.errorCount - missingRequired + missingRequired * r.rows
    }

    func testFixThenCheckOnEveryRealFile() throws {
        let dir = try TestPaths.shared("corpus/real")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        let tmp = try TestPaths.temporaryFolder("irve-fix")
        defer { try? FileManager.default.removeItem(at: tmp) }
        var report: [String] = []
        for name in names.sorted() where name.hasSuffix(".csv") {
            let input = dir.appendingPathComponent(name).path
            let once = tmp.appendingPathComponent("1-" + name).path
            let twice = tmp.appendingPathComponent("2-" + name).path
            var options = RepairOptions()
            options.keepExtra = true
            let inputBytes = try Data(contentsOf: URL(fileURLWithPath: input))
            let first = try Repair.run(input: input, output: once, force: false, options: options)
            XCTAssertEqual(
                try Data(contentsOf: URL(fileURLWithPath: input)), inputBytes, "\(name): the input must never change")
            // Idempotence: fixing the fixed file changes nothing.
            let second = try Repair.run(input: once, output: twice, force: false, options: options)
            XCTAssertEqual(
                second.changes.map { "\($0.row) \($0.column) \($0.rule): \($0.before) → \($0.after)" }, [],
                "\(name): not idempotent")
            XCTAssertEqual(
                try Data(contentsOf: URL(fileURLWithPath: once)), try Data(contentsOf: URL(fileURLWithPath: twice)),
                name)
            // Every cell that differs is explained by the log, and no value disappears.
            try assertEveryDifferenceLogged(input: input, output: once, summary: first, file: name)
            // Without --keep-extra: every value is in the output, or its column is reported dropped.
            let lean = tmp.appendingPathComponent("3-" + name).path
            let dropping = try Repair.run(input: input, output: lean, force: false, options: RepairOptions())
            try assertNoValueLostSilently(input: input, output: lean, summary: dropping, file: name)
            let before = try Self.errors(input)
            let after = try Self.errors(once)
            report.append("\(name): \(before) → \(after)")
            if before > 0 { XCTAssertLessThan(after, before, "\(name): the fix must reduce the errors") }
        }
        print("[fix] errors before → after (schema statique 2.3.1):\n  " + report.joined(separator: "\n  "))
    }

    private func assertEveryDifferenceLogged(input: String, output: String, summary: RepairSummary, file: String)
        throws
    {
        let changes = Array(summary.changes)
        let inRows = try Self.records(input)
        let outRows = try Self.records(output)
        guard inRows.first != nil, let outHeader = outRows.first else { return }
        // The plan fix used: header names, portal labels and content placements.
        let sourceOfField = summary.columns.sourceOfField
        let keptColumns = summary.columns.keptColumns
        let inHeader = inRows[0]
        var logged: [String: [Change]] = [:]
        for c in changes { logged["\(c.row)|\(c.column)", default: []].append(c) }
        let dropped = Set(changes.filter { $0.rule == "blank-row-removed" }.map(\.row))
        var outIndex = 1
        for (k, row) in inRows.enumerated().dropFirst() {
            let rowNumber = k + 1
            if dropped.contains(rowNumber) { continue }
            guard outIndex < outRows.count else {
                XCTFail("\(file): output has fewer rows")
                return
            }
            let out = outRows[outIndex]
            outIndex += 1
            for (f, source) in sourceOfField.enumerated() {
                let before = source.flatMap { $0 < row.count ? row[$0] : nil } ?? ""
                let after = f < out.count ? out[f] : ""
                guard before != after else { continue }
                let chain = logged["\(rowNumber)|\(outHeader[f])"] ?? []
                XCTAssertFalse(
                    chain.isEmpty,
                    "\(file) row \(rowNumber) \(outHeader[f]): « \(before) » → « \(after) » without a log line")
                XCTAssertEqual(chain.last?.after, after, "\(file) row \(rowNumber) \(outHeader[f])")
                // Only a placeholder (`N/A`, `XX`…) may become empty: it stood for "unknown".
                if after.isEmpty, chain.last?.rule != PlaceholderText.repairCode {
                    XCTFail("\(file) row \(rowNumber) \(outHeader[f]): value « \(before) » lost")
                }
            }
            // Extra columns are kept (keepExtra) as they were.
            for (j, i) in keptColumns.enumerated() {
                let before = i < row.count ? row[i] : ""
                let at = sourceOfField.count + j
                XCTAssertEqual(
                    at < out.count ? out[at] : "", before,
                    "\(file) row \(rowNumber): extra column « \(inHeader[i]) » changed")
            }
        }
    }

    /// The corpus invariant: every non-empty input value ends up in the output (in its field, or
    /// in a kept column) unless its column was dropped, and every dropped column is reported with
    /// its exact count of non-empty cells.
    private func assertNoValueLostSilently(input: String, output: String, summary: RepairSummary, file: String)
        throws
    {
        let inRows = try Self.records(input)
        let outRows = try Self.records(output)
        guard let inHeader = inRows.first, outRows.first != nil else { return }
        let c = summary.columns
        let blankRows = Set(summary.changes.filter { $0.rule == "blank-row-removed" }.map(\.row))
        let placeholders = Set(
            summary.changes.filter { $0.rule == PlaceholderText.repairCode }.map { "\($0.row)|\($0.column)" })
        func filled(_ s: String) -> Bool { !s.allSatisfy { $0 == " " || $0 == "\t" } }
        let fieldNames = outRows[0]
        for i in inHeader.indices {
            let label = inHeader[i]
            var nonEmpty = 0
            var outIndex = 0
            for (k, row) in inRows.enumerated().dropFirst() where !blankRows.contains(k + 1) {
                outIndex += 1
                guard i < row.count, filled(row[i]) else { continue }
                nonEmpty += 1
                let out = outIndex < outRows.count ? outRows[outIndex] : []
                if let f = c.sourceOfField.firstIndex(of: i) {
                    let kept = f < out.count && filled(out[f])
                    XCTAssertTrue(
                        kept || placeholders.contains("\(k + 1)|\(fieldNames[f])"),
                        "\(file) row \(k + 1): value « \(row[i]) » of « \(label) » lost")
                } else if let j = c.keptColumns.firstIndex(of: i) {
                    let at = c.sourceOfField.count + j
                    XCTAssertEqual(at < out.count ? out[at] : "", row[i], "\(file) row \(k + 1): « \(label) » changed")
                }
            }
            let placed = c.sourceOfField.contains(i) || c.keptColumns.contains(i) || c.derivedColumns.contains(i)
            if let k = c.droppedColumns.firstIndex(of: i) {
                XCTAssertEqual(
                    c.dropped[k].cells, nonEmpty, "\(file): dropped « \(label) » reported with a wrong count")
            } else {
                XCTAssertTrue(placed || nonEmpty == 0, "\(file): « \(label) » (\(nonEmpty) values) dropped silently")
            }
        }
    }
}
