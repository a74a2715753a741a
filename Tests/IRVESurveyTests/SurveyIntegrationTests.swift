import Foundation
import IRVETestSupport
import XCTest

/// `irve survey` (the built binary) against a real udata on 127.0.0.1 seeded with every case of
/// issue 15 (SurveyUdata): what it says of each resource, its CSV and HTML outputs, its exit codes,
/// its cache (a rerun downloads nothing again) and its politeness (the rate asked for is kept).
final class SurveyIntegrationTests: XCTestCase {
    var udata: SurveyUdata!
    var scratch: URL!

    override func setUpWithError() throws {
        udata = try SurveyUdata.shared()
        scratch = try TestPaths.temporaryFolder("irve-survey-run")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Both organisations and the person's dataset: the eight cases.
    static let everything = ["--org", "commune-de-marmande", "--org", "ville-de-rouen", "--dataset", "mes-bornes"]

    /// The resources of a `--format json` run, by dataset title.
    func resources(_ run: BuiltIRVE.Run, file: StaticString = #filePath, line: UInt = #line) throws
        -> (byDataset: [String: [String: Any]], summary: [String: Any])
    {
        let object = try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any]
        let list = try XCTUnwrap(object?["resources"] as? [[String: Any]], run.summary, file: file, line: line)
        let summary = try XCTUnwrap(object?["summary"] as? [String: Any], run.summary, file: file, line: line)
        var out: [String: [String: Any]] = [:]
        for r in list {
            let title = try XCTUnwrap(r["dataset"] as? String, file: file, line: line)
            XCTAssertNil(out[title], "\(title) listed twice", file: file, line: line)
            out[title] = r
        }
        return (out, summary)
    }

    func testEachCaseIsJudged() throws {
        let html = scratch.appendingPathComponent("synthese.html")
        let (run, _) = try udata.survey(
            Self.everything + ["--format", "json", "--html", html.path], cache: scratch.appendingPathComponent("c"))
        XCTAssertEqual(run.status, 1, "not every resource is ready: exit 1\n\(run.summary)")
        let (r, summary) = try resources(run)
        XCTAssertEqual(Set(r.keys), Set(Expected.all.map(\.dataset)), run.summary)
        for expected in Expected.all {
            guard let got = r[expected.dataset] else { continue }
            expected.check(got)
        }
        XCTAssertEqual(summary["resources"] as? Int, 8)
        XCTAssertEqual(summary["valid"] as? Int, 3)
        XCTAssertEqual(summary["invalid"] as? Int, 2)
        XCTAssertEqual(summary["unreadable"] as? Int, 3)
        XCTAssertEqual(summary["ready"] as? Int, 1)
        XCTAssertEqual(summary["errors"] as? Int, 41)
        XCTAssertEqual(summary["warnings"] as? Int, 5)
        XCTAssertEqual(summary["stations"] as? Int, 8 * 4 + 1)
        XCTAssertEqual(summary["charge_points"] as? Int, 20 * 3 + 19 + 2)
        XCTAssertEqual(summary["api"] as? String, udata.api)
        // Every resource but the 404, the slow and the big one was downloaded once, nothing cached.
        XCTAssertEqual(summary["downloaded"] as? Int, 8)
        XCTAssertEqual(summary["from_cache"] as? Int, 0)
        XCTAssertTrue(run.stderr.contains("8 fichier(s) téléchargé(s), 0 repris du cache"), run.summary)
        try assertSelfContained(html)
    }

    /// The page opens offline: no script, style sheet, image or font fetched from anywhere, and
    /// its only links are the resources' pages and files.
    func assertSelfContained(_ html: URL) throws {
        let page = try String(contentsOf: html, encoding: .utf8)
        XCTAssertTrue(page.contains("content=\"default-src 'none'"), "a CSP that forbids every fetch")
        for forbidden in [" src=", "<link", "@import", "url(", "<iframe", "<object", "<embed", "srcset="] {
            XCTAssertFalse(page.lowercased().contains(forbidden), "an external asset (\(forbidden)) in the page")
        }
        let hrefs = page.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
        XCTAssertFalse(hrefs.isEmpty, "links to the datasets")
        for href in hrefs {
            let ok = [udata.site + "/datasets/", udata.files + "/", "https://www.data.gouv.fr/"]
                .contains { href.hasPrefix($0) }
            XCTAssertTrue(ok, "link to \(href): only the resources' pages and files")
        }
        XCTAssertEqual(page.components(separatedBy: "<a href=").count - 1, hrefs.count, "hrefs only on links")
        for title in Expected.all.map(\.dataset) { XCTAssertTrue(page.contains(xmlEscaped(title)), title) }
        XCTAssertTrue(page.contains("<table id=\"survey\">") && page.contains("aria-sort"), "a sortable table")
        XCTAssertTrue(page.contains("<details"), "per-commune details that fold")
        XCTAssertTrue(page.contains("Marmande") && page.contains("47157"), "the communes of the files")
        XCTAssertTrue(page.contains("<ol class=\"problems\">"), "the first problems to fix")
    }

    func xmlEscaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    /// A rerun with the same cache asks for no file it already has: only the three that failed
    /// (404, slow, oversized) are tried again.
    func testSecondRunDownloadsNothingAgain() throws {
        let cache = scratch.appendingPathComponent("cache")
        let (first, firstRequests) = try udata.survey(Self.everything + ["--format", "json"], cache: cache)
        XCTAssertEqual(first.status, 1, first.summary)
        let fetched = firstRequests.filter { $0.kind == "file" }.map(\.path)
        XCTAssertEqual(
            fetched.sorted(),
            [
                "/big/\(SurveyUdata.bigMiB)", "/errors.csv", "/missing.csv", "/noschema.csv", "/personal.csv",
                "/slow/slow.csv", "/v1.csv", "/valid.csv",
            ], "each file asked for once")
        let (second, secondRequests) = try udata.survey(Self.everything + ["--format", "json"], cache: cache)
        XCTAssertEqual(second.status, 1, second.summary)
        let again = secondRequests.filter { $0.kind == "file" }.map(\.path).sorted()
        XCTAssertEqual(again, ["/big/\(SurveyUdata.bigMiB)", "/missing.csv", "/slow/slow.csv"], "no file again")
        let (r, summary) = try resources(second)
        XCTAssertEqual(summary["downloaded"] as? Int, 3, "the failed ones are tried again, not cached")
        XCTAssertEqual(summary["from_cache"] as? Int, 5)
        for (title, record) in r {
            XCTAssertEqual(record["from_cache"] as? Bool, record["valid"] is Bool, title)
        }
        // Same verdicts from the cached files.
        for expected in Expected.all { if let got = r[expected.dataset] { expected.check(got) } }
        XCTAssertTrue(second.stderr.contains("3 fichier(s) téléchargé(s), 5 repris du cache"), second.summary)
    }

    /// A rerun downloads what changed: the producer replaces a file (udata's checksum changes,
    /// here through the API with the organisation member's key), the other stays cached.
    func testChangedChecksumIsDownloadedAgain() throws {
        let cache = scratch.appendingPathComponent("cache")
        let selection = ["--dataset", "irve-marmande", "--dataset", "mes-bornes", "--format", "json"]
        let (first, firstRequests) = try udata.survey(selection, cache: cache)
        XCTAssertEqual(
            firstRequests.filter { $0.kind == "file" }.map(\.path).sorted(), ["/personal.csv", "/valid.csv"])
        XCTAssertEqual(try resources(first).summary["downloaded"] as? Int, 2)
        let dataset = try XCTUnwrap(udata.server.seeded.datasets["valid"])
        let key = try XCTUnwrap(udata.server.seeded.tokens["maire"])
        let script = """
            import json, sys, urllib.request
            base, dataset, key = sys.argv[1:4]
            r = json.load(urllib.request.urlopen(f"{base}/datasets/{dataset}/"))["resources"][0]
            body = {"title": r["title"], "url": r["url"], "filetype": "remote", "format": "csv",
                    "schema": r["schema"], "checksum": {"type": "sha1", "value": "1" * 40}}
            request = urllib.request.Request(f"{base}/datasets/{dataset}/resources/{r['id']}/", method="PUT",
                data=json.dumps(body).encode(), headers={"X-API-KEY": key, "Content-Type": "application/json"})
            print(json.load(urllib.request.urlopen(request))["checksum"]["value"])
            """
        let changed = try SurveyUdata.python(script, [udata.api, dataset, key])
        XCTAssertEqual(changed.trimmingCharacters(in: .whitespacesAndNewlines), String(repeating: "1", count: 40))
        let (second, secondRequests) = try udata.survey(selection, cache: cache)
        XCTAssertEqual(secondRequests.filter { $0.kind == "file" }.map(\.path), ["/valid.csv"], "only what changed")
        let (r, summary) = try resources(second)
        XCTAssertEqual(summary["downloaded"] as? Int, 1)
        XCTAssertEqual(summary["from_cache"] as? Int, 1)
        XCTAssertEqual(r["IRVE Marmande"]?["from_cache"] as? Bool, false)
        XCTAssertEqual(r["Mes bornes"]?["from_cache"] as? Bool, true)
        Expected.valid.check(try XCTUnwrap(r["IRVE Marmande"]))
    }

    /// `--rate 4`, then the default (10): never more than R requests (API and files) within a
    /// second at the server. Each request is logged when udata or the file server reads it, a
    /// little after irve sent it, so R + 1 requests within 0.8 s already show a broken limiter
    /// (irve spaces them 1/R s apart).
    func testRateIsObeyed() throws {
        let rate = 4
        let (run, requests) = try udata.survey(
            Self.everything + ["--rate", String(rate), "--format", "json"],
            cache: scratch.appendingPathComponent("c"))
        XCTAssertEqual(run.status, 1, run.summary)
        assertRate(requests, rate)
        // irve's default: 10 per second.
        let (byDefault, defaultRequests) = try udata.survey(
            Self.everything + ["--format", "json"], cache: scratch.appendingPathComponent("d"))
        XCTAssertEqual(byDefault.status, 1, byDefault.summary)
        assertRate(defaultRequests, 10)
    }

    func assertRate(_ requests: [SurveyUdata.Request], _ rate: Int, file: StaticString = #filePath, line: UInt = #line)
    {
        XCTAssertGreaterThanOrEqual(requests.count, 15, "API requests and downloads", file: file, line: line)
        XCTAssertTrue(requests.contains { $0.kind == "api" } && requests.contains { $0.kind == "file" })
        let times = requests.map(\.seconds).sorted()
        for i in times.indices.dropFirst(rate) {
            let window = times[i] - times[i - rate]
            XCTAssertGreaterThan(
                window, 0.8, "\(rate + 1) requests within \(window) s: \(requests)", file: file, line: line)
        }
        let span = (times.last ?? 0) - (times.first ?? 0)
        XCTAssertGreaterThan(
            span, Double(times.count - 1) / Double(rate) - 0.2, "\(times.count) requests", file: file, line: line)
    }

    /// The CSV parses with Python's csv module: a heading row, one row per resource, as many cells.
    func testCSVParses() throws {
        let (run, _) = try udata.survey(
            Self.everything + ["--format", "csv"], cache: scratch.appendingPathComponent("c"))
        XCTAssertEqual(run.status, 1, run.summary)
        let csvFile = scratch.appendingPathComponent("survey.csv")
        try run.stdoutData.write(to: csvFile)
        let script = """
            import csv, json, sys
            rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8"), strict=True))
            print(json.dumps(rows))
            """
        let python = try SurveyUdata.python(script, [csvFile.path])
        let rows = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(python.utf8)) as? [[String]], python)
        XCTAssertEqual(rows.count, 1 + 8, run.summary)
        let heading = try XCTUnwrap(rows.first)
        XCTAssertEqual(heading.prefix(3), ["Organisation", "Jeu de données", "Ressource"])
        for row in rows { XCTAssertEqual(row.count, heading.count, "\(row)") }
        let column = { (name: String) in heading.firstIndex(of: name) ?? 0 }
        let brouillon = try XCTUnwrap(rows.first { $0[column("Jeu de données")] == "IRVE Marmande (brouillon)" })
        XCTAssertEqual(brouillon[column("Erreurs")], "40")
        XCTAssertEqual(brouillon[column("Verdict")], "non valide")
        XCTAssertEqual(brouillon[column("Prête")], "non")
        let valid = try XCTUnwrap(rows.first { $0[column("Jeu de données")] == "IRVE Marmande" })
        XCTAssertEqual(valid[column("Prête")], "oui")
        XCTAssertEqual(valid[column("Stations")], "8")
    }
}
