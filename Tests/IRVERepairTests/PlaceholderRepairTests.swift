import Foundation
import IRVERead
import IRVERepair
import IRVERules
import IRVETestSupport
import XCTest

/// `irve fix` empties a placeholder (`N/A`, `XX`…) in an optional free-text column, and leaves it in
/// a required one (emptying it there would be an error): the repair of placeholder-text.
final class PlaceholderRepairTests: XCTestCase {
    func testPlaceholdersAreEmptiedInOptionalColumnsOnly() throws {
        let sample = TestPaths.root.appendingPathComponent("Samples/commune-exemple-corrige.csv")
        var lines = try String(contentsOf: sample, encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        let numPdl = try XCTUnwrap(header.firstIndex(of: "num_pdl"))
        let gabarit = try XCTUnwrap(header.firstIndex(of: "restriction_gabarit"))
        var cells = lines[1].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(cells.count, header.count, "the sample's first row has no quoted separator")
        cells[numPdl] = "N/A"
        cells[gabarit] = "Inconnu"
        lines[1] = cells.joined(separator: ";")
        // The neighbouring row: a real num_pdl, kept.
        var next = lines[2].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        next[numPdl] = "12345678912345"
        lines[2] = next.joined(separator: ";")

        let tmp = try TestPaths.temporaryFolder("irve-placeholder")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("in.csv").path
        let output = tmp.appendingPathComponent("out.csv").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: input))
        let result = try Repair.run(input: input, output: output, force: false, options: RepairOptions())

        let placeholder = result.changes.filter { $0.rule == PlaceholderText.repairCode }
        XCTAssertEqual(placeholder.map(\.row), [2])
        XCTAssertEqual(placeholder.map(\.column), ["num_pdl"])
        XCTAssertEqual(placeholder.first?.before, "N/A")
        XCTAssertEqual(placeholder.first?.after, "")
        XCTAssertEqual(placeholder.first?.confidence, .likely)
        let out = try CorpusRepairTests.records(output)
        let outHeader = try XCTUnwrap(out.first)
        let o = try XCTUnwrap(outHeader.firstIndex(of: "num_pdl"))
        let g = try XCTUnwrap(outHeader.firstIndex(of: "restriction_gabarit"))
        XCTAssertEqual(out[1][o], "")
        XCTAssertEqual(out[1][g], "Inconnu", "required: left to the producer")
        XCTAssertEqual(out[2][o], "12345678912345")
    }
}
