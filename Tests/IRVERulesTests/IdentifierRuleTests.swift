import IRVEFindings
import XCTest

/// `IdentifierRule`: id-structure, id-operator-mismatch, id-example-copied, id-local-missing.
final class IdentifierRuleTests: RuleTestCase {
    func testIdentifierStructure() throws {
        let f = try check([Self.row(["id_station_itinerance": "FRXYZE0001", "id_pdc_itinerance": "FRABCE00011"])])
        XCTAssertEqual(f.filter { $0.type == "id-structure" }.map(\.fieldName), ["id_station_itinerance"])
        XCTAssertEqual(f.filter { $0.type == "id-operator-mismatch" }.map(\.cell), ["FRABCE00011"])
        // Legacy AFIREV stars and spaces (the pattern rejects them too): the corrected id is proposed with certainty.
        let legacy = try check([Self.row(["id_pdc_itinerance": "FR*XYZ*E00011"])], schemaValid: false)
        let fix = try XCTUnwrap(legacy.first { $0.type == "id-structure" })
        XCTAssertEqual(fix.proposedChange?.newValue, "FRXYZE00011")
        XCTAssertEqual(fix.proposedChange?.confidence, .certain)
        XCTAssertEqual(
            try check([Self.row(["id_pdc_itinerance": "fr xyz e00011"])], schemaValid: false).first?.proposedChange?
                .newValue, "FRXYZE00011")
    }

    /// The neighbouring clean ids: same operator, right letters.
    func testCleanIdsOfOneOperatorGiveNothing() throws {
        let f = try check([Self.row(["id_station_itinerance": "FRABCP0001", "id_pdc_itinerance": "FRABCE00011"])])
        XCTAssertEqual(f.map(\.type), [])
    }

    func testExampleIdAndMissingLocalId() throws {
        let f = try check([
            Self.row(["id_station_itinerance": "FRA68P68021001", "id_pdc_itinerance": "FRA68E680210015"])
        ])
        XCTAssertEqual(f.filter { $0.type == "id-example-copied" }.count, 2)
        let g = try check([Self.row(["id_pdc_itinerance": "Non concerné"])])
        XCTAssertEqual(g.filter { $0.type == "id-local-missing" }.map(\.fieldName), ["id_pdc_itinerance"])
        // With its local id, « Non concerné » is fine.
        let h = try check([Self.row(["id_pdc_itinerance": "Non concerné", "id_pdc_local": "PDC-1"])])
        XCTAssertEqual(h.map(\.type), [])
    }
}
