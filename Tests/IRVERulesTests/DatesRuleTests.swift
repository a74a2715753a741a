import IRVEFindings
import XCTest

/// `DatesRule`: date-in-future, dates-inverted.
final class DatesRuleTests: RuleTestCase {
    func testDates() throws {
        XCTAssertEqual(
            try check([Self.row(["date_mise_en_service": "2027-01-01", "date_maj": "2027-02-01"])]).map(\.type),
            ["date-in-future", "date-in-future"])
        XCTAssertEqual(
            try check([Self.row(["date_mise_en_service": "2024-06-01", "date_maj": "2023-01-01"])]).map(\.type),
            ["dates-inverted"])
        XCTAssertEqual(try check([Self.row(["date_maj": "2026-11-21"])]).map(\.type), [], "today is not the future")
        XCTAssertEqual(
            try check([Self.row(["date_mise_en_service": "2024-06-01", "date_maj": "2024-06-01"])]).map(\.type), [],
            "an update on the day of commissioning")
    }
}
