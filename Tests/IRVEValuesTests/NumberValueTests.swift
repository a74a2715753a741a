import IRVEValues
import XCTest

/// The numbers `irve check` suggests and `irve fix` writes (one reading for both).
final class NumberValueTests: XCTestCase {
    func testDecimalCommaAndDigitGroups() {
        XCTAssertEqual(NumberValue.parse("22,0"), 22)
        XCTAssertEqual(NumberValue.parse("3,7"), 3.7)
        XCTAssertEqual(NumberValue.parse("7 400"), 7400)
        XCTAssertEqual(NumberValue.parse("7\u{A0}400,5"), 7400.5)
        XCTAssertEqual(NumberValue.parse(" 22 "), 22)
        XCTAssertEqual(NumberValue.parse("1e300"), 1e300)
        XCTAssertEqual(NumberValue.parse("-0"), 0)
        XCTAssertNil(NumberValue.parse("22 kW"), "a unit is no number")
        XCTAssertNil(NumberValue.parse("1e400"), "not finite")
        XCTAssertNil(NumberValue.parse("nan"))
        XCTAssertNil(NumberValue.parse("inf"))
        XCTAssertNil(NumberValue.parse("1,234,5"))
        XCTAssertNil(NumberValue.parse(""))
    }

    func testPowerUnits() {
        XCTAssertEqual(NumberValue.power("22 kW")?.value, 22)
        XCTAssertEqual(NumberValue.power("22 kW")?.watts, false)
        XCTAssertEqual(NumberValue.power("3,7kW")?.value, 3.7)
        XCTAssertEqual(NumberValue.power("11 KVA")?.value, 11)
        XCTAssertEqual(NumberValue.power("7400 W")?.value, 7400)
        XCTAssertEqual(NumberValue.power("7400 W")?.watts, true)
        XCTAssertEqual(NumberValue.power("7 400")?.watts, false)
        XCTAssertNil(NumberValue.power("kW"))
        XCTAssertNil(NumberValue.power("22 kWh"))
    }

    func testWrittenPlainly() {
        XCTAssertEqual(NumberValue.text(22), "22")
        XCTAssertEqual(NumberValue.text(-0.0), "0")
        XCTAssertEqual(NumberValue.text(3.7), "3.7")
        XCTAssertEqual(NumberValue.text(7.4), "7.4")
        XCTAssertEqual(NumberValue.text(1.0 / 3), "0.333333", "six decimals at most")
        XCTAssertEqual(NumberValue.text(0.0000001), "0")
        XCTAssertEqual(NumberValue.text(1e15), "1000000000000000", "beyond 10^15: the decimal form")
        XCTAssertEqual(NumberValue.integerText(7400), "7400")
        XCTAssertNil(NumberValue.integerText(7400.5))
        XCTAssertNil(NumberValue.integerText(1e300), "not exact as an integer")
        XCTAssertEqual(NumberValue.text(1e300).count, 301, "written out in full, never with an exponent")
    }

    /// A number read from a cell keeps every digit the producer wrote (a repair must not round data).
    func testReadNumbersKeepTheirDigits() throws {
        XCTAssertEqual(NumberValue.parse("0,7247487").map(NumberValue.plainText), "0.7247487")
        XCTAssertEqual(NumberValue.parse("-1,234567891").map(NumberValue.plainText), "-1.234567891")
        XCTAssertEqual(NumberValue.parse("7 400,5").map(NumberValue.plainText), "7400.5")
        XCTAssertEqual(NumberValue.parse("22,0").map(NumberValue.plainText), "22")
        XCTAssertEqual(NumberValue.plainText(0.0000001), "0.0000001", "no exponent, no rounding")
        XCTAssertEqual(NumberValue.plainText(-2.5e-12), "-0.0000000000025")
        XCTAssertEqual(NumberValue.plainText(1e300).count, 301)
    }
}
