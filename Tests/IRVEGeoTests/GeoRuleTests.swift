import Foundation
import IRVEFindings
import IRVERules
import IRVEValidate
import XCTest

/// Each geographic finding on a small file written by the test (real communes, made-up stations).
final class GeoRuleTests: XCTestCase {
    static let header =
        "id_station_itinerance,nom_station,adresse_station,code_insee_commune,coordonneesXY,id_pdc_itinerance"

    private func check(_ rows: [String]) throws -> [Finding] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("irve-geo-\(UUID().uuidString).csv")
        try ([Self.header] + rows).joined(separator: "\n").appending("\n").write(
            to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var options = ValidationOptions(schema: "statique")
        options.today = (2026, 11, 21)
        return Array(try Validation.check(path: url.path, options: options).allFindings(.fr))
            .filter { RuleCatalogGeo.codes.contains($0.type.rawValue) }
    }

    func testInseeCodes() throws {
        let f = try check([
            // Seynod, commune déléguée of Annecy since 2017; the point is in Annecy.
            #"FRXXXP1,A,"1 rue Test 74600 Annecy",74268,"[6.0967, 45.8830]",FRXXXE11"#,
            // No such code; empty code; the point is in Rouen.
            #"FRXXXP2,B,"2 rue Test 76000 Rouen",99999,"[1.0944, 49.4402]",FRXXXE21"#,
            #"FRXXXP3,C,"3 rue Test 76000 Rouen",,"[1.09441, 49.44021]",FRXXXE31"#,
        ])
        let obsolete = try XCTUnwrap(f.first { $0.type == "insee-obsolete" })
        XCTAssertEqual(obsolete.proposedChange?.newValue, "74010")
        XCTAssertEqual(obsolete.proposedChange?.confidence, .certain)
        XCTAssertEqual(f.first { $0.type == "insee-unknown" }?.proposedChange?.newValue, "76540")
        XCTAssertEqual(f.first { $0.type == "insee-missing" }?.proposedChange?.newValue, "76540")
    }

    func testPointsAndAddresses() throws {
        let f = try check([
            // Exactly 3 decimals; outside France even swapped (at sea).
            #"FRXXXP1,A,"1 rue Test 76000 Rouen",76540,"[1.094, 49.440]",FRXXXE11"#,
            #"FRXXXP2,B,"2 rue Test 76000 Rouen",76540,"[-20.5, 30.25]",FRXXXE21"#,
            // Point in Rouen, code of Le Havre, address in Rouen: the code is the wrong one.
            #"FRXXXP3,C,"3 rue Test 76000 Rouen",76351,"[1.09441, 49.44021]",FRXXXE31"#,
            // One point shared by stations of different communes.
            #"FRXXXP4,D,"4 rue Test 76600 Le Havre",76351,"[0.107929, 49.494370]",FRXXXE41"#,
            #"FRXXXP5,E,"5 rue Test 76000 Rouen",76540,"[0.107929, 49.494370]",FRXXXE51"#,
            // Postcode of another commune; then a commune name of another commune.
            #"FRXXXP6,F,"6 rue Test 27200 Rouen",76540,"[1.09441, 49.44021]",FRXXXE61"#,
            #"FRXXXP7,G,"7 rue Test 76000 Le Havre",76540,"[1.09442, 49.44022]",FRXXXE71"#,
        ])
        XCTAssertTrue(f.contains { $0.type == "coordinates-imprecise" && $0.rowNumber == 2 })
        XCTAssertTrue(f.contains { $0.type == "coordinates-outside-france" && $0.rowNumber == 3 })
        XCTAssertTrue(
            f.contains {
                $0.type == "coordinates-outside-commune" && $0.rowNumber == 4 && $0.message.contains("Rouen (76540)")
            })
        XCTAssertEqual(
            f.first { $0.type == "geo-suspect-insee" && $0.rowNumber == 4 }?.proposedChange?.newValue, "76540")
        XCTAssertTrue(f.contains { $0.type == "coordinates-placeholder" && $0.rowNumber == 5 })
        XCTAssertTrue(
            f.contains { $0.type == "postcode-mismatch" && $0.rowNumber == 7 && $0.message.contains("Vernon") })
        XCTAssertTrue(
            f.contains { $0.type == "commune-name-mismatch" && $0.rowNumber == 8 && $0.message.contains("Le Havre") })
    }

    /// A point shared by many stations: the message cites ten rows, then how many others.
    func testSharedPointCitesTenRowsAndACount() throws {
        let rows = (1...30).map { k in
            #"FRXXXP\#(k),S\#(k),"\#(k) rue Test 76000 Rouen",76540,"[0.107929, 49.494370]",FRXXXE\#(k)1"#
        }
        let f = try check(rows)
        let shared = try XCTUnwrap(f.first { $0.type == "coordinates-placeholder" })
        XCTAssertTrue(shared.message.contains("2, 3, 4, 5, 6, 7, 8, 9, 10, 11… et 20 autre(s)"), shared.message)
    }

    func testNoGeoSwitchesTheStageOff() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("irve-geo-off.csv")
        try "\(Self.header)\nFRXXXP1,A,x,74268,\"[45.883, 6.0967]\",FRXXXE11\n".write(
            to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        var options = ValidationOptions(schema: "statique")
        XCTAssertTrue(
            Array(try Validation.check(path: url.path, options: options).allFindings(.fr)).contains {
                $0.type == "coordinates-swapped"
            })
        options.geo = false
        XCTAssertFalse(
            Array(try Validation.check(path: url.path, options: options).allFindings(.fr)).contains {
                RuleCatalogGeo.codes.contains($0.type.rawValue)
            })
    }
}

enum RuleCatalogGeo { static let codes = Set(RuleCatalog.geographic.map(\.code)) }
