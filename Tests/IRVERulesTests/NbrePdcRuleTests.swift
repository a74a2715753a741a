import IRVEFindings
import XCTest

/// `NbrePdcRule`: nbre-pdc-mismatch.
final class NbrePdcRuleTests: RuleTestCase {
    func testNbrePdcMustMatchTheRows() throws {
        let f = try check([
            Self.row(["nbre_pdc": "4"]), Self.row(["nbre_pdc": "4", "id_pdc_itinerance": "FRXYZE00012"]),
        ])
        let m = try XCTUnwrap(f.first { $0.type == "nbre-pdc-mismatch" })
        XCTAssertEqual(m.rowNumber, 2)
        XCTAssertEqual(m.proposedChange?.newValue, "2")
        XCTAssertEqual(m.proposedChange?.confidence, .guess)
    }

    /// Rows that disagree on nbre_pdc: station-incoherent says so, not this rule.
    func testRowsThatDisagreeOnNbrePdcAreLeftToCoherence() throws {
        let f = try check([
            Self.row(["nbre_pdc": "4"]), Self.row(["nbre_pdc": "3", "id_pdc_itinerance": "FRXYZE00012"]),
        ])
        XCTAssertEqual(f.map(\.type), ["station-incoherent"])
        XCTAssertEqual(f.first?.fieldName, "nbre_pdc")
    }
}
