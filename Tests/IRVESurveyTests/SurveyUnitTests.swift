import Foundation
import IRVEFindings
import XCTest

@testable import IRVEPublish
@testable import IRVESurvey

/// The pure parts of `irve survey`: readiness, rate limiting, cache keys, selection, outputs.
final class SurveyUnitTests: XCTestCase {
    static func resource(personal: Bool = false, schema: String? = SurveySelection.statique) -> PublishedResource {
        let org = PublishedResource.Owner(id: "o1", name: "Commune de Rouen", page: "https://www.data.gouv.fr/o/rouen/")
        let person = PublishedResource.Owner(id: "u1", name: "Jean Test", page: nil)
        return PublishedResource(
            datasetID: "d1", datasetTitle: "IRVE de Rouen",
            datasetPage: "https://www.data.gouv.fr/datasets/irve-rouen/",
            organization: personal ? nil : org, owner: personal ? person : nil, resourceID: "r1",
            resourceTitle: "irve, \"statique\"", url: "https://static.example.org/irve.csv", format: "csv",
            declaredSchema: schema, declaredVersion: schema == nil ? nil : "2.3.1", checksum: "sha1:abc",
            lastModified: "2026-11-01T10:00:00", zones: ["fr:commune:76540"], udataQuality: nil, predictedQuality: 6,
            qualityMaximum: 9)
    }

    static func checked(errors: Int = 0, age: Int? = 10, schema: String? = SurveySelection.statique) -> CheckedFile {
        var c = CheckedFile()
        c.errors = errors
        c.detectedSchema = schema
        c.detectedVersion = "2.3.1"
        c.ageDays = age
        c.dateMaj = "2026-11-23"
        c.stations = 2
        c.points = 5
        c.errorsByFamily = errors > 0 ? [.schema: errors] : [:]
        c.communes = []
        return c
    }

    func testReadinessReasons() {
        let r = Self.resource()
        XCTAssertEqual(Readiness.reasons(r, Self.checked(), staleDays: 365), [])
        XCTAssertEqual(Readiness.reasons(r, Self.checked(errors: 3), staleDays: 365), [.invalid])
        XCTAssertEqual(Readiness.reasons(r, nil, staleDays: 365), [.unreadable])
        XCTAssertEqual(
            Readiness.reasons(Self.resource(personal: true), Self.checked(), staleDays: 365), [.personalAccount])
        XCTAssertEqual(
            Readiness.reasons(Self.resource(schema: nil), Self.checked(), staleDays: 365), [.noSchemaDeclared])
        XCTAssertEqual(Readiness.reasons(r, Self.checked(age: 400), staleDays: 365), [.stale])
        XCTAssertEqual(Readiness.reasons(r, Self.checked(age: nil), staleDays: 365), [.stale], "no date_maj: stale")
        XCTAssertEqual(Readiness.reasons(r, Self.checked(schema: nil), staleDays: 365), [.notStatique])
        XCTAssertEqual(
            Readiness.reasons(Self.resource(personal: true, schema: nil), nil, staleDays: 365),
            [.unreadable, .personalAccount, .noSchemaDeclared])
    }

    func testAgeInDays() {
        let today = ISO8601DateFormatter().date(from: "2026-12-03T12:00:00Z") ?? Date()
        XCTAssertEqual(Readiness.ageDays("2026-12-01", today: today), 2)
        XCTAssertEqual(Readiness.ageDays("2025-12-03", today: today), 365)
        XCTAssertNil(Readiness.ageDays("hier", today: today))
        XCTAssertNil(Readiness.ageDays(nil, today: today))
    }

    /// Slots are 1/R apart whatever the threads: N requests cannot all start before (N - 1) / R.
    func testRateLimiterSpacesTheSlots() {
        let limiter = RateLimiter(perSecond: 10)
        XCTAssertEqual(limiter.reserve(at: 100), 0)
        XCTAssertEqual(limiter.reserve(at: 100), 0.1, accuracy: 1e-9)
        XCTAssertEqual(limiter.reserve(at: 100.05), 0.15, accuracy: 1e-9)
        // After a quiet time, no wait and no burst credit beyond one slot.
        XCTAssertEqual(limiter.reserve(at: 200), 0)
        XCTAssertEqual(limiter.reserve(at: 200), 0.1, accuracy: 1e-9)
        XCTAssertEqual(limiter.requests, 5)
    }

    func testRateLimiterWaitsThroughItsSleep() {
        final class Box: @unchecked Sendable {
            var now = 0.0
            var slept: [Double] = []
        }
        let box = Box()
        let limiter = RateLimiter(perSecond: 4, clock: { box.now }, sleep: { box.slept.append($0) })
        for _ in 0..<5 { limiter.wait() }
        XCTAssertEqual(box.slept.count, 4)
        XCTAssertEqual(box.slept.reduce(0, +), 0.25 + 0.5 + 0.75 + 1.0, accuracy: 1e-9)
    }

    func testCacheKeysAndHits() throws {
        let a = DownloadCache.key(url: "https://x/a.csv", checksum: "sha1:1", lastModified: "2026-01-01")
        let b = DownloadCache.key(url: "https://x/a.csv", checksum: "sha1:2", lastModified: "2026-01-01")
        let c = DownloadCache.key(url: "https://x/a.csv", checksum: nil, lastModified: "2026-01-01")
        XCTAssertNotEqual(a, b)
        XCTAssertNotEqual(a, c)
        XCTAssertNotEqual(DownloadCache.name(forKey: a, url: "u"), DownloadCache.name(forKey: b, url: "u"))
        XCTAssertTrue(DownloadCache.name(forKey: a, url: "https://x/a.csv?x=1").hasSuffix(".csv"))
        XCTAssertEqual(DownloadCache.name(forKey: a, url: "https://x/a").count, 16)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("irve-cache-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = DownloadCache(folder: folder)
        XCTAssertNil(cache.hit(key: a, url: "https://x/a.csv"))
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let data = cache.dataPath(a, "https://x/a.csv")
        try Data("x".utf8).write(to: URL(fileURLWithPath: data))
        XCTAssertNil(cache.hit(key: a, url: "https://x/a.csv"), "no key file: not a complete entry")
        try Data(b.utf8).write(to: URL(fileURLWithPath: data + ".key"))
        XCTAssertNil(cache.hit(key: a, url: "https://x/a.csv"), "another key under the same name is no hit")
        try Data(a.utf8).write(to: URL(fileURLWithPath: data + ".key"))
        XCTAssertEqual(cache.hit(key: a, url: "https://x/a.csv"), data)
        XCTAssertEqual(
            DownloadCache.defaultFolder(environment: ["HOME": "/home/ana"]), "/home/ana/.cache/irve/survey")
        XCTAssertEqual(
            DownloadCache.defaultFolder(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]), "/c/irve/survey")
    }

    func testSelection() {
        XCTAssertEqual(SurveySelection.datasetKey("https://www.data.gouv.fr/fr/datasets/irve-rouen/?x=1"), "irve-rouen")
        XCTAssertEqual(SurveySelection.datasetKey(" 5f0c1a2b3c4d5e6f7a8b9c0d "), "5f0c1a2b3c4d5e6f7a8b9c0d")
        XCTAssertEqual(SurveySelection.departement("fr:departement:76"), "76")
        XCTAssertNil(SurveySelection.departement("fr:commune:76540"))
        XCTAssertTrue(SurveySelection.covers(["fr:commune:76540"], "fr:departement:76"))
        XCTAssertFalse(SurveySelection.covers(["fr:commune:47157"], "fr:departement:76"))
        XCTAssertTrue(SurveySelection.covers(["fr:commune:97411"], "fr:departement:974"))
        XCTAssertFalse(SurveySelection.covers(["fr:commune:97411"], "fr:departement:97"))
        XCTAssertTrue(SurveySelection.covers(["fr:commune:2A004"], "fr:departement:2A"))
        XCTAssertTrue(SurveySelection.covers(["fr:departement:76"], "fr:departement:76"))
    }

    func testDatasetJSONKeepsTheSchemasResourcesAndUndeclaredDataFiles() throws {
        let json = try XCTUnwrap(
            JSONValue.parse(
                """
                {"id": "d1", "title": "IRVE", "page": "https://www.data.gouv.fr/datasets/irve/",
                 "owner": {"id": "u1", "first_name": "Jean", "last_name": "Test"},
                 "spatial": {"zones": ["fr:commune:76540"]}, "quality": {"score": 0.6667},
                 "resources": [
                  {"id": "r1", "title": "a", "url": "https://x/a.csv", "format": "csv",
                   "schema": {"name": "etalab/schema-irve-statique", "version": "2.3.1"},
                   "checksum": {"type": "sha1", "value": "ff"}},
                  {"id": "r2", "title": "b", "url": "https://x/b.csv", "format": "csv", "schema": {}},
                  {"id": "r3", "title": "c", "url": "https://x/c.pdf", "format": "pdf"},
                  {"id": "r4", "title": "d", "url": "https://x/d.json", "format": "json",
                   "schema": {"name": "etalab/schema-irve-dynamique"}}]}
                """))
        let found = DatasetJSON.resources(of: json, schema: SurveySelection.statique)
        XCTAssertEqual(found.map(\.resourceID), ["r1", "r2"])
        XCTAssertEqual(found.first?.checksum, "sha1:ff")
        XCTAssertEqual(found.first?.udataQuality, 6)
        XCTAssertEqual(found.first?.owner?.name, "Jean Test")
        XCTAssertTrue(found.first?.isPersonal ?? false)
        XCTAssertNil(found.last?.declaredSchema)
        XCTAssertEqual(found.first?.resourcePage, "https://www.data.gouv.fr/datasets/irve/#/resources/r1")
    }

    static func report() -> SurveyReport {
        var bad = SurveyRecord(resource: resource(personal: true), check: nil, problem: "404", reasons: [])
        bad.reasons = Readiness.reasons(bad.resource, nil, staleDays: 365)
        let good = SurveyRecord(resource: resource(), check: checked(), problem: nil, reasons: [])
        let records = [good, bad]
        return SurveyReport(
            api: "http://127.0.0.1:1/api/1", records: records, totals: Readiness.totals(records), downloaded: 2,
            cached: 0, requests: 3)
    }

    func testJSONShape() throws {
        let json = SurveyJSON.render(Self.report())
        let resources = try XCTUnwrap(json["resources"]?.array)
        XCTAssertEqual(resources.count, 2)
        for key in ["organization", "dataset", "resource", "url", "valid", "errors", "warnings", "stations", "ready"] {
            XCTAssertNotNil(resources[0][key], key)
        }
        XCTAssertEqual(resources[0]["valid"], .bool(true))
        XCTAssertEqual(resources[1]["valid"], .null)
        XCTAssertEqual(resources[1]["reasons"], .array([.string("unreadable"), .string("personal_account")]))
        XCTAssertEqual(resources[1]["organization"], .null)
        XCTAssertEqual(resources[0]["quality"]?["source"], .string("irve"))
        XCTAssertEqual(json["summary"]?["resources"]?.int, 2)
        XCTAssertEqual(json["summary"]?["ready"]?.int, 1)
        XCTAssertEqual(json["summary"]?["unreadable"]?.int, 1)
    }

    func testCSVQuotesAndDefusesFormulas() {
        let csv = SurveyCSV.render(Self.report(), staleDays: 365, lang: .fr)
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.count, 4, csv)
        XCTAssertTrue(lines[0].hasPrefix("Organisation,Jeu de données,Ressource,"), lines[0])
        XCTAssertTrue(lines[1].contains("\"irve, \"\"statique\"\"\""), lines[1])
        XCTAssertTrue(lines[2].contains("compte personnel (Jean Test)"), lines[2])
        XCTAssertEqual(SurveyCSV.quoted("=HYPERLINK(1)"), "'=HYPERLINK(1)")
        XCTAssertTrue(SurveyCSV.render(Self.report(), staleDays: 365, lang: .en).hasPrefix("Organisation,Dataset,"))
    }

    func testTextTable() {
        let fr = SurveyText.render(Self.report(), staleDays: 365, lang: .fr)
        XCTAssertTrue(fr.contains("fichier illisible, publié par un compte personnel"), fr)
        XCTAssertTrue(fr.contains("Bilan : 2 ressource(s) — 1 valide(s), 0 non valide(s), 1 illisible(s)"), fr)
        let en = SurveyText.render(Self.report(), staleDays: 365, lang: .en)
        XCTAssertTrue(en.contains("unreadable file, published by a personal account"), en)
    }

    func testHTMLIsSelfContained() {
        var report = Self.report()
        report.records[0].resource.datasetTitle = "<script>alert(1)</script>"
        report.records[0].resource.datasetPage = "javascript:alert(1)"
        report.records[0].check?.communes = [FileFacts.Commune(insee: "76540", name: "Rouen", points: 5)]
        let html = SurveyHTML.render(report, staleDays: 365, date: "2026-12-03", lang: .fr)
        XCTAssertTrue(html.contains("default-src 'none'"))
        XCTAssertFalse(html.contains("<script>alert"), "record text is escaped")
        XCTAssertFalse(html.contains("href=\"javascript:"), "only web addresses become links")
        XCTAssertFalse(html.contains(" src="), "no external asset")
        XCTAssertFalse(html.contains("<link"), "no external style sheet")
        XCTAssertFalse(html.range(of: " on[a-z]+=", options: .regularExpression) != nil, "no inline handler")
        XCTAssertTrue(html.contains("<details class=\"not-ready\"><summary>Rouen (76540) — 2 ressource(s)"), html)
        XCTAssertTrue(html.contains("Premiers problèmes à corriger"))
        XCTAssertTrue(html.contains("<table id=\"survey\">"))
        XCTAssertEqual(html.components(separatedBy: "<script>").count, 2, "one script block, the sorter")
        XCTAssertTrue(SurveyHTML.render(report, staleDays: 365, date: "d", lang: .en).contains("First problems to fix"))
    }
}
