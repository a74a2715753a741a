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

    /// Two stations whose rows interleave and share the operator columns (one set of hashes,
    /// interned): an operator cell empty on a station's first row, written on a later row, then
    /// contradicted, makes only that station incoherent, and only in that column.
    func testInterleavedStationsSharingOperatorColumnsAreJudgedApart() throws {
        let a = ["id_station_itinerance": "FRXYZP0001", "nbre_pdc": "3"]
        let b = ["id_station_itinerance": "FRXYZP0002", "nbre_pdc": "2", "nom_station": "Gare"]
        func row(_ base: [String: String], _ pdc: String, _ more: [String: String] = [:]) -> String {
            Self.row(base.merging(["id_pdc_itinerance": pdc].merging(more) { $1 }) { $1 })
        }
        let f = try check(
            [
                row(a, "FRXYZE00011", ["contact_operateur": ""]), row(b, "FRXYZE00021"),
                row(a, "FRXYZE00012", ["contact_operateur": "a@operateur.fr"]), row(b, "FRXYZE00022"),
                row(a, "FRXYZE00013", ["contact_operateur": "b@operateur.fr"]),
            ], schemaValid: false)
        let inc = f.filter { $0.type == "station-incoherent" }
        XCTAssertEqual(inc.map(\.fieldName), ["contact_operateur"])
        XCTAssertEqual(inc.map(\.rowNumber), [2])
        XCTAssertTrue(inc.first?.message.contains("a@operateur.fr") == true, inc.first?.message ?? "")
    }
}
