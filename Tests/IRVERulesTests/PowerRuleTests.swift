import IRVEFindings
import XCTest

/// `PowerRule`: power-in-watts, power-implausible.
final class PowerRuleTests: RuleTestCase {
    func testPowerRules() throws {
        let watts = try check([Self.row(["puissance_nominale": "22000"])])
        let w = try XCTUnwrap(watts.first { $0.type == "power-in-watts" })
        XCTAssertEqual(w.proposedChange?.newValue, "22")
        XCTAssertEqual(
            try check([Self.row(["puissance_nominale": "7400"])]).first { $0.type == "power-in-watts" }?.proposedChange?
                .newValue, "7.4")
        XCTAssertEqual(try check([Self.row(["puissance_nominale": "1.2"])]).map(\.type), ["power-implausible"])
        let ccsOnly = Self.row(["puissance_nominale": "3.7", "prise_type_2": "false", "prise_type_combo_ccs": "true"])
        XCTAssertEqual(try check([ccsOnly]).map(\.type), ["power-implausible"])
        let efOnly = Self.row(["puissance_nominale": "22", "prise_type_2": "false", "prise_type_ef": "true"])
        XCTAssertEqual(try check([efOnly]).map(\.type), ["power-implausible"])
        let acFast = Self.row(["puissance_nominale": "150"])
        XCTAssertEqual(try check([acFast]).map(\.type), ["power-implausible"])
        XCTAssertEqual(
            try check([Self.row(["puissance_nominale": "150", "prise_type_combo_ccs": "true"])]).map(\.type), [])
    }

    /// Issue 10: `1e300` or a 25-digit number trapped in `formatKW`; and a proposal must be a fixed
    /// point (`1e308` became `1e305`, then `1e302`… on every `fix`).
    func testAbsurdPowerIsReportedWithoutProposalNorTrap() throws {
        for value in ["1e300", "1234567890123456789012345", "1e308", "500001", "9223372036854775808"] {
            let f = try check([Self.row(["puissance_nominale": value])])
            XCTAssertEqual(f.map(\.type), ["power-implausible"], value)
            XCTAssertNil(f.first?.proposedChange, "\(value): nothing to propose, in kW or in watts")
            XCTAssertTrue(f.first?.message.contains("impossible") ?? false, f.first?.message ?? "")
        }
        // The largest watt power gives 500 kW, which is not read as watts again.
        let top = try check([Self.row(["puissance_nominale": "500000", "prise_type_combo_ccs": "true"])])
        XCTAssertEqual(top.first { $0.type == "power-in-watts" }?.proposedChange?.newValue, "500")
        let kilowatts = try check([Self.row(["puissance_nominale": "500", "prise_type_combo_ccs": "true"])])
        XCTAssertEqual(kilowatts.map(\.type), [])
    }

    func testDisableSwitchesARuleOff() throws {
        XCTAssertEqual(
            try check([Self.row(["puissance_nominale": "22000"])], disabled: ["power-in-watts"]).map(\.type), [])
    }
}
