import Foundation
import IRVEFindings
import IRVEGeo
import IRVEValues
import IRVEWording
import XCTest

@testable import IRVEGeocode

/// The local BAN index and a real addok, fed the same BAN fixture, give the same answers:
/// same street and number, positions within metres, scores on the same side of the thresholds.
final class BackendAgreementTests: XCTestCase {
    static let indexPath = FileManager.default.temporaryDirectory.appendingPathComponent(
        "irve-agreement-\(UUID().uuidString).sqlite"
    ).path

    override class func setUp() {
        super.setUp()
        _ = try? BANImporter(indexPath: indexPath).importFiles([AddokHarness.fixture.path])
    }

    override class func tearDown() {
        AddokHarness.stopShared()
        try? FileManager.default.removeItem(atPath: indexPath)
        super.tearDown()
    }

    /// One query per street of the fixture (its first number, full address) plus hard cases.
    static func queries() throws -> [GeocodeQuery] {
        var out: [GeocodeQuery] = []
        var seen = Set<String>()
        let text = try String(contentsOf: AddokHarness.fixture, encoding: .utf8)
        for line in text.split(separator: "\n").dropFirst() {
            let f = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 23, f[3].isEmpty, seen.insert(f[6] + f[4] + f[5]).inserted else { continue }
            out.append(GeocodeQuery(address: "\(f[2]) \(f[4]) \(f[5]) \(f[7])", citycode: f[6]))
        }
        out += [
            GeocodeQuery(address: "1 bis rue de l'exemple fictif rouen", citycode: "76540"),
            GeocodeQuery(address: "Parking de la gare, 999 Rue de l'Exemple Fictif 76000 Rouen", citycode: "76540"),
            GeocodeQuery(address: "Rue de l'Exemple Fictif 69001 Lyon", citycode: "69123"),
            GeocodeQuery(address: "Rue de l'Exemple Fictif", citycode: "27229"),
            GeocodeQuery(address: "14 rue des Licornes Inexistantes", citycode: "27681"),
            GeocodeQuery(address: "Avenue du Test Fictif Vernon"),
            GeocodeQuery(address: "Quai du Port Fictif 76600 Le Havre"),
        ]
        return out
    }

    func testBothBackEndsGiveTheSameAnswers() throws {
        let harness = try AddokHarness.start()
        let index = try BANIndexGeocoder(path: Self.indexPath)
        let addok = try AddokGeocoder(baseURL: harness.base, cachePath: nil)
        let queries = try Self.queries()
        var t = Date()
        let local = try index.geocode(queries)
        let localTime = Date().timeIntervalSince(t)
        t = Date()
        let batch = try addok.geocode(queries)  // many queries: /search/csv
        let batchTime = Date().timeIntervalSince(t)
        t = Date()
        let single = try queries.map { q throws(GeocodeError) in try addok.geocode([q])[0] }  // one: /search
        let singleTime = Date().timeIntervalSince(t)
        print(
            """
            mesures : index local \(Int(localTime * 1e6) / queries.count) µs/requête ; addok /search/csv \(Int(batchTime * 1e3)) ms \
            pour \(queries.count) ; addok /search \(String(format: "%.1f", singleTime * 1e3 / Double(queries.count))) ms/requête ; \
            addok : \(harness.timings.map { "\($0.key) \(String(format: "%.2f", $0.value)) s" }.sorted().joined(separator: ", "))
            """)

        for (i, q) in queries.enumerated() {
            let context =
                "« \(q.address) » (\(q.citycode ?? "-")) : index \(Self.describe(local[i])) / addok \(Self.describe(batch[i]))"
            Self.assertAgree(local[i], batch[i], context)
            Self.assertAgree(single[i], batch[i], context + " / addok /search \(Self.describe(single[i]))")
        }
        // The hard cases, spelled out.
        let n = queries.count
        XCTAssertEqual(local[n - 7]?.label, "1 bis Rue de l'Exemple Fictif 76000 Rouen")
        XCTAssertEqual(local[n - 6]?.type, .street, "number 999 does not exist: street-level answer")
        XCTAssertEqual(local[n - 5]?.citycode, "69381", "Lyon (69123) finds its 1st arrondissement")
        XCTAssertEqual(
            local[n - 4]?.citycode, "27229", "the citycode filter picks Évreux's street among three of that name")
        XCTAssertLessThan(local[n - 3]?.score ?? 0, AddressCheck.notFoundScore, "unknown street")
        XCTAssertEqual(local[n - 2]?.citycode, "27681", "no filter: the commune name in the text decides")
    }

    static func describe(_ h: GeocodeHit?) -> String {
        guard let h else { return "rien" }
        return "\(h.type.rawValue) \(String(format: "%.2f", h.score)) \(h.label) \(h.point.schemaText)"
    }

    /// Same street/number, positions within 5 m, scores within 0.1 and on the same side of the
    /// not-found (0.4) and proposal (0.8) thresholds; "nothing" and "score < 0.4" are the same answer.
    static func assertAgree(
        _ a: GeocodeHit?, _ b: GeocodeHit?, _ context: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let aFound = (a?.score ?? 0) >= AddressCheck.notFoundScore
        let bFound = (b?.score ?? 0) >= AddressCheck.notFoundScore
        XCTAssertEqual(aFound, bFound, "found / not found differ: \(context)", file: file, line: line)
        guard aFound, bFound, let a, let b else { return }
        XCTAssertEqual(a.type, b.type, context, file: file, line: line)
        XCTAssertEqual(a.citycode, b.citycode, context, file: file, line: line)
        XCTAssertEqual(
            TextFolding.fold(a.label, .address), TextFolding.fold(b.label, .address), context, file: file, line: line)
        XCTAssertLessThan(a.point.distance(to: b.point), 5, context, file: file, line: line)
        XCTAssertEqual(a.score, b.score, accuracy: 0.1, context, file: file, line: line)
        XCTAssertEqual(
            a.score >= AddressCheck.proposalScore, b.score >= AddressCheck.proposalScore,
            "scores on both sides of 0.8: \(context)", file: file, line: line)
    }

    /// Second run with the same cache file after addok is stopped: same answers, no request.
    func testCachedAnswersNeedNoServer() throws {
        let harness = try AddokHarness.start()
        let port = AddokHarness.freePort()
        let server = try harness.startServer(port: port)
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
            "irve-cache-\(UUID().uuidString).sqlite"
        ).path
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let queries = try Self.queries()
        let first = try AddokGeocoder(baseURL: "http://127.0.0.1:\(port)", cachePath: cache)
        let answers = try first.geocode(queries)
        XCTAssertGreaterThan(first.requestCount, 0)
        AddokHarness.stopProcess(server)
        XCTAssertFalse(server.isRunning)

        let second = try AddokGeocoder(baseURL: "http://127.0.0.1:\(port)", cachePath: cache)
        let again = try second.geocode(queries.reversed())
        XCTAssertEqual(second.requestCount, 0, "every answer, found or not, must come from the cache")
        XCTAssertEqual(again, answers.reversed())
        // Another spelling that addok folds the same way (case, accents, punctuation) shares the entry.
        XCTAssertEqual(
            try second.geocode([GeocodeQuery(address: "5 AVENUE DU TEST FICTIF, 27200 VERNON", citycode: "27681")])[0]?
                .type, .housenumber)
        XCTAssertEqual(second.requestCount, 0)
        // A new query does need the server, which is gone: the user is told so.
        XCTAssertThrowsError(
            try second.geocode([GeocodeQuery(address: "7 Rue Jamais Vue 76000 Rouen", citycode: "76540")]))
    }

    func testReverseFindsTheNearestNumber() throws {
        let harness = try AddokHarness.start()
        let addok = try AddokGeocoder(baseURL: harness.base, cachePath: nil)
        let hit = try XCTUnwrap(
            addok.geocode([GeocodeQuery(address: "5 Avenue du Test Fictif 27200 Vernon", citycode: "27681")])[0])
        let back = try XCTUnwrap(addok.reverse(hit.point))
        XCTAssertEqual(back.label, hit.label)
    }
}
