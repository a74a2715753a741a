import IRVEFindings
import XCTest

/// `StationCoherenceRule`: station-incoherent.
final class StationCoherenceRuleTests: RuleTestCase {
    func testStationCoherenceNamesTheColumnAndTheValues() throws {
        let f = try check([
            Self.row(["nbre_pdc": "2"]),
            Self.row([
                "nbre_pdc": "2", "id_pdc_itinerance": "FRXYZE00012", "coordonneesXY": "\"[1.45,43.61]\"",
                "nom_station": "Capitole",
            ]),
        ])
        let inc = f.filter { $0.type == "station-incoherent" }
        XCTAssertEqual(Set(inc.compactMap(\.fieldName)), ["coordonneesXY", "nom_station"])
        let coords = try XCTUnwrap(inc.first { $0.fieldName == "coordonneesXY" })
        XCTAssertTrue(
            coords.message.contains("[1.4442,43.6047]") && coords.message.contains("[1.45,43.61]"), coords.message)
        XCTAssertTrue(coords.message.contains("ligne 3"), coords.message)
        XCTAssertEqual(coords.rowNumber, 2)
    }

    /// The same station on two rows, described alike: nothing.
    func testAStationDescribedAlikeGivesNothing() throws {
        let f = try check([
            Self.row(["nbre_pdc": "2"]), Self.row(["nbre_pdc": "2", "id_pdc_itinerance": "FRXYZE00012"]),
        ])
        XCTAssertEqual(f.map(\.type), [])
    }

    /// A station column with many values: five are quoted, then « et d'autres ».
    func testIncoherentStationQuotesFiveValuesThenSaysThereAreOthers() throws {
        let rows = (1...7).map { k in
            Self.row(["nbre_pdc": "7", "id_pdc_itinerance": "FRXYZE0001\(k)", "nom_station": "Nom \(k)"])
        }
        let inc = try check(rows).filter { $0.type == "station-incoherent" && $0.fieldName == "nom_station" }
        XCTAssertEqual(inc.count, 1)
        XCTAssertTrue(inc[0].message.contains("« Nom 5 » (ligne 6)… et d'autres"), inc[0].message)
        XCTAssertFalse(inc[0].message.contains("Nom 6"), inc[0].message)
    }
}
