import IRVEFindings
import XCTest

/// `SirenChecksumRule`: siren-checksum.
final class SirenChecksumRuleTests: RuleTestCase {
    func testSirenChecksum() throws {
        XCTAssertEqual(try check([Self.row(["siren_amenageur": "213105555"])]).map(\.type), ["siren-checksum"])
        XCTAssertEqual(try check([Self.row(["siren_amenageur": "213105554"])]).map(\.type), [], "a valid SIREN")
        XCTAssertEqual(
            try check([Self.row(["siren_amenageur": "356000000"])]).map(\.type), [],
            "La Poste's SIREN is the documented exception")
    }
}
