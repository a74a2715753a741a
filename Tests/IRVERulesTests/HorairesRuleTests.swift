import IRVEFindings
import XCTest

/// `HorairesRule`: horaires-format.
final class HorairesRuleTests: RuleTestCase {
    func testHoraires() throws {
        // Seconds fail the schema pattern; the rule adds the exact repair.
        let seconds = try check([Self.row(["horaires": "\"Mo-Fr 07:00:00-20:59:00\""])], schemaValid: false)
        XCTAssertEqual(seconds.map(\.type), ["horaires-format"])
        XCTAssertEqual(seconds.first?.proposedChange?.newValue, "Mo-Fr 07:00-20:59")
        XCTAssertEqual(
            try check([Self.row(["horaires": "24h/24 7j/7"])], schemaValid: false).first?.proposedChange?.newValue,
            "24/7")
        let french = try check([Self.row(["horaires": "Lundi-Vendredi 08:00-18:00"])])
        XCTAssertEqual(french.map(\.type), ["horaires-format"], "the pattern accepts it, the rule does not")
        XCTAssertEqual(try check([Self.row(["horaires": "Mo-Fr 08:00-18:00"])]).map(\.type), [])
    }

    /// Seconds are looked for on the bytes: colons alone are not seconds, a time with seconds after
    /// other times is found.
    func testSecondsAnywhereAndOnlySeconds() throws {
        let two = try check([Self.row(["horaires": "\"Mo-Fr 08:00-12:00,Mo-Fr 14:00-18:00\""])])
        XCTAssertEqual(two.map(\.type), [])
        let late = try check([Self.row(["horaires": "\"Mo-Fr 08:00-12:00,Sa 14:00-18:00:30\""])], schemaValid: false)
        XCTAssertEqual(late.first?.proposedChange?.newValue, "Mo-Fr 08:00-12:00,Sa 14:00-18:00")
        let short = try check([Self.row(["horaires": "1:00:00"])], schemaValid: false)
        XCTAssertEqual(short.map(\.type), [], "seconds need a two-digit hour")
    }
}
