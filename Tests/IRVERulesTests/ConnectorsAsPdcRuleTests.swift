import IRVEFindings
import XCTest

/// `ConnectorsAsPdcRule`: connectors-as-pdc.
final class ConnectorsAsPdcRuleTests: RuleTestCase {
    static func rows(secondId: String) -> [String] {
        [
            Self.row([
                "nbre_pdc": "2", "puissance_nominale": "50", "prise_type_2": "false", "prise_type_combo_ccs": "true",
                "id_pdc_itinerance": "FRXYZE00011",
            ]),
            Self.row([
                "nbre_pdc": "2", "puissance_nominale": "50", "prise_type_2": "false", "prise_type_chademo": "true",
                "id_pdc_itinerance": secondId,
            ]),
        ]
    }

    func testConnectorsDeclaredAsChargePoints() throws {
        let f = try check(Self.rows(secondId: "FRXYZE00012"))
        XCTAssertEqual(f.map(\.type), ["connectors-as-pdc"])
        XCTAssertEqual(f.first?.severity, .warning)
    }

    /// Ids that are not consecutive name two points.
    func testUnrelatedIdsAreTwoPoints() throws {
        XCTAssertEqual(try check(Self.rows(secondId: "FRXYZEB0012")).map(\.type), [])
    }
}
