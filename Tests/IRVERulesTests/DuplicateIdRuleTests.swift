import IRVEFindings
import XCTest

/// `DuplicateIdRule`: duplicate-id-pdc.
final class DuplicateIdRuleTests: RuleTestCase {
    func testDuplicateIdsListEveryRow() throws {
        let f = try check([
            Self.row(["nbre_pdc": "3"]), Self.row(["nbre_pdc": "3", "id_pdc_itinerance": "FRXYZE00012"]),
            Self.row(["nbre_pdc": "3"]),
        ])
        let dup = f.filter { $0.type == "duplicate-id-pdc" }
        XCTAssertEqual(dup.map(\.rowNumber), [2, 4])
        XCTAssertTrue(dup[0].message.contains("(2, 4)"), dup[0].message)
        XCTAssertEqual(dup[0].severity, .error)
        // « Non concerné » is not a duplicate.
        let nc = try check([
            Self.row(["nbre_pdc": "2", "id_pdc_itinerance": "Non concerné", "id_pdc_local": "A"]),
            Self.row(["nbre_pdc": "2", "id_pdc_itinerance": "Non concerné", "id_pdc_local": "B"]),
        ])
        XCTAssertEqual(nc.map(\.type), [])
    }

    /// Many rows sharing one id: three are cited, then how many others (linear, not quadratic).
    func testDuplicateIdsCiteThreeRowsAndACount() throws {
        let f = try check(Array(repeating: Self.row(["nbre_pdc": "8"]), count: 8))
        let dup = f.filter { $0.type == "duplicate-id-pdc" }
        XCTAssertEqual(dup.map(\.rowNumber), Array(2...9))
        XCTAssertTrue(dup.allSatisfy { $0.message.contains("8 lignes (2, 3, 4… et 5 autre(s))") }, dup[0].message)
    }

    /// On one row, the duplicate comes before the station's findings (the order of the registry).
    func testDuplicateComesBeforeTheStationFindingsOfItsRow() throws {
        let f = try check([Self.row(["nbre_pdc": "3"]), Self.row(["nbre_pdc": "3"])])
        XCTAssertEqual(f.map(\.type), ["duplicate-id-pdc", "nbre-pdc-mismatch", "duplicate-id-pdc"])
        XCTAssertEqual(f.map(\.rowNumber), [2, 2, 3])
    }
}
