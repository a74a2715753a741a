import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVEHTTP
import IRVEPublish
import IRVETestSupport
import IRVEWording
import XCTest

@testable import IRVEWeb

/// The web assistant publishes to a real udata (PyPI `udata` on mongomock, 127.0.0.1) through its
/// custom API address: the sample dropped, its repairs accepted, the title edited in the form,
/// published, then read back from the API; a second version updates the same dataset and
/// resource; a wrong key gives the CLI's French sentence; a file with errors is refused; and the
/// key is in no answer, no log line and no file the server wrote.
final class WebPublishUdataTests: XCTestCase, @unchecked Sendable {
    var server: UdataServer!
    let http = HTTPClient()
    let wrongKey = "udata_cle-inventee-\(UUID().uuidString)"

    override func setUpWithError() throws {
        let catalog = try? TestPaths.shared("datagouv/schema-catalog-local-irve.json").path
        server = try UdataServer(
            seed: """
                {"zones": [{"code": "47157", "name": "Marmande"}],
                 "users": [{"key": "maire", "email": "maire@marmande.example.org",
                            "first_name": "Maire", "last_name": "Marmande"},
                           {"key": "outsider", "email": "quelquun@ailleurs.example.org"}],
                 "organizations": [{"key": "marmande", "name": "Commune de Marmande", "members": ["maire"]}]}
                """, catalog: catalog)
    }

    override func tearDownWithError() throws { server?.stop() }

    var maire: String { server.seeded.tokens["maire"] ?? "" }
    var org: String { server.seeded.organizations["marmande"] ?? "" }

    func api(_ path: String) throws -> JSONValue {
        let r = try http.send(
            IRVEHTTP.HTTPRequest(url: server.seeded.base + path, headers: [("X-API-KEY", maire)]))
        XCTAssertTrue(r.isSuccess, "GET \(path) → \(r.status) \(r.text)")
        return JSONValue.parse(r.body) ?? .null
    }

    func datasets() throws -> [JSONValue] {
        try api("/datasets/?organization=\(org)&page_size=50")["data"]?.array ?? []
    }

    /// The sample, with every repair accepted and the two cells the repairs cannot fill typed in
    /// (a height restriction left empty, a charging point id used twice).
    func dropAndRepair(
        _ site: RecordingSite, _ client: any TestClientProtocol, _ v: Visitor, _ bytes: [UInt8]
    ) async throws {
        _ = try await client.uploadAndRead(v, filename: "commune-exemple.csv", bytes)
        let boxes = try RepairsPageReading.boxes(try await site.page(client, "/repairs", v).1)
        let all = [("csrf", v.csrf), ("page", "1")] + boxes.map { ("change", $0.id) } + [("apply", "1")]
        let applied = try await site.post(client, "/repairs", v, all)
        XCTAssertEqual(applied.0, .seeOther)
        for (row, field, value) in [
            ("12", "restriction_gabarit", "Aucune"), ("20", "id_pdc_itinerance", "FRRGSE4715700802"),
        ] {
            let edit = try await site.post(
                client, "/repairs/cell", v,
                [("csrf", v.csrf), ("row", row), ("field", field), ("value", value), ("page", "1")])
            XCTAssertEqual(edit.0, .seeOther, edit.2)
        }
        let again = try await site.post(client, "/repairs", v, all)
        XCTAssertEqual(again.0, .seeOther)
        let cells = try await site.page(client, "/repairs", v).1
        XCTAssertTrue(
            cells.contains(HTML.escape(Wording.message(RepairReviewPhrase.noCellInError, .fr))),
            "the accepted repairs and the typed cells leave no error")
    }

    func sha1(_ path: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sha1sum", path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        return String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: " ").first.map(String.init) ?? ""
    }

    func testPublishFromTheBrowserFormsAgainstARealUdata() async throws {
        let site = try RecordingSite()
        let base = server.seeded.base
        let (maire, wrongKey) = (self.maire, self.wrongKey)
        let faulty = [UInt8](FileManager.default.contents(atPath: TestPaths.faultySample) ?? Data())
        try await site.run { [self] client in
            let v = try await Visitor.arrive(client)
            let custom = [("api", "custom"), ("api-url", base)]

            // The file as dropped has errors: refused, nothing reaches udata.
            _ = try await client.uploadAndRead(v, filename: "commune-exemple.csv", faulty)
            var (status, publishPage) = try await site.page(client, "/publish", v)
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(publishPage.contains("id=\"errors-warning\""), publishPage)
            XCTAssertTrue(publishPage.contains("id=\"no-organisation\""))
            XCTAssertTrue(publishPage.contains("demo.data.gouv.fr"))
            XCTAssertTrue(publishPage.contains("<details id=\"api-custom\">"), "the custom address is hidden")
            var r = try await site.post(
                client, "/publish", v, [("csrf", v.csrf), ("action", "publish"), ("key", maire)] + custom)
            XCTAssertEqual(r.0, .unprocessableContent)
            XCTAssertTrue(r.2.contains("publication refusée : « commune-exemple.csv » contient"), r.2)
            XCTAssertEqual(try datasets().count, 0)

            // Repairs accepted, title edited in the form; the prediction follows the form.
            try await dropAndRepair(site, client, v, faulty)
            let fiche = try await site.page(client, "/fiche", v).1
            let title = "IRVE – Bornes de recharge de Marmande (essai web)"
            let fields = FicheFormReading.replacing(try FicheFormReading.fields(fiche), "title", with: title)
            let undocumented = FicheFormReading.replacing(fields, "resourceDescription", with: "")
            r = try await site.post(client, "/fiche/quality", v, [("csrf", v.csrf)] + undocumented)
            let eight = try XCTUnwrap(JSONValue.parse(Array(r.2.utf8)))
            XCTAssertEqual(eight["score"]?.double, 8, r.2)
            XCTAssertEqual(eight["criteria"]?["resources_documentation"], false)
            XCTAssertTrue(eight["html"]?.string?.contains("Ce qui manque pour 9/9") ?? false, r.2)
            r = try await site.post(client, "/fiche/quality", v, [("csrf", v.csrf)] + fields)
            let predicted = try XCTUnwrap(JSONValue.parse(Array(r.2.utf8))?["score"]?.double)
            XCTAssertEqual(predicted, 9, r.2)
            r = try await site.post(client, "/fiche/download", v, [("csrf", v.csrf)] + fields)
            XCTAssertEqual(r.0, .ok)
            let ficheTxt = try MetadataOverrides.parse(r.2, path: "fiche.txt")
            XCTAssertEqual(ficheTxt.title, title)
            XCTAssertEqual(r.2.split(separator: "\n").filter { !$0.hasPrefix("#") }, ["titre : \(title)"], r.2)
            r = try await site.post(client, "/fiche", v, [("csrf", v.csrf)] + fields)
            XCTAssertEqual(r.1, "/publish?lang=fr")

            // The dry run for the custom address: the exact requests, the key masked.
            (status, publishPage) = try await site.page(client, "/publish", v)
            XCTAssertFalse(publishPage.contains("id=\"errors-warning\""), publishPage)
            XCTAssertTrue(publishPage.contains("avec les corrections choisies"))
            r = try await site.post(client, "/publish", v, [("csrf", v.csrf), ("action", "plan")] + custom)
            XCTAssertEqual(r.0, .ok)
            XCTAssertTrue(r.2.contains("<details id=\"api-custom\" open>"))
            XCTAssertTrue(r.2.contains("POST \(base)/datasets/"), r.2)
            XCTAssertTrue(r.2.contains("&lt;clé d&#39;API masquée&gt;"), r.2)

            // A wrong key: the CLI's sentence, nothing published, the key not kept.
            r = try await site.post(
                client, "/publish", v, [("csrf", v.csrf), ("action", "publish"), ("key", wrongKey)] + custom)
            XCTAssertEqual(r.0, .unprocessableContent)
            XCTAssertTrue(r.2.contains("clé d&#39;API refusée par data.gouv.fr (clé inconnue)"), r.2)
            XCTAssertFalse(r.2.contains("id=\"key-kept\""))

            // An address the key must not go to is refused before anything is sent.
            r = try await site.post(
                client, "/publish", v,
                [
                    ("csrf", v.csrf), ("action", "publish"), ("key", maire), ("api", "custom"),
                    ("api-url", "http://example.org/api/1"),
                ])
            XCTAssertEqual(r.0, .unprocessableContent)
            XCTAssertTrue(r.2.contains("adresse d&#39;API refusée"), r.2)

            // Published.
            r = try await site.post(
                client, "/publish", v, [("csrf", v.csrf), ("action", "publish"), ("key", maire)] + custom)
            XCTAssertEqual(r.0, .ok, r.2)
            XCTAssertTrue(r.2.contains("Publié : nouveau jeu de données"), r.2)
            XCTAssertTrue(r.2.contains("id=\"dataset-link\" href=\"http://127.0.0.1:"), r.2)
            XCTAssertTrue(r.2.contains("id=\"key-kept\""), "the key is kept for the session")
            let list = try datasets()
            XCTAssertEqual(list.count, 1)
            let id = try XCTUnwrap(list.first?["id"]?.string)
            XCTAssertTrue(r.2.contains("data-dataset=\"\(id)\""))
            var ds = try api("/datasets/\(id)/")
            XCTAssertEqual(ds["title"]?.string, title)
            XCTAssertEqual(ds["private"], false)
            XCTAssertEqual(ds["spatial"]?["zones"], ["fr:commune:47157"])
            XCTAssertEqual(ds["tags"]?.array?.contains("irve"), true)
            var resources = ds["resources"]?.array ?? []
            XCTAssertEqual(resources.count, 1)
            XCTAssertEqual(resources.first?["schema"]?["name"], "etalab/schema-irve-statique")
            XCTAssertEqual(resources.first?["schema"]?["version"], "2.3.1")
            let rid = try XCTUnwrap(resources.first?["id"]?.string)
            let published = try XCTUnwrap(self.publishedFile(site))
            let firstChecksum = resources.first?["checksum"]?["value"]?.string
            XCTAssertEqual(firstChecksum, try sha1(published))
            let quality = try XCTUnwrap(ds["quality"]?["score"]?.double)
            XCTAssertEqual(Int((quality * 9).rounded()), Int(predicted), "the real score is the predicted one")
            XCTAssertTrue(r.2.contains("id=\"real-score\" data-score=\"\(Int(predicted))\""), r.2)

            // A second version: same dataset, same resource, new file; the key from the session's memory.
            let newer = String(decoding: faulty, as: UTF8.self).replacingOccurrences(
                of: "2026-10-15", with: "2026-11-02")
            try await dropAndRepair(site, client, v, Array(newer.utf8))
            r = try await site.post(client, "/publish", v, [("csrf", v.csrf), ("action", "publish")] + custom)
            XCTAssertEqual(r.0, .ok, r.2)
            XCTAssertTrue(r.2.contains("Publié : jeu de données mis à jour"), r.2)
            XCTAssertEqual(try datasets().count, 1)
            ds = try api("/datasets/\(id)/")
            resources = ds["resources"]?.array ?? []
            XCTAssertEqual(resources.map { $0["id"]?.string }, [rid])
            XCTAssertNotEqual(resources.first?["checksum"]?["value"]?.string, firstChecksum)
            XCTAssertEqual(ds["title"]?.string, title, "the fiche stays the session's")

            // Forgotten on request.
            r = try await site.post(client, "/publish", v, [("csrf", v.csrf), ("action", "forget")] + custom)
            XCTAssertTrue(r.2.contains("La clé est oubliée."))
            r = try await site.post(client, "/publish", v, [("csrf", v.csrf), ("action", "publish")] + custom)
            XCTAssertEqual(r.0, .unprocessableContent)
            XCTAssertTrue(r.2.contains("Tapez la clé d&#39;API"), r.2)

            // The key is nowhere: answers, log lines, files the server wrote.
            for key in [maire, wrongKey] {
                XCTAssertFalse(site.all.contains { $0.contains(key) }, "a key in an answer")
                XCTAssertFalse(site.log.all.contains { $0.contains(key) }, "a key in a log line")
                for (path, bytes) in site.filesWritten() {
                    XCTAssertNil(bytes.range(of: Data(key.utf8)), "a key in \(path)")
                }
            }
            XCTAssertFalse(site.filesWritten().isEmpty)
        }
    }

    /// The file the last publication sent (the upload with its repairs, in the session's folder).
    func publishedFile(_ site: RecordingSite) -> String? {
        site.filesWritten().map(\.0).first { $0.hasSuffix("/publish/commune-exemple.csv") }
    }
}
