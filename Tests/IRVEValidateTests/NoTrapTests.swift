import Foundation
import IRVEFindings
import IRVESchema
import IRVESchemaCatalog
import IRVEValidate
import IRVEWording
import XCTest

/// Inputs that used to trap the validator (issue 10): each now gives a finding or a typed error.
final class NoTrapTests: XCTestCase {
    private var dir: URL!

    override func setUp() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-notrap-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    private func file(_ column: String, _ value: String) throws -> String {
        var cells = EngineTests.validRow.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        // The valid row quotes its point: rebuild it from the header so that indexes match.
        cells = Self.joinQuoted(cells)
        let names = EngineTests.header.split(separator: ",").map(String.init)
        let i = try XCTUnwrap(names.firstIndex(of: column))
        cells[i] = value
        let url = dir.appendingPathComponent("f\(UUID().uuidString.prefix(6)).csv")
        try Data((EngineTests.header + "\n" + cells.joined(separator: ",") + "\n").utf8).write(to: url)
        return url.path
    }

    /// `"[1.4442`, `43.6047]"` → one cell.
    static func joinQuoted(_ parts: [String]) -> [String] {
        var out: [String] = []
        var open: String? = nil
        for p in parts {
            if let o = open {
                out.append(o + "," + p)
                open = nil
            } else if p.hasPrefix("\""), !p.hasSuffix("\"") {
                open = p
            } else {
                out.append(p)
            }
        }
        return out
    }

    /// A date whose day is a 5 MB run of digits overflowed the date suggestion of the message.
    func testHugeDigitRunsInDatesGiveAFinding() throws {
        let digits = String(repeating: "9", count: 5_000_000)
        for value in ["2024-01-" + digits, digits, "2024-" + digits + "-01", "01/01/" + digits, digits + "/01/2024"] {
            var options = ValidationOptions()
            options.today = (2026, 6, 1)
            let r = try Validation.check(path: try file("date_maj", value), options: options)
            let dates = Array(r.allFindings(.fr)).filter { $0.fieldName == "date_maj" }
            XCTAssertEqual(dates.map(\.type), ["type-error"], String(value.prefix(20)))
            XCTAssertFalse(r.isValid)
        }
    }

    func testEmptySchemaNamesAreTypedErrors() {
        for spec in ["", "@", "@2.3.1"] {
            XCTAssertThrowsError(try SchemaCatalog.resolve(spec), "«\(spec)»") { error in
                let message = (error as? SchemaError)?.message(.fr) ?? ""
                XCTAssertTrue(message.contains("nom de schéma vide"), message)
            }
        }
        XCTAssertEqual(try SchemaCatalog.resolve("statique@").kind, "statique", "an empty version is the latest")
    }
}
