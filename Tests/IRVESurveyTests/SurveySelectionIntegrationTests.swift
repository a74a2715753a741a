import Foundation
import IRVETestSupport
import XCTest

/// `--org`, `--dataset` and `--zone` against the real udata (SurveyUdata): each selects exactly
/// the resources it names, alone or together; and the exit codes of a survey.
final class SurveySelectionIntegrationTests: XCTestCase {
    var udata: SurveyUdata!
    var scratch: URL!

    override func setUpWithError() throws {
        udata = try SurveyUdata.shared()
        scratch = try TestPaths.temporaryFolder("irve-survey-sel")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: scratch)
    }

    /// The dataset titles a JSON survey with `arguments` lists, and its exit code.
    func selected(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) throws
        -> (titles: Set<String>, status: Int32)
    {
        let (run, _) = try udata.survey(
            arguments + ["--format", "json"], cache: scratch.appendingPathComponent("cache"), file: file, line: line)
        let object = try JSONSerialization.jsonObject(with: run.stdoutData) as? [String: Any]
        let list = try XCTUnwrap(object?["resources"] as? [[String: Any]], run.summary, file: file, line: line)
        let titles = list.compactMap { $0["dataset"] as? String }
        XCTAssertEqual(titles.count, Set(titles).count, "each resource once: \(titles)", file: file, line: line)
        return (Set(titles), run.status)
    }

    func testOrganisationBySlugAndByID() throws {
        let rouen: Set = ["Bornes de Rouen", "IRVE lente", "IRVE énorme"]
        XCTAssertEqual(try selected(["--org", "ville-de-rouen"]).titles, rouen)
        let id = try XCTUnwrap(udata.server.seeded.organizations["rouen"])
        XCTAssertEqual(try selected(["--org", id]).titles, rouen)
        // An organisation's datasets tagged `irve` without a schema are found too.
        XCTAssertEqual(
            try selected(["--org", "commune-de-marmande"]).titles,
            ["IRVE Marmande", "IRVE Marmande (brouillon)", "Recharge Marmande", "IRVE Seyches"])
    }

    func testDatasetBySlugIDAndAddress() throws {
        let slug = try selected(["--dataset", "irve-marmande"])
        XCTAssertEqual(slug.titles, ["IRVE Marmande"])
        XCTAssertEqual(slug.status, 0, "the only resource is ready: exit 0")
        let id = try XCTUnwrap(udata.server.seeded.datasets["personal"])
        XCTAssertEqual(try selected(["--dataset", id]).titles, ["Mes bornes"])
        let address = udata.site + "/fr/datasets/irve-marmande-brouillon/"
        let both = try selected(["--dataset", address, "--dataset", "mes-bornes"])
        XCTAssertEqual(both.titles, ["IRVE Marmande (brouillon)", "Mes bornes"])
        XCTAssertEqual(both.status, 1)
    }

    func testZoneCommuneAndDepartement() throws {
        // A commune: the datasets covering it, whoever publishes them (the person's included).
        XCTAssertEqual(
            try selected(["--zone", "fr:commune:47200"]).titles, ["Mes bornes", "IRVE Seyches"])
        // A département: the datasets covering its communes (47157 and 47200, not Rouen's 76540),
        // the one tagged `irve` without a schema included.
        XCTAssertEqual(
            try selected(["--zone", "fr:departement:47"]).titles,
            ["IRVE Marmande", "IRVE Marmande (brouillon)", "Recharge Marmande", "Mes bornes", "IRVE Seyches"])
    }

    /// `--schema`: the resources declaring that schema, and the organisation's datasets tagged
    /// `irve` that declare none; the default schema leaves the other one out (tests above).
    func testSchema() throws {
        XCTAssertEqual(
            try selected(["--org", "commune-de-marmande", "--schema", "etalab/schema-irve-dynamique"]).titles,
            ["IRVE Marmande temps réel", "Recharge Marmande"])
        XCTAssertEqual(
            try selected(["--schema", "etalab/schema-irve-dynamique"]).titles, ["IRVE Marmande temps réel"],
            "without organisation nor zone, only the resources declaring the schema")
    }

    /// The text table: a heading, one line per resource, the summary; French by default, English
    /// with `--lang en`.
    func testTextTable() throws {
        let cache = scratch.appendingPathComponent("cache")
        let (fr, _) = try udata.survey(["--dataset", "irve-marmande", "--dataset", "mes-bornes"], cache: cache)
        XCTAssertEqual(fr.status, 1, fr.summary)
        let lines = fr.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.contains("IRVE Marmande") && $0.contains("oui") }, fr.summary)
        XCTAssertTrue(lines.contains { $0.contains("Mes bornes") && $0.contains("compte personnel") }, fr.summary)
        let (en, _) = try udata.survey(
            ["--dataset", "irve-marmande", "--dataset", "mes-bornes", "--lang", "en"], cache: cache)
        XCTAssertTrue(en.stdout.contains("personal account"), en.summary)
        XCTAssertNotEqual(fr.stdout, en.stdout)
    }

    /// `--org` and `--zone` together: an organisation's datasets covering the zone.
    func testOrganisationAndZoneTogether() throws {
        XCTAssertEqual(
            try selected(["--org", "commune-de-marmande", "--zone", "fr:commune:47200"]).titles, ["IRVE Seyches"])
        XCTAssertEqual(try selected(["--org", "ville-de-rouen", "--zone", "fr:departement:47"]).titles, [])
    }

    /// Exit 2 and a French message naming the API when it cannot be reached, or an organisation
    /// it does not know.
    func testUnreachableAPIAndUnknownOrganisation() throws {
        let unreachable = try BuiltIRVE.run(["survey", "--api", "http://127.0.0.1:1/api/1", "--no-cache"])
        XCTAssertEqual(unreachable.status, 2, unreachable.summary)
        XCTAssertTrue(unreachable.stderr.contains("http://127.0.0.1:1/api/1"), unreachable.summary)
        XCTAssertTrue(unreachable.stderr.contains("connexion refusée"), unreachable.summary)
        XCTAssertEqual(unreachable.stdout, "")
        XCTAssertTrue(unreachable.stderr.contains("nouvel essai dans"), "retried with back-off: \(unreachable.summary)")
        let (unknown, _) = try udata.survey(["--org", "nulle-part"], cache: scratch.appendingPathComponent("c"))
        XCTAssertEqual(unknown.status, 2, unknown.summary)
        XCTAssertTrue(unknown.stderr.contains("nulle-part"), unknown.summary)
    }
}
