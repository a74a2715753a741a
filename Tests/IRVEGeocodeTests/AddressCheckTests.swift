import Foundation
import IRVEFindings
import IRVEGeo
import IRVETestSupport
import IRVEWording
import XCTest

@testable import IRVEGeocode

/// `address-far-from-point` and `address-not-found`, on the local index and on the real addok:
/// same findings, same proposals, one query per distinct address.
final class AddressCheckTests: XCTestCase {
    static let indexPath = FileManager.default.temporaryDirectory.appendingPathComponent(
        "irve-check-\(UUID().uuidString).sqlite"
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

    /// 5 Avenue du Test Fictif, Vernon, as the fixture places it.
    static let vernon5 = GeoPoint(lon: 1.487101, lat: 49.090925)

    static func candidates() -> [AddressCandidate] {
        let near = GeoPoint(lon: vernon5.lon + 0.0003, lat: vernon5.lat)  // ~22 m
        let far = GeoPoint(lon: vernon5.lon + 0.03, lat: vernon5.lat)  // ~2.2 km
        return [
            AddressCandidate(
                station: "FRA01P00001", rows: [2, 3], address: "5 Avenue du Test Fictif 27200 Vernon",
                citycode: "27681", postcode: "27200", point: near, pointInCommune: true),
            AddressCandidate(
                station: "FRA01P00002", rows: [5, 4], address: "5 avenue du test fictif, 27200 VERNON",
                citycode: "27681", postcode: "27200", point: far, pointInCommune: false),
            AddressCandidate(
                station: "FRA01P00003", rows: [6], address: "5 Avenue du Test Fictif 27200 Vernon", citycode: "27681",
                postcode: "27200", point: far, pointInCommune: true),
            AddressCandidate(
                station: "FRA01P00004", rows: [7], address: "14 rue des Licornes Inexistantes 27200 Vernon",
                citycode: "27681", postcode: "27200", point: near, pointInCommune: true),
            AddressCandidate(
                station: "FRA01P00005", rows: [8], address: "Parking de la mairie", citycode: "27681", postcode: nil,
                point: nil, pointInCommune: false),
        ]
    }

    /// The findings, worded as a report's store words them.
    func check(_ geocoder: any Geocoder, thresholdMetres: Double = 500, lang: Language = .fr) throws -> [Finding] {
        try AddressCheck.run(candidates: Self.candidates(), geocoder: geocoder, thresholdMetres: thresholdMetres)
            .map { Wording.worded($0, lang) }
    }

    func assertExpected(_ findings: [Finding], file: StaticString = #filePath, line: UInt = #line) {
        let far = findings.filter { $0.type == "address-far-from-point" }
        XCTAssertEqual(
            far.map(\.rowNumber), [4, 6], "station 1 is 22 m away: nothing; stations 2 and 3 are 2.2 km away",
            file: file, line: line)
        guard far.count == 2 else { return }
        XCTAssertEqual(far[0].severity, .warning, file: file, line: line)
        XCTAssertEqual(far[0].fieldName, "coordonneesXY", file: file, line: line)
        XCTAssertEqual(
            far[0].cell, GeoPoint(lon: Self.vernon5.lon + 0.03, lat: Self.vernon5.lat).schemaText, file: file,
            line: line)
        XCTAssertEqual(far[0].proposedChange?.rule, "address-far-from-point", file: file, line: line)
        XCTAssertEqual(far[0].proposedChange?.confidence, .guess, file: file, line: line)
        XCTAssertEqual(
            far[0].proposedChange?.newValue, Self.vernon5.schemaText,
            "outside its commune and a sure number: the geocoded point", file: file, line: line)
        XCTAssertNil(far[1].proposedChange, "inside its commune: report only", file: file, line: line)
        for p in ["2,2 km", "5 Avenue du Test Fictif 27200 Vernon", "score 0,9", "lignes 4, 5"] {
            XCTAssertTrue(far[0].message.contains(p), "« \(p) » absent de : \(far[0].message)", file: file, line: line)
        }
        let notFound = findings.filter { $0.type == "address-not-found" }
        XCTAssertEqual(notFound.map(\.rowNumber), [7, 8], file: file, line: line)
        XCTAssertEqual(notFound.first?.severity, .info, file: file, line: line)
        XCTAssertEqual(notFound.first?.fieldName, "adresse_station", file: file, line: line)
    }

    func testWithTheLocalIndex() throws {
        assertExpected(try check(BANIndexGeocoder(path: Self.indexPath)))
    }

    func testWithAddokTheSameFindingsAndOneRequestPerDistinctAddress() throws {
        let harness = try AddokHarness.start()
        let addok = try AddokGeocoder(baseURL: harness.base, cachePath: nil)
        let findings = try check(addok)
        assertExpected(findings)
        XCTAssertEqual(
            findings,
            try check(BANIndexGeocoder(path: Self.indexPath)).map { f in
                // Same findings; only the scores in the messages may differ by a hundredth.
                var f = f
                if let same = findings.first(where: { $0.type == f.type && $0.rowNumber == f.rowNumber }) {
                    f.message = same.message
                }
                return f
            })
        // Two stations whose addresses differ only by case and punctuation: one /search request.
        let one = try AddokGeocoder(baseURL: harness.base, cachePath: nil)
        let twice = Array(Self.candidates().prefix(2))
        _ = try AddressCheck.run(candidates: twice, geocoder: one)
        XCTAssertEqual(one.requestCount, 1)
    }

    func testEnglishMessagesAndThreshold() throws {
        let g = try BANIndexGeocoder(path: Self.indexPath)
        let findings = try check(g, thresholdMetres: 5000, lang: .en)
        XCTAssertTrue(findings.filter { $0.type == "address-far-from-point" }.isEmpty, "2.2 km < 5 km")
        let near = try check(g, thresholdMetres: 10, lang: .en)
        let first = try XCTUnwrap(near.first { $0.type == "address-far-from-point" })
        XCTAssertEqual(first.rowNumber, 2)
        XCTAssertTrue(first.message.contains("22 m away"), first.message)
        XCTAssertTrue(first.message.contains("Check which is right"), first.message)
    }
}
