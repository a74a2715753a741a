import Foundation
import IRVEFindings
import IRVEHTTP
import IRVEPublish
import IRVETestSupport
import XCTest

/// `irve publish` end to end against a real udata (PyPI `udata`, mongomock) on 127.0.0.1, seeded with
/// a commune organisation, a member and an outsider: first publication, update with a new file,
/// metadata update, wrong key, outsider, unknown schema version, invalid file refused, lost local
/// state, dry run — and no API key anywhere in what irve prints or writes.
final class UdataPublishIntegrationTests: XCTestCase {
    var server: UdataServer!
    var tmp: URL!
    var outputs: [String] = []
    let http = HTTPClient()

    override func setUpWithError() throws {
        _ = try BuiltIRVE.path()
        let catalog = try? Paths.shared("datagouv/schema-catalog-local-irve.json")
        server = try UdataServer(
            seed: """
                {"zones": [{"code": "47157", "name": "Marmande"}],
                 "users": [{"key": "maire", "email": "maire@marmande.example.org", "first_name": "Maire", "last_name": "Marmande"},
                           {"key": "outsider", "email": "quelquun@ailleurs.example.org"}],
                 "organizations": [{"key": "marmande", "name": "Commune de Marmande", "members": ["maire"]}]}
                """, catalog: catalog)
        tmp = try Paths.temporaryFolder("irve-publish-it")
        print("udata started in \(String(format: "%.1f", server.startSeconds)) s on port \(server.seeded.port)")
    }

    override func tearDownWithError() throws {
        server?.stop()
        if let tmp { try? FileManager.default.removeItem(at: tmp) }
    }

    // MARK: Helpers

    var maire: String { server.seeded.tokens["maire"] ?? "" }
    var outsider: String { server.seeded.tokens["outsider"] ?? "" }
    var org: String { server.seeded.organizations["marmande"] ?? "" }
    let wrongKey = "udata_cle-inventee-\(UUID().uuidString)"

    /// `irve publish FILE --send --api … --state …` with the given key; every output is kept for the key check.
    @discardableResult
    func publish(
        _ file: String, key: String?, _ extra: [String] = [], send: Bool = true, state: String? = nil,
        line: UInt = #line
    ) throws -> BuiltIRVE.Run {
        var args =
            [
                "publish", file, "--api", server.seeded.base, "--state",
                state ?? tmp.appendingPathComponent("state.sqlite").path,
            ] + extra
        if send { args.append("--send") }
        let r = try BuiltIRVE.run(args, environment: ["DATAGOUV_API_KEY": key, "HOME": tmp.path])
        outputs.append(r.all)
        XCTAssertFalse(r.all.contains("Fatal error") || r.all.contains("Stack dump"), r.all, line: line)
        return r
    }

    func api(_ method: String, _ path: String, key: String? = nil, body: JSONValue? = nil) throws -> JSONValue {
        var headers: [(name: String, value: String)] = []
        if let key { headers.append(("X-API-KEY", key)) }
        let r = try http.send(
            HTTPRequest(
                method: method, url: server.seeded.base + path, headers: headers,
                body: body.map { .bytes(Array($0.compact.utf8), contentType: "application/json") } ?? .none))
        XCTAssertTrue(r.isSuccess, "\(method) \(path) → \(r.status) \(r.text)")
        return JSONValue.parse(r.body) ?? .null
    }

    func datasets() throws -> [JSONValue] {
        try api("GET", "/datasets/?organization=\(org)&page_size=50", key: maire)["data"]?.array ?? []
    }

    func sampleCopy(_ name: String, replacing: [(String, String)] = []) throws -> String {
        var text = try String(contentsOfFile: Paths.correctedSample, encoding: .utf8)
        for (a, b) in replacing { text = text.replacingOccurrences(of: a, with: b) }
        let url = tmp.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    // MARK: The scenario

    func testPublicationLifecycleAgainstARealUdata() throws {
        let start = Date()
        let first = try sampleCopy("bornes-marmande-2026-10.csv")

        // Dry run: the plan is written, nothing reaches udata.
        let planDir = tmp.appendingPathComponent("plan").path
        var r = try publish(first, key: maire, ["--org", "Commune de Marmande", "--plan-dir", planDir], send: false)
        XCTAssertEqual(r.status, 0, r.all)
        XCTAssertTrue(r.stdout.contains("Simulation (rien n'a été envoyé)"), r.all)
        XCTAssertGreaterThan(try FileManager.default.contentsOfDirectory(atPath: planDir).count, 5)
        XCTAssertEqual(try datasets().count, 0)

        // A file with errors is refused before any request.
        r = try publish(Paths.faultySample, key: maire, ["--org", "Commune de Marmande"])
        XCTAssertEqual(r.status, 1, r.all)
        XCTAssertTrue(r.stderr.contains("publication refusée"), r.all)
        XCTAssertTrue(r.stderr.contains("commune-exemple.csv"), r.all)
        XCTAssertEqual(try datasets().count, 0)

        // Wrong key.
        r = try publish(first, key: wrongKey, ["--org", "Commune de Marmande"])
        XCTAssertEqual(r.status, 1, r.all)
        XCTAssertTrue(r.stderr.contains("clé d'API refusée par data.gouv.fr (clé inconnue)"), r.all)

        // No key at all.
        r = try publish(first, key: nil, ["--org", "Commune de Marmande"])
        XCTAssertEqual(r.status, 2, r.all)
        XCTAssertTrue(r.stderr.contains("DATAGOUV_API_KEY"), r.all)

        // An outsider cannot publish for the commune.
        r = try publish(first, key: outsider, ["--org", "Commune de Marmande"])
        XCTAssertEqual(r.status, 1, r.all)
        XCTAssertTrue(r.stderr.contains("n'est pas membre de l'organisation « Commune de Marmande »"), r.all)
        XCTAssertEqual(try datasets().count, 0)

        // First publication.
        r = try publish(first, key: maire, ["--org", "Commune de Marmande"])
        XCTAssertEqual(r.status, 0, r.all)
        XCTAssertTrue(r.stdout.contains("Publié : nouveau jeu de données"), r.all)
        XCTAssertTrue(r.stdout.contains("Note de qualité data.gouv.fr : 9/9"), r.all)
        var list = try datasets()
        XCTAssertEqual(list.count, 1)
        let id = try XCTUnwrap(list.first?["id"]?.string)
        var ds = try api("GET", "/datasets/\(id)/", key: maire)
        XCTAssertEqual(ds["private"], false)
        XCTAssertEqual(
            ds["title"], "IRVE – Infrastructures de recharge pour véhicules électriques – Commune de Marmande")
        XCTAssertEqual(ds["license"], "lov2")
        XCTAssertEqual(ds["frequency"], "irregular")
        XCTAssertEqual(ds["organization"]?["id"]?.string, org)
        XCTAssertEqual(ds["spatial"]?["zones"], ["fr:commune:47157"])
        XCTAssertEqual(ds["spatial"]?["granularity"], "poi")
        XCTAssertEqual(ds["temporal_coverage"]?["start"], "2019-10-07")
        XCTAssertEqual(ds["tags"]?.array?.contains("irve"), true)
        XCTAssertEqual(ds["contact_points"]?.array?.count, 1)
        XCTAssertEqual(
            ds["quality"]?["score"], .number(1),
            "udata's own score is the predicted 9/9: \(ds["quality"]?.compact ?? "")")
        var resources = ds["resources"]?.array ?? []
        XCTAssertEqual(resources.count, 1)
        let rid = try XCTUnwrap(resources.first?["id"]?.string)
        XCTAssertEqual(resources.first?["schema"]?["name"], "etalab/schema-irve-statique")
        XCTAssertEqual(resources.first?["schema"]?["version"], "2.3.1")
        XCTAssertEqual(resources.first?["type"], "main")
        XCTAssertEqual(resources.first?["format"], "csv")
        XCTAssertEqual(resources.first?["title"], "IRVE statique – Commune de Marmande – données au 2026-10-15")
        XCTAssertFalse(resources.first?["description"]?.string?.isEmpty ?? true)
        let firstChecksum = resources.first?["checksum"]?["value"]?.string

        // An outsider holding the dataset id cannot replace the file.
        r = try publish(first, key: outsider, ["--dataset", id])
        XCTAssertEqual(r.status, 1, r.all)
        XCTAssertTrue(r.stderr.contains("autre producteur"), r.all)

        // Someone edits the record on the website: a tag and an acronym irve does not manage.
        var edited =
            ds.pairs?.filter {
                ["title", "description", "license", "frequency", "temporal_coverage", "spatial", "private"].contains(
                    $0.key)
            } ?? []
        edited.append(("tags", .array((ds["tags"]?.array ?? []) + ["parking-relais"])))
        edited.append(("acronym", "IRVE-MAR"))
        _ = try api("PUT", "/datasets/\(id)/", key: maire, body: .object(edited))

        // Update with a new file (other name, newer data): same dataset, same resource, title re-sent.
        let second = try sampleCopy("bornes-marmande-2026-11.csv", replacing: [("2026-10-15", "2026-11-02")])
        r = try publish(second, key: maire, ["--org", "Commune de Marmande"])
        XCTAssertEqual(r.status, 0, r.all)
        XCTAssertTrue(r.stdout.contains("Mis à jour : jeu de données \(id), ressource \(rid)"), r.all)
        ds = try api("GET", "/datasets/\(id)/", key: maire)
        resources = ds["resources"]?.array ?? []
        XCTAssertEqual(resources.count, 1)
        XCTAssertEqual(resources.first?["id"]?.string, rid)
        XCTAssertNotEqual(resources.first?["checksum"]?["value"]?.string, firstChecksum, "the file was replaced")
        XCTAssertEqual(resources.first?["title"], "IRVE statique – Commune de Marmande – données au 2026-11-02")
        XCTAssertEqual(ds["temporal_coverage"]?["end"], "2026-11-02")
        XCTAssertEqual(ds["tags"]?.array?.contains("parking-relais"), true, "read-merge-write keeps the website's tag")
        XCTAssertEqual(ds["acronym"], "IRVE-MAR")
        XCTAssertEqual(ds["contact_points"]?.array?.count, 1, "the contact point is reused, not duplicated")

        // A schema version unknown to the catalogue: udata refuses, irve says what to do.
        if (try? Paths.shared("datagouv/schema-catalog-local-irve.json")) != nil {
            r = try publish(second, key: maire, ["--org", "Commune de Marmande", "--schema-version", "2.4.0"])
            XCTAssertEqual(r.status, 1, r.all)
            XCTAssertTrue(r.stderr.contains("version de schéma refusée"), r.all)
            XCTAssertTrue(r.stderr.contains("2.3.1"), r.all)
        }

        // Metadata update: options and the metadata file next to the CSV.
        try "mots-cles : gare\ncomplement : Les bornes de la gare sont gratuites le dimanche.\n"
            .write(
                to: tmp.appendingPathComponent("bornes-marmande-2026-11.fiche.txt"), atomically: true, encoding: .utf8)
        r = try publish(
            second, key: maire,
            [
                "--org", "Commune de Marmande", "--title", "Bornes de recharge de Marmande (IRVE)", "--frequency",
                "mensuelle",
            ])
        XCTAssertEqual(r.status, 0, r.all)
        ds = try api("GET", "/datasets/\(id)/", key: maire)
        XCTAssertEqual(ds["title"], "Bornes de recharge de Marmande (IRVE)")
        XCTAssertEqual(ds["frequency"], "monthly")
        XCTAssertEqual(ds["tags"]?.array?.contains("gare"), true)
        XCTAssertEqual(ds["tags"]?.array?.contains("parking-relais"), true)
        XCTAssertTrue(ds["description"]?.string?.contains("gratuites le dimanche") ?? false)
        XCTAssertEqual(ds["resources"]?.array?.first?["schema"]?["version"], "2.3.1")
        XCTAssertEqual(ds["quality"]?["score"], .number(1))

        // The local state is lost: the dataset is found again in the organisation, not duplicated.
        r = try publish(
            second, key: maire, ["--org", "Commune de Marmande"],
            state: tmp.appendingPathComponent("other-state.sqlite").path)
        XCTAssertEqual(r.status, 0, r.all)
        XCTAssertTrue(r.stdout.contains("jeu de données trouvé dans l'organisation : \(id)"), r.all)
        list = try datasets()
        XCTAssertEqual(list.count, 1)

        // No key anywhere: outputs, dry-run files, state, metadata file.
        var written = outputs
        let files = FileManager.default.enumerator(atPath: tmp.path)?.compactMap { $0 as? String } ?? []
        for f in files {
            var isDir: ObjCBool = false
            let path = tmp.appendingPathComponent(f).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue,
                let data = FileManager.default.contents(atPath: path)
            {
                written.append(String(decoding: data, as: UTF8.self))
            }
        }
        XCTAssertGreaterThan(files.count, 8)
        for (name, key) in [("maire", maire), ("outsider", outsider), ("wrong", wrongKey)] {
            XCTAssertFalse(key.isEmpty)
            for text in written {
                XCTAssertFalse(text.contains(key), "the \(name) key leaked into: \(text.prefix(300))")
            }
        }
        print(
            "udata publication scenario: \(String(format: "%.1f", Date().timeIntervalSince(start))) s after a \(String(format: "%.1f", server.startSeconds)) s start"
        )
    }
}
