import IRVEValues
import XCTest

/// The yes/no `irve check` suggests and `irve fix` writes (one table for both).
final class BooleanValueTests: XCTestCase {
    func testFrenchAndEnglishSpellings() {
        for yes in ["VRAI", "vrai", "Oui", "oui", "OUI", "yes", "True", "TRUE", "1", "o", "y", "x", "X", "t", " oui "] {
            XCTAssertEqual(BooleanValue.parse(yes), true, yes)
        }
        for no in ["FAUX", "Faux", "non", "NON", "No", "false", "0", "n", "f", "\tnon\t"] {
            XCTAssertEqual(BooleanValue.parse(no), false, no)
        }
        for other in ["", "peut-être", "2", "-1", "oui/non", "vraie", "nn", "yes!"] {
            XCTAssertNil(BooleanValue.parse(other), other)
        }
    }

    func testWrittenAsTheFieldSpellsIt() {
        let t = ["true", "True", "TRUE", "1"]
        let f = ["false", "False", "FALSE", "0"]
        XCTAssertEqual(BooleanValue.written("VRAI", trueValues: t, falseValues: f), "true")
        XCTAssertEqual(BooleanValue.written("Non", trueValues: t, falseValues: f), "false")
        XCTAssertEqual(BooleanValue.written(" 1 ", trueValues: t, falseValues: f), "true")
        XCTAssertNil(BooleanValue.written("TRUE", trueValues: t, falseValues: f), "already accepted")
        XCTAssertNil(BooleanValue.written("0", trueValues: t, falseValues: f), "already accepted")
        XCTAssertEqual(BooleanValue.written("oui", trueValues: ["O"], falseValues: ["N"]), "O")
        XCTAssertEqual(BooleanValue.written("non", trueValues: [], falseValues: []), "false")
        XCTAssertNil(BooleanValue.written("true", trueValues: [], falseValues: []), "the default spelling itself")
        XCTAssertNil(BooleanValue.written("peut-être", trueValues: t, falseValues: f))
    }
}
