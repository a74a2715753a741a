import Foundation
import IRVETestSupport
import XCTest

/// The publication in a real headless Chromium, against a real udata on 127.0.0.1 (PyPI `udata` on
/// mongomock, Tests/Udata) given as the page's custom API address: the sample with its errors
/// refused, the repairs accepted and two cells typed, the title edited in the fiche, the dry run,
/// a wrong key (the CLI's sentence), published and read back from the udata API by the driver
/// itself (title, public, schema 2.3.1, zones, tag irve, the checksum of the repaired file the
/// browser downloaded, the quality score predicted and shown), a second version (same dataset and
/// resource, new checksum), a forced publication of the file with errors, the key forgotten. The
/// key, and the wrong one, are then searched in every page source, every DevTools network event and
/// response body, every download, every file of the server's temporary folder (at each step) and
/// the server's standard output and error. Skipped without .venv-udata, .venv-browser or Chromium.
final class BrowserPublicationTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        scratch = try TestPaths.temporaryFolder("irve-e2e-publish")
    }

    override func tearDown() {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    func testPublishFromChromiumToARealUdata() throws {
        let binary = try BrowserTools.require()
        let catalog = try? TestPaths.shared("datagouv/schema-catalog-local-irve.json").path
        // The sample as dropped writes Marmande's postcode (47200) as a commune code in one row: the
        // forced publication of that file names it as a zone, which this udata must know to accept it.
        let udata = try UdataServer(
            seed: """
                {"zones": [{"code": "47157", "name": "Marmande"}, {"code": "47200", "name": "Zone d'essai"}],
                 "users": [{"key": "maire", "email": "maire@marmande.example.org", "first_name": "Maire",
                            "last_name": "Marmande"}],
                 "organizations": [{"key": "marmande", "name": "Commune de Marmande", "members": ["maire"]}]}
                """, catalog: catalog)
        defer { udata.stop() }
        let key = try XCTUnwrap(udata.seeded.tokens["maire"])
        let org = try XCTUnwrap(udata.seeded.organizations["marmande"])
        let wrong = "udata_cle-inventee-\(UUID().uuidString)"
        // The server's temporary folder is the test's: the sessions' files show there.
        let files = scratch.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        var env = ProcessInfo.processInfo.environment
        env["TMPDIR"] = files.path
        env["LANG"] = "fr_FR.UTF-8"
        env.removeValue(forKey: "IRVE_LANG")
        env.removeValue(forKey: "DATAGOUV_API_KEY")
        let errors = scratch.appendingPathComponent("server-stderr.log")
        let server = try ServedAssistant(binary: binary, environment: env, errors: errors)
        defer { server.stop() }
        try runScenario(
            "publish", binary: binary, server: server,
            arguments: ["--udata-api", udata.seeded.base, "--udata-org", org, "--server-files", files.path],
            environment: ["IRVE_E2E_UDATA_KEY": key, "IRVE_E2E_WRONG_KEY": wrong])
        XCTAssertEqual(server.interrupt(), 0, "Ctrl-C stops the server")
        let log = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        XCTAssertTrue(log.contains("route=/publish"), "no publication in the request log: \(log.suffix(500))")
        for (name, secret) in [("the key", key), ("the wrong key", wrong)] {
            XCTAssertFalse(server.printed.text.contains(secret), "\(name) in the server's standard output")
            XCTAssertFalse(log.contains(secret), "\(name) in the server's request log")
        }
    }
}
