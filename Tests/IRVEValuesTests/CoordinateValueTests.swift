import IRVEValues
import XCTest

/// The two numbers of a `coordonneesXY` cell, as the advice and the repair read them.
final class CoordinateValueTests: XCTestCase {
    func read(_ s: String) -> [String]? {
        CoordinateValue.read(s).map { [$0.first, $0.second, "\($0.wellFormedArray)", "\($0.decimalCommas)"] }
    }

    func testArrays() {
        XCTAssertEqual(read("[2.35, 48.85]"), ["2.35", "48.85", "true", "false"])
        XCTAssertEqual(read("[2.35,48.85]"), ["2.35", "48.85", "true", "false"])
        XCTAssertEqual(read(" [48.85,2.35] \n"), ["48.85", "2.35", "true", "false"], "swapped: read as written")
        XCTAssertEqual(read("[-61.5,16.2]"), ["-61.5", "16.2", "true", "false"])
        XCTAssertEqual(read("[2.35e0,4.885E1]"), ["2.35e0", "4.885E1", "true", "false"])
    }

    func testOtherShapes() {
        XCTAssertEqual(read("2.35, 48.85"), ["2.35", "48.85", "false", "false"], "no brackets")
        XCTAssertEqual(read("(2.35 48.85)"), ["2.35", "48.85", "false", "false"])
        XCTAssertEqual(read("[2.35;48.85]"), ["2.35", "48.85", "false", "false"], "semicolon")
        XCTAssertEqual(read("2.35\t48.85"), ["2.35", "48.85", "false", "false"], "tab")
        XCTAssertEqual(read("[2.35,,48.85]"), ["2.35", "48.85", "false", "false"], "two commas")
    }

    func testDecimalCommas() {
        XCTAssertEqual(read("7,48, 48,34"), ["7.48", "48.34", "false", "true"])
        XCTAssertEqual(read("[7,48;48,34]"), ["7.48", "48.34", "false", "true"])
        XCTAssertNil(read("7.48,48,34"), "one comma of three is decimal: which one is not known")
    }

    func testWhatIsNoPoint() {
        XCTAssertNil(read(""))
        XCTAssertNil(read("[]"))
        XCTAssertNil(read("48.85"))
        XCTAssertNil(read("[1, 2, 3]"))
        XCTAssertNil(read("Paris"))
    }
}
