import Foundation
import GRDB
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEGeocode

/// `irve geo import-ban`: the BAN fixture in plain and gzip form, re-import, malformed files, and
/// the local geocoder's answers.
final class BANImporterTests: XCTestCase {
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("irve-ban-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: tmp)
    }

    var fixtureLines: [String] {
        get throws {
            try String(contentsOf: AddokHarness.fixture, encoding: .utf8).split(separator: "\n").map(String.init)
        }
    }

    func write(_ name: String, _ lines: [String]) throws -> String {
        let url = tmp.appendingPathComponent(name)
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func count(_ index: String, _ table: String) throws -> Int {
        try DatabaseQueue(path: index).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    func testPlainAndGzipFilesGiveTheSameIndex() throws {
        let plain = tmp.appendingPathComponent("plain.sqlite").path
        let stats = try BANImporter(indexPath: plain).importFiles([AddokHarness.fixture.path])
        XCTAssertEqual(stats.lines, 142)
        XCTAssertEqual(stats.addresses, 142)
        XCTAssertEqual(stats.streets, 30)
        XCTAssertEqual(stats.communes, 8)

        let gz = tmp.appendingPathComponent("adresses-fixture.csv.gz")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: AddokHarness.which("gzip") ?? "/bin/gzip")
        gzip.arguments = ["-c", AddokHarness.fixture.path]
        _ = FileManager.default.createFile(atPath: gz.path, contents: nil)
        gzip.standardOutput = try FileHandle(forWritingTo: gz)
        try gzip.run()
        gzip.waitUntilExit()
        let zipped = tmp.appendingPathComponent("gz.sqlite").path
        // Small batches on purpose.
        let zstats = try BANImporter(indexPath: zipped, batchSize: 7).importFiles([gz.path])
        XCTAssertEqual(zstats.lines, stats.lines)
        XCTAssertEqual(zstats.streets, stats.streets)

        let q = [GeocodeQuery(address: "1 bis Rue de l'Exemple Fictif 76000 Rouen", citycode: "76540")]
        XCTAssertEqual(try BANIndexGeocoder(path: plain).geocode(q), try BANIndexGeocoder(path: zipped).geocode(q))
    }

    func testReimportReplacesTheCommunesOfTheFile() throws {
        let index = tmp.appendingPathComponent("i.sqlite").path
        _ = try BANImporter(indexPath: index).importFiles([AddokHarness.fixture.path])
        _ = try BANImporter(indexPath: index).importFiles([AddokHarness.fixture.path])
        XCTAssertEqual(try count(index, "streets"), 30, "a second import of the same file must not duplicate")
        XCTAssertEqual(try count(index, "housenumbers"), 142)
        XCTAssertEqual(try count(index, "street_fts"), 30)

        // A newer Vernon: one street renamed. Vernon's old streets go, the other communes stay.
        let lines = try fixtureLines
        let vernon =
            [lines[0]]
            + lines.filter { $0.contains(";27681;") }.map {
                $0.replacingOccurrences(of: "Rue du Câble Fictif", with: "Rue du Câble Renommé Fictif")
            }
        _ = try BANImporter(indexPath: index).importFiles([try write("adresses-27-nouveau.csv", vernon)])
        let geocoder = try BANIndexGeocoder(path: index)
        let hits = try geocoder.geocode([
            GeocodeQuery(address: "11 Rue du Câble Renommé Fictif 27200 Vernon", citycode: "27681"),
            GeocodeQuery(address: "11 Rue du Câble Fictif 27200 Vernon", citycode: "27681"),
            GeocodeQuery(address: "5 Rue de l'Exemple Fictif 76000 Rouen", citycode: "76540"),
        ])
        XCTAssertEqual(hits[0]?.type, .housenumber)
        XCTAssertEqual(
            hits[1]?.label, "11 Rue du Câble Renommé Fictif 27200 Vernon",
            "the old name is gone; the closest street is the renamed one")
        XCTAssertEqual(hits[2]?.type, .housenumber, "Rouen untouched")
        XCTAssertEqual(try count(index, "streets"), 30)
    }

    func testMalformedFilesNameTheFileAndLine() throws {
        var lines = try fixtureLines
        lines[3] = "76540_x;;3;;Rue Cassée;76000;76540;Rouen"
        let short = try write("adresses-courtes.csv", lines)
        assertImportFails(short, contains: ["adresses-courtes.csv, ligne 4", "8 colonnes au lieu de 23"])

        lines = try fixtureLines
        lines[5] = lines[5].replacingOccurrences(of: ";entrée;", with: ";entrée;").replacingOccurrences(
            of: ";1.0", with: ";abc", options: [], range: nil)
        var f = lines[5].split(separator: ";", omittingEmptySubsequences: false).map(String.init)
        f[12] = "1,0877"
        lines[5] = f.joined(separator: ";")
        assertImportFails(try write("adresses-virgule.csv", lines), contains: ["ligne 6", "coordonnées", "1,0877"])

        assertImportFails(
            try write("stations.csv", ["id_station;nom;adresse", "1;a;b"]),
            contains: ["stations.csv, ligne 1", "en-tête inattendu", "BAN"])
        assertImportFails(try write("vide.csv", []), contains: ["vide.csv"])
        assertImportFails(
            tmp.appendingPathComponent("absent.csv.gz").path, contains: ["absent.csv.gz", "fichier introuvable"])

        let corrupt = tmp.appendingPathComponent("tronque.csv.gz")
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xFF, 0xFF, 0x00]).write(to: corrupt)
        assertImportFails(corrupt.path, contains: ["tronque.csv.gz"])
    }

    func assertImportFails(_ path: String, contains parts: [String], file: StaticString = #filePath, line: UInt = #line)
    {
        let index = tmp.appendingPathComponent("bad-\(UUID().uuidString).sqlite").path
        XCTAssertThrowsError(try BANImporter(indexPath: index).importFiles([path]), file: file, line: line) { error in
            let message = (error as? GeocodeError)?.message(.fr) ?? "\(error)"
            for p in parts {
                XCTAssertTrue(message.contains(p), "« \(p) » absent de : \(message)", file: file, line: line)
            }
        }
        // An interrupted import is refused by the geocoder, with the command to run.
        if FileManager.default.fileExists(atPath: index) {
            XCTAssertThrowsError(try BANIndexGeocoder(path: index), file: file, line: line) { error in
                XCTAssertTrue(
                    (error as? GeocodeError)?.message(.fr).contains("irve geo import-ban") == true, "\(error)",
                    file: file, line: line)
            }
        }
    }

    func testMissingIndexSaysHowToBuildIt() {
        XCTAssertThrowsError(try BANIndexGeocoder(path: tmp.appendingPathComponent("nulle-part.sqlite").path)) {
            error in
            let m = (error as? GeocodeError)?.message(.fr) ?? ""
            XCTAssertTrue(m.contains("fichier absent") && m.contains("irve geo import-ban"), m)
        }
    }

    func testIndexAnswersAbbreviationsNumbersAndFilters() throws {
        let index = tmp.appendingPathComponent("i.sqlite").path
        _ = try BANImporter(indexPath: index).importFiles([AddokHarness.fixture.path])
        let g = try BANIndexGeocoder(path: index)
        let hits = try g.geocode([
            GeocodeQuery(address: "5 av. du test fictif, VERNON"),
            GeocodeQuery(address: "05 Avenue du Test Fictif", citycode: "27681"),
            GeocodeQuery(address: "5 Avenue du Test Fictif", citycode: "76540"),
            GeocodeQuery(address: "Rue du Kilowatt Fictif", postcode: "33700"),
            GeocodeQuery(address: "76000 Rouen"),
            GeocodeQuery(address: "\"rue\" OR * NEAR(x)"),  // FTS5 syntax in user text stays text
            GeocodeQuery(address: ""),
        ])
        XCTAssertEqual(hits[0]?.type, .housenumber)
        XCTAssertEqual(hits[0]?.citycode, "27681")
        XCTAssertGreaterThanOrEqual(hits[0]?.score ?? 0, 0.8)
        XCTAssertEqual(hits[1]?.label, "5 Avenue du Test Fictif 27200 Vernon", "leading zero dropped")
        XCTAssertEqual(hits[2]?.citycode, "76540", "filtered to Rouen's street of the same name")
        XCTAssertEqual(hits[3]?.type, .street)
        XCTAssertEqual(hits[3]?.city, "Mérignac")
        XCTAssertEqual(hits[4]?.type, .municipality)
        XCTAssertEqual(hits[4]?.citycode, "76540")
        XCTAssertLessThan(hits[5]?.score ?? 0, 0.4)
        XCTAssertNil(hits[6])
        // A street answer sits at the mean of its numbers; a number at its own position.
        let street = try XCTUnwrap(g.geocode([GeocodeQuery(address: "Avenue du Test Fictif", citycode: "27681")])[0])
        XCTAssertEqual(street.type, .street)
        XCTAssertLessThan(street.point.distance(to: try XCTUnwrap(hits[1]).point), 200)
    }
}
