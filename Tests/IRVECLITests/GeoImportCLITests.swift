import Foundation
import XCTest

/// `irve geo import-ban`: counts and time on success, the file and line on a malformed file,
/// exit code 2 and no stack trace on failure.
final class GeoImportCLITests: CLITestCase {
    var fixture: URL { CLI.root.appendingPathComponent("Tests/Fixtures/ban/adresses-fixture.csv") }

    func testImportPrintsCountsAndTheIndexPath() throws {
        let index = tmp.appendingPathComponent("ban.sqlite").path
        let r = try irve(["geo", "import-ban", fixture.path, "--index", index])
        XCTAssertEqual(r.status, 0, r.summary)
        for part in ["142 lignes", "30 voies", "8 communes", "lignes/s", index, "irve check --ban-index"] {
            XCTAssertTrue(r.stdout.contains(part), "« \(part) » absent :\n\(r.summary)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: index))
    }

    func testDefaultIndexGoesToTheXDGCache() throws {
        let r = try irve(["geo", "import-ban", fixture.path], environment: ["XDG_CACHE_HOME": tmp.path])
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: tmp.appendingPathComponent("irve/ban.sqlite").path), r.summary)
    }

    func testMalformedFileNamesFileAndLineWithExitCode2() throws {
        var lines = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] = "76540_x;;3;;Rue Cassée;76000"
        let bad = try write("adresses-cassees.csv", lines.joined(separator: "\n"))
        let r = try irve(["geo", "import-ban", bad.path, "--index", tmp.appendingPathComponent("i.sqlite").path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("irve : \(bad.path), ligne 3 : 6 colonnes au lieu de 23"), r.summary)
    }
}
