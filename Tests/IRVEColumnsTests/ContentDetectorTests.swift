import IRVEColumns
import IRVEFindings
import XCTest

/// Each detector on values real files hold, and on near misses that must not fit.
final class ContentDetectorTests: XCTestCase {
    private func assertKind(
        _ kind: ContentKind, fits: [String], misses: [String], file: StaticString = #filePath, line: UInt = #line
    ) {
        for v in fits {
            XCTAssertTrue(ContentDetector.matches(kind, v), "\(kind) should fit « \(v) »", file: file, line: line)
        }
        for v in misses {
            XCTAssertFalse(ContentDetector.matches(kind, v), "\(kind) should not fit « \(v) »", file: file, line: line)
        }
    }

    func testCoordinates() {
        assertKind(
            .coordinates, fits: ["[2.286912, 48.83571]", "48.83571, 2.286912", "50.68644,3.085165", "7,48, 48,34"],
            misses: ["1, 2", "48.8", "75015 Paris", "[200.5, 300.1]", ""])
    }

    func testAFIREVIds() {
        assertKind(
            .stationId, fits: ["FR*V75*P9015*06", "FRV75P901506", "FRS35PSD35001"],
            misses: ["FR*V75*E9015*06*2", "FRV75", "DE*ABC*P123", "Paris 15"])
        assertKind(
            .pointId, fits: ["FR*V75*E9015*06*2", "FRV75E9015062"],
            misses: ["FR*V75*P9015*06", "FR-V75-E9015", "E9015"])
    }

    func testCommuneCodesSIRENAndPDL() {
        assertKind(.inseeCode, fits: ["75115", "2A004", "2b033"], misses: ["7511", "751150", "2C004", "75 115"])
        assertKind(.siren, fits: ["531680445", "217 601 657"], misses: ["531680446", "53168044", "5316804450"])
        assertKind(.pdl, fits: ["07436179348549", "5003 1204 1058 47"], misses: ["0743617934854", "PDL07436179348"])
    }

    func testBooleansDatesAndPowers() {
        assertKind(.boolean, fits: ["True", "false", "oui", "NON", "1", "0"], misses: ["peut-être", "2", "vrai ?"])
        assertKind(
            .date, fits: ["2024-07-01", "04/06/2018", "2022-03-07T08:47:28+00:00", "20240701"],
            misses: ["2023-02-30", "1023-01-01", "07/2024", "hier"])
        assertKind(
            .power, fits: ["22", "3,7kW", "7400 W", "150.0", "11 kVA", "7.36", "22.08"],
            misses: ["0", "-3", "2000", "22 kWh ?", "48.83571", "59", "13"])
    }

    func testOpeningHoursPhonesAndEmails() {
        assertKind(
            .openingHours, fits: ["24/7", "Mo-Fr 08:00-18:00", "8h-20h", "Mo-Su 07:00-22:00; PH off"],
            misses: ["Accès libre", "2024-07-01", "Mo-Fr", "01 85 16 94 02"])
        assertKind(
            .phone, fits: ["01 85 16 94 02", "0185169402", "+33 1 85 16 94 02", "0033185169402", "01.85.16.94.02"],
            misses: ["0085169402", "018516940", "+44 20 7946 0958", "075115"])
        assertKind(
            .email, fits: ["assistance.technique@tevgo.fr", "mailto:contact@commune.fr"],
            misses: ["assistance.technique@tevgo", "a b@c.fr", "@tevgo.fr", "https://belib.paris"])
    }

    func testDetectNamesTheKindMostValuesFit() {
        let points = Array(repeating: "48.83571, 2.286912", count: 9) + ["inconnu"]
        XCTAssertEqual(ContentDetector.detect(points)?.kind, .coordinates)
        XCTAssertEqual(ContentDetector.detect(points)?.matching, 9)
        // Five digits may be postcodes; a Corsican code makes them INSEE codes.
        XCTAssertEqual(ContentDetector.detect(["75115", "75116"])?.kind, .communeCode)
        XCTAssertEqual(ContentDetector.detect(["2A004", "20000"])?.kind, .inseeCode)
        // Counts of charge points are no powers; `1`/`0` are booleans first.
        XCTAssertNil(ContentDetector.detect(["1", "2", "4", "3"]))
        XCTAssertEqual(ContentDetector.detect(["1", "0", "1"])?.kind, .boolean)
        XCTAssertEqual(ContentDetector.detect(["22", "7.4", "50"])?.kind, .power)
        // Latitudes, row numbers and department numbers are numbers, not powers.
        XCTAssertNil(ContentDetector.detect(["48.83571", "48.841286", "50.68644"]))
        XCTAssertNil(ContentDetector.detect((1...67).map(String.init)))
        XCTAssertNil(ContentDetector.detect(["59", "62", "76", "59", "33", "69"]))
        // Free text fits nothing.
        XCTAssertNil(ContentDetector.detect(["En service", "Hors service", "En service"]))
        XCTAssertNil(ContentDetector.detect(["15e Arrondissement", "7e Arrondissement"]))
        XCTAssertNil(ContentDetector.detect([]))
    }
}
