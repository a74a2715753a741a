import Foundation
import XCTest

/// `irve map` and `irve export geojson` from the command line: the files are written atomically,
/// the input is never touched, and mistakes exit with 2 and a sentence in the user's language.
final class MapCLITests: CLITestCase {
    func testMapAndExportOfTheSample() throws {
        let faulty = sample("commune-exemple.csv").path
        let before = try Data(contentsOf: URL(fileURLWithPath: faulty))
        for name in ["carte.svg", "carte.html", "stations.geojson"] {
            let out = tmp.appendingPathComponent(name).path
            let arguments =
                name.hasSuffix("geojson") ? ["export", "geojson", faulty, "-o", out] : ["map", faulty, "-o", out]
            let r = try CLI.run(arguments)
            assertSane(r)
            XCTAssertEqual(r.status, 0, r.summary)
            XCTAssertTrue(r.stdout.contains("(8 stations)"), r.summary)
            XCTAssertTrue(FileManager.default.fileExists(atPath: out), r.summary)
            let again = try CLI.run(arguments)
            XCTAssertEqual(again.status, 2, "an existing output needs --force: \(again.summary)")
            XCTAssertTrue(again.stderr.contains("--force"), again.summary)
            XCTAssertEqual(try CLI.run(arguments + ["--force"]).status, 0)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: faulty)), before, "the input is never modified")
        let english = try CLI.run(["map", faulty, "-o", tmp.appendingPathComponent("map.svg").path, "--lang", "en"])
        XCTAssertTrue(english.stdout.contains("File written:"), english.summary)
    }

    func testMistakes() throws {
        let faulty = sample("commune-exemple.csv").path
        // An output that is the input through a symbolic link is refused like the input itself.
        let link = tmp.appendingPathComponent("lien.svg")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: faulty)
        let cases: [([String], String)] = [
            (["map", faulty, "-o", tmp.appendingPathComponent("carte.png").path], "la carte s'écrit en .svg"),
            (["export", "kml", faulty, "-o", tmp.appendingPathComponent("x.kml").path], "seul l'export geojson"),
            (
                ["map", tmp.appendingPathComponent("absent.csv").path, "-o", tmp.appendingPathComponent("c.svg").path],
                "absent.csv"
            ),
            (["map", faulty, "-o", link.path, "--force"], "fichier d'entrée"),
        ]
        for (arguments, expected) in cases {
            let r = try CLI.run(arguments)
            assertSane(r)
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains(expected), "\(expected) in \(r.summary)")
        }
    }
}
