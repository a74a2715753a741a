import Foundation
import XCTest

/// The reproducers of issue 10 that trapped (exit 132), through the real binary: each now ends
/// with a finding or a French error, and `fix` reaches a fixed point.
final class NoTrapCLITests: CLITestCase {
    /// The corrected sample (`;`-separated) with one cell of its first data row replaced.
    private func sampleWith(_ column: String, _ value: String, name: String) throws -> URL {
        let lines = try correctedSampleLines()
        let header = lines[0].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        let i = try XCTUnwrap(header.firstIndex(of: column), "\(column) not in the sample's header")
        var cells = try XCTUnwrap(Self.cells(lines[1]))
        cells[i] = value
        let text = ([lines[0], cells.joined(separator: ";")] + lines.dropFirst(2)).joined(separator: "\n") + "\n"
        return try write(name, text)
    }

    /// Splits a `;` line (quotes kept as written).
    static func cells(_ line: String) -> [String]? {
        var out: [String] = []
        var current = ""
        var quoted = false
        for ch in line {
            if ch == "\"" { quoted.toggle() }
            if ch == ";", !quoted {
                out.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        out.append(current)
        return quoted ? nil : out
    }

    func testHugePowersAreReportedNotCrashed() throws {
        for (k, value) in ["1e300", "1234567890123456789012345"].enumerated() {
            let file = try sampleWith("puissance_nominale", value, name: "puissance-\(k).csv")
            let r = try irve(["check", file.path, "--format", "json"], rules: true)
            XCTAssertEqual(r.status, 0, "a warning only (no crash, exit 132 before):\n\(r.summary)")
            let found = findings(try r.json(), type: "power-implausible").filter { $0.string("cell") == value }
            XCTAssertEqual(found.count, 1, r.summary)
        }
    }

    /// `fix` twice gives the same file: an absurd power is left (and reported), never divided again.
    func testFixOfAnAbsurdPowerIsAFixedPoint() throws {
        let input = try sampleWith("puissance_nominale", "1e308", name: "absurde.csv")
        let once = tmp.appendingPathComponent("once.csv")
        let twice = tmp.appendingPathComponent("twice.csv")
        XCTAssertEqual(try irve(["fix", input.path, "-o", once.path]).status, 0)
        XCTAssertEqual(try irve(["fix", once.path, "-o", twice.path]).status, 0)
        let a = try String(contentsOf: once, encoding: .utf8)
        let b = try String(contentsOf: twice, encoding: .utf8)
        XCTAssertEqual(a, b, "the second fix changed the first one's output")
        XCTAssertTrue(a.contains("1e308"), "the absurd value is kept for the report, not rewritten")
    }

    /// A 5 MB run of digits in a date: `check` reports it, and so does `check` of `fix`'s output.
    func testOverflowingDateIsReportedBeforeAndAfterFix() throws {
        let input = try sampleWith("date_maj", "2024-01-" + String(repeating: "9", count: 5_000_000), name: "date.csv")
        let before = try irve(["check", input.path])
        XCTAssertEqual(before.status, 1, String(before.summary.prefix(3000)))
        let fixed = tmp.appendingPathComponent("date-fixed.csv")
        XCTAssertEqual(try irve(["fix", input.path, "-o", fixed.path]).status, 0)
        let after = try irve(["check", fixed.path])
        XCTAssertEqual(after.status, 1, String(after.summary.prefix(3000)))
        XCTAssertTrue(after.stdout.contains("date_maj"), String(after.summary.prefix(3000)))
    }

    func testEmptySchemaNameIsAFrenchError() throws {
        let file = sample("commune-exemple-corrige.csv")
        for spec in ["", "@"] {
            let r = try irve(["check", file.path, "--schema", spec])
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains("nom de schéma vide"), r.summary)
            assertFrench(r.stderr, "(--schema «\(spec)»)")
        }
    }
}
