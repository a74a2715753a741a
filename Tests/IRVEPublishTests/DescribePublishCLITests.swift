import Foundation
import IRVEFindings
import IRVEPublish
import IRVETestSupport
import XCTest

/// `irve describe` and `irve publish` as people run them (no network: dry runs and refusals).
final class DescribePublishCLITests: XCTestCase {
    var tmp: URL!
    override func setUpWithError() throws {
        _ = try BuiltIRVE.path()
        tmp = try Paths.temporaryFolder("irve-describe-cli")
    }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    func irve(_ args: [String], key: String? = nil) throws -> BuiltIRVE.Run {
        let r = try BuiltIRVE.run(args, environment: ["DATAGOUV_API_KEY": key, "HOME": tmp.path])
        for marker in ["Fatal error", "Stack dump", "Backtrace"] { XCTAssertFalse(r.all.contains(marker), r.all) }
        return r
    }

    func testDescribeMarkdownAndJSON() throws {
        var r = try irve(["describe", Paths.correctedSample])
        XCTAssertEqual(r.status, 0, r.all)
        XCTAssertTrue(r.stdout.hasPrefix("# Fiche descriptive — commune-exemple-corrige.csv"), r.stdout)
        XCTAssertTrue(r.stdout.contains("Note de qualité des métadonnées prévue sur data.gouv.fr : 9/9"), r.stdout)
        r = try irve(["describe", "--format", "json", "--frequency", "annual", "--tag", "gare", Paths.correctedSample])
        XCTAssertEqual(r.status, 0, r.all)
        let json = try XCTUnwrap(JSONValue.parse(r.stdout), r.stdout)
        XCTAssertEqual(json["dataset"]?["frequency"], "annual")
        XCTAssertEqual(json["dataset"]?["tags"]?.array?.first, "irve")
        XCTAssertEqual(json["dataset"]?["tags"]?.array?.last, "gare")
        XCTAssertEqual(json["resource"]?["schema"]?["version"], "2.3.1")
        XCTAssertEqual(json["quality"]?["score"]?.int, 9)
        let out = tmp.appendingPathComponent("fiche.md").path
        r = try irve(["describe", Paths.correctedSample, "-o", out])
        XCTAssertEqual(r.status, 0, r.all)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out))
    }

    func testDescribeErrorsAreOneFrenchLine() throws {
        var r = try irve(["describe", tmp.appendingPathComponent("absent.csv").path])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("irve : "), r.stderr)
        XCTAssertTrue(
            r.stderr.contains(
                "Fichier introuvable : « \(tmp.appendingPathComponent("absent.csv").path) "
                    + "»"), r.stderr)
        XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
        r = try irve(["describe", "--frequency", "souvent", Paths.correctedSample])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("n'est pas une fréquence de data.gouv.fr"), r.stderr)
        r = try irve([
            "describe", "--frequency", "souvent", "--lang", "en", tmp.appendingPathComponent("absent.csv").path,
        ])
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.contains("File not found"), r.stderr)
    }

    func testPublishDryRunWritesThePlanWithoutTheKey() throws {
        let key = "udata_dry-run-secret-\(UUID().uuidString)"
        let plan = tmp.appendingPathComponent("plan").path
        let r = try irve(
            [
                "publish", Paths.correctedSample, "--plan-dir", plan, "--state",
                tmp.appendingPathComponent("s.sqlite").path,
            ], key: key)
        XCTAssertEqual(r.status, 0, r.all)
        XCTAssertTrue(r.stdout.contains("Simulation (rien n'a été envoyé)"), r.stdout)
        XCTAssertTrue(r.stderr.contains("Aucune organisation indiquée"), r.stderr)
        XCTAssertTrue(r.stdout.contains("POST /datasets/"), r.stdout)
        let files = try FileManager.default.contentsOfDirectory(atPath: plan)
        XCTAssertTrue(files.contains("LISEZMOI.txt"), "\(files)")
        XCTAssertTrue(files.contains("03-POST-datasets.json"), "\(files)")
        for f in files {
            let text = try String(contentsOfFile: plan + "/" + f, encoding: .utf8)
            XCTAssertFalse(text.contains(key), f)
        }
        XCTAssertFalse(r.all.contains(key))
    }

    func testPublishRefusals() throws {
        let state = tmp.appendingPathComponent("s.sqlite").path
        var r = try irve([
            "publish", Paths.faultySample, "--state", state, "--plan-dir", tmp.appendingPathComponent("p").path,
        ])
        XCTAssertEqual(r.status, 1, r.all)
        XCTAssertTrue(r.stderr.contains("publication refusée"), r.stderr)
        // --force goes on, loudly.
        r = try irve([
            "publish", Paths.faultySample, "--force", "--state", state, "--plan-dir",
            tmp.appendingPathComponent("p").path,
        ])
        XCTAssertEqual(r.status, 0, r.all)
        XCTAssertTrue(r.stderr.contains("⚠⚠ --force"), r.stderr)
        // Not a statique file.
        let dyn = tmp.appendingPathComponent("dyn.csv")
        try
            "id_pdc_itinerance,etat_pdc,occupation_pdc,horodatage,etat_prise_type_2,etat_prise_type_combo_ccs,etat_prise_type_chademo,etat_prise_type_ef\nFRA01E1,en_service,libre,2024-01-01T10:00:00+01:00,fonctionnel,,,\n"
            .write(to: dyn, atomically: true, encoding: .utf8)
        r = try irve(["publish", dyn.path, "--state", state])
        XCTAssertEqual(r.status, 1, r.all)
        XCTAssertTrue(r.stderr.contains("n'est pas un fichier IRVE statique"), r.stderr)
        // A workbook: the consolidation reads CSV only.
        r = try irve([
            "publish", Paths.root.appendingPathComponent("Tests/Fixtures/xlsx/irve-like.xlsx").path, "--force",
            "--state", state,
        ])
        XCTAssertEqual(r.status, 1, r.all)
        XCTAssertTrue(r.stderr.contains("seul un fichier .csv se publie"), r.stderr)
        r = try irve(["publish", Paths.faultySample, "--lang", "en", "--state", state])
        XCTAssertEqual(r.status, 1, r.all)
        XCTAssertTrue(r.stderr.contains("publication refused"), r.stderr)
        // Sending without a key.
        r = try irve([
            "publish", Paths.correctedSample, "--send", "--api", "http://127.0.0.1:9/api/1", "--state", state,
        ])
        XCTAssertEqual(r.status, 2, r.all)
        XCTAssertTrue(r.stderr.contains("aucune clé d'API data.gouv.fr"), r.stderr)
        // Nothing listens: a clear French line, exit 2.
        r = try irve(
            ["publish", Paths.correctedSample, "--send", "--api", "http://127.0.0.1:9/api/1", "--state", state],
            key: "udata_x")
        XCTAssertEqual(r.status, 2, r.all)
        XCTAssertTrue(
            r.stderr.contains("impossible de joindre http://127.0.0.1:9/api/1/me/ (connexion refusée"), r.stderr)
        XCTAssertFalse(r.all.contains("udata_x"))
    }
}
