import Foundation
import XCTest

/// Command-line mistakes: our own sentence (French by default), exit code 2, never the help with 0.
final class ArgumentErrorCLITests: CLITestCase {
    private var corrected: String { sample("commune-exemple-corrige.csv").path }

    func testAFileNameStartingWithADashIsRefusedNotTakenForHelp() throws {
        try FileManager.default.copyItem(atPath: corrected, toPath: tmp.appendingPathComponent("-x.csv").path)
        try FileManager.default.copyItem(atPath: corrected, toPath: tmp.appendingPathComponent("-h.csv").path)
        for name in ["-x.csv", "-h.csv"] {
            let r = try CLI.run(["check", name], in: tmp)
            assertSane(r)
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertFalse(r.stdout.contains("USAGE") || r.stdout.contains("UTILISATION"), "not the help: \(r.summary)")
            XCTAssertTrue(r.stderr.contains("./\(name)") && r.stderr.contains("--"), r.summary)
            assertFrench(r.stderr)
        }
        // The advice works.
        XCTAssertEqual(try CLI.run(["check", "--", "-x.csv"], in: tmp).status, 0)
        XCTAssertEqual(try CLI.run(["check", "./-x.csv"], in: tmp).status, 0)
    }

    func testUnknownOptionsMissingAndBadValuesAreFrench() throws {
        let cases: [([String], String)] = [
            (["check", "--max-findings", "-1", corrected], "n'accepte pas « -1 »"),
            (["check", "--nogeo", corrected], "option inconnue « --nogeo » ; vouliez-vous dire « --no-geo » ?"),
            (
                ["check", "--format", "xml", corrected],
                "valeur « xml » non valable pour --format : valeurs possibles "
                    + "« text », « json », « ndjson », « github », « junit », « gitlab », « markdown »"
            ),
            (["check", corrected, "--lang"], "valeur manquante pour --lang"),
            (
                ["check", "--max-findings", "beaucoup", corrected],
                "valeur « beaucoup » non valable pour --max-findings"
            ),
            (["fix"], "argument manquant"),
            // `check` takes several files (issue 15): `describe` takes one.
            (["describe", corrected, "de-trop.csv"], "argument en trop « de-trop.csv »"),
        ]
        for (args, expected) in cases {
            let r = try CLI.run(args)
            assertSane(r)
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains(expected), "« \(expected) » absent:\n\(r.summary)")
            XCTAssertFalse(r.stderr.contains("Did you mean") || r.stderr.contains("Please provide"), r.summary)
            assertFrench(r.stderr, args.joined(separator: " "))
        }
        let english = try CLI.run(["check", "--lang", "en", "--nogeo", corrected])
        XCTAssertEqual(english.status, 2)
        XCTAssertTrue(
            english.stderr.contains(
                "unknown option \"--nogeo\"; did you mean "
                    + "\"--no-geo\"?"), english.summary)
    }

    func testTheHelpHeadingsAreFrench() throws {
        let r = try CLI.run(["check", "--help"])
        XCTAssertEqual(r.status, 0)
        for heading in ["DESCRIPTION :", "UTILISATION :", "OPTIONS :", "Affiche cette aide."] {
            XCTAssertTrue(r.stdout.contains(heading), "« \(heading) » absent:\n\(r.summary)")
        }
        XCTAssertFalse(r.stdout.contains("OVERVIEW") || r.stdout.contains("Show help information"), r.summary)
    }

    func testAnInvalidPatternIsQuotedShort() throws {
        let schemaURL = CLI.root.appendingPathComponent("Schemas/irve-statique-2.3.1.json")
        var schema = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL)) as? [String: Any])
        var fields = try XCTUnwrap(schema["fields"] as? [[String: Any]])
        let i = try XCTUnwrap(fields.firstIndex { ($0["constraints"] as? [String: Any])?["pattern"] != nil })
        var constraints = try XCTUnwrap(fields[i]["constraints"] as? [String: Any])
        constraints["pattern"] = String(repeating: "(", count: 1_500_000)
        fields[i]["constraints"] = constraints
        schema["fields"] = fields
        let file = try write("schema.json", data: try JSONSerialization.data(withJSONObject: schema))
        let r = try irve(["check", "--schema", file.path, corrected])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertLessThan(r.stderrData.count, 2000, "the pattern is cut")
        XCTAssertTrue(r.stderr.contains("1500000 caractères"), r.summary)
    }
}
