import IRVEFindings
import XCTest

/// `PhoneFormatRule`: phone-format.
final class PhoneFormatRuleTests: RuleTestCase {
    func testPhoneFormat() throws {
        let lost = try check([Self.row(["telephone_operateur": "111111111"])])
        XCTAssertEqual(lost.first?.proposedChange?.newValue, "0111111111")
        let invisible = try check([Self.row(["telephone_operateur": "\u{2066}0102030405\u{2069}"])])
        XCTAssertEqual(invisible.first?.proposedChange?.newValue, "0102030405")
        XCTAssertEqual(invisible.first?.proposedChange?.confidence, .certain)
        XCTAssertEqual(try check([Self.row(["telephone_operateur": "+33 1 02 03 04 05"])]).map(\.type), [])
        XCTAssertEqual(try check([Self.row(["telephone_operateur": "01 02 03 04 05"])]).map(\.type), [])
    }
}
