import Foundation
import XCTest

/// `--format`, the one option every command shares: `--format json` of `fix`, `geo import-ban`,
/// `describe` and `publish` is one JSON document (read back here with Foundation's own parser, not
/// irve's), the text stays the default, and a value a command cannot write is refused in the same
/// words everywhere.
final class FormatJSONCLITests: CLITestCase {
    var example: String { sample("commune-exemple.csv").path }

    func testFixDryRunJSONHoldsEveryChangeAndTheCounts() throws {
        let r = try irve(["fix", example, "--dry-run", "--format", "json"])
        XCTAssertEqual(r.status, 0, r.summary)
        let d = try r.json()
        XCTAssertEqual(d["input"] as? String, example)
        XCTAssertEqual(d["dryRun"] as? Bool, true)
        XCTAssertEqual(d["rows"] as? Int, 20)
        XCTAssertEqual(d["changeCount"] as? Int, 37)
        let byRule = try XCTUnwrap(d["changesByRule"] as? [String: Int], r.summary)
        XCTAssertEqual(byRule["boolean"], 24)
        XCTAssertEqual(byRule["power-in-watts"], 1)
        XCTAssertEqual(byRule.values.reduce(0, +), 37)
        XCTAssertEqual(d["stillMissing"] as? [String: Int], ["restriction_gabarit": 1])
        XCTAssertEqual((d["written"] as? [Any])?.count, 0)
        let changes = try XCTUnwrap(d["changes"] as? [[String: Any]], r.summary)
        XCTAssertEqual(changes.count, 37)
        let first = try XCTUnwrap(changes.first)
        XCTAssertEqual(first["row"] as? Int, 2)
        XCTAssertEqual(first["column"] as? String, "horaires")
        XCTAssertEqual(first["before"] as? String, "24h/24 7j/7")
        XCTAssertEqual(first["after"] as? String, "24/7")
        XCTAssertEqual(first["rule"] as? String, "horaires")
        XCTAssertEqual(first["confidence"] as? String, "likely")
        // The text summary says the same counts.
        let text = try irve(["fix", example, "--dry-run"])
        XCTAssertTrue(text.stdout.contains("37 modification(s) sur 20 ligne(s) : boolean ×24"), text.summary)
    }

    func testFixJSONNamesTheFilesItWrote() throws {
        let output = tmp.appendingPathComponent("corrige.csv").path
        let log = tmp.appendingPathComponent("journal.json").path
        let r = try irve(["fix", example, "-o", output, "--log", log, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.summary)
        let d = try r.json()
        XCTAssertEqual(d["dryRun"] as? Bool, false)
        XCTAssertEqual(d["written"] as? [String], [output, log])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output) && FileManager.default.fileExists(atPath: log))
        // The summary's changes are the log's.
        let logged = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: log)))
        XCTAssertEqual((logged as? [Any])?.count, (d["changes"] as? [Any])?.count)
    }

    func testBANImportJSONHoldsTheFigures() throws {
        let fixture = CLI.root.appendingPathComponent("Tests/Fixtures/ban/adresses-fixture.csv").path
        let index = tmp.appendingPathComponent("ban.sqlite").path
        let r = try irve(["geo", "import-ban", fixture, "--index", index, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.summary)
        let d = try r.json()
        XCTAssertEqual(d["index"] as? String, index)
        XCTAssertEqual(d["files"] as? [String], [fixture])
        XCTAssertEqual(d["lines"] as? Int, 142)
        XCTAssertEqual(d["addresses"] as? Int, 142)
        XCTAssertEqual(d["streets"] as? Int, 30)
        XCTAssertEqual(d["communes"] as? Int, 8)
        XCTAssertNotNil(d["seconds"] as? Double, r.summary)
    }

    func testDescribeKeepsMarkdownByDefaultAndGivesJSON() throws {
        let markdown = try irve(["describe", example])
        XCTAssertEqual(markdown.status, 0, markdown.summary)
        for name in ["markdown", "md"] {
            let again = try irve(["describe", example, "--format", name])
            XCTAssertEqual(again.stdout, markdown.stdout, again.summary)
        }
        let r = try irve(["describe", example, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.summary)
        let d = try r.json()
        XCTAssertEqual(d["file"] as? String, example)
        let check = try XCTUnwrap(d["check"] as? [String: Any], r.summary)
        XCTAssertEqual(check["schema"] as? String, "etalab/schema-irve-statique", r.summary)
        XCTAssertEqual(check["errors"] as? Int, 40, r.summary)
    }

    func testPublishDryRunJSONHoldsThePlanAndNeverTheKey() throws {
        let key = "udata_" + String(repeating: "5ec7e7", count: 10)
        let keyFile = try write("cle", key + "\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: keyFile.path)
        let plan = tmp.appendingPathComponent("plan").path
        let r = try irve(
            [
                "publish", example, "--force", "--format", "json", "--plan-dir", plan, "--key-file", keyFile.path,
                "--state", tmp.appendingPathComponent("state.sqlite").path,
            ],
            environment: ["DATAGOUV_API_KEY": key])
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertFalse(r.combined.contains(key), r.summary)
        XCTAssertFalse(r.combined.contains("5ec7e7"), r.summary)
        let d = try r.json()
        XCTAssertEqual(d["mode"] as? String, "dry-run")
        XCTAssertEqual(d["api"] as? String, "https://www.data.gouv.fr/api/1")
        XCTAssertEqual(d["folder"] as? String, plan)
        let requests = try XCTUnwrap(d["requests"] as? [[String: Any]], r.summary)
        XCTAssertEqual(requests.first?["method"] as? String, "GET")
        XCTAssertEqual(requests.first?["path"] as? String, "/me/")
        let files = try XCTUnwrap(d["files"] as? [String], r.summary)
        XCTAssertFalse(files.isEmpty)
        for f in files { XCTAssertTrue(FileManager.default.fileExists(atPath: f), f) }
        let quality = try XCTUnwrap(d["quality"] as? [String: Any], r.summary)
        XCTAssertEqual(quality["max"] as? Int, (quality["criteria"] as? [String: Bool])?.count, r.summary)
        // The lines for people went to the standard error: the --force warning among them.
        XCTAssertTrue(r.stderr.contains("--force"), r.summary)
    }

    /// A value the command cannot write: exit 2 and the values it can, in the same words everywhere.
    func testAFormatACommandDoesNotOfferIsRefusedWithItsChoices() throws {
        let cases: [([String], String)] = [
            (["fix", example, "--dry-run", "--format", "markdown"], "« text », « json »"),
            (["describe", example, "--format", "text"], "« markdown », « json »"),
            (["publish", example, "--format", "markdown"], "« text », « json »"),
            (
                ["check", example, "--format", "xml"],
                "« text », « json », « ndjson », « github », « junit », « gitlab », « markdown »"
            ),
        ]
        for (arguments, choices) in cases {
            let r = try irve(arguments)
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains("non valable pour --format : valeurs possibles " + choices), r.summary)
            XCTAssertTrue(
                r.stderr.contains("Aide : irve \(arguments[0]) --help"), "the help of the command: \(r.summary)")
        }
    }
}
