import IRVEFindings
import IRVERules
import XCTest

/// The registry: every code once, each row rule's catalogue example caught by that rule.
final class RuleRegistryTests: RuleTestCase {
    func testAValidStationHasNoFinding() throws {
        XCTAssertEqual(try check([Self.row()]).map(\.type), [])
    }

    func testEveryCodeIsRegisteredOnce() {
        let codes = RuleRegistry.all.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count)
        XCTAssertEqual(Set(RuleRegistry.row.map(\.code)), Set(RuleCode.allCases.map(\.rawValue)))
        XCTAssertEqual(Set(RuleRegistry.geographic.map(\.code)), Set(GeoRuleCode.allCases.map(\.rawValue)))
        XCTAssertEqual(
            Set((RuleRegistry.perRow + RuleRegistry.acrossRows).map(\.code)), Set(RuleRegistry.row.map(\.code)))
        for rule in RuleRegistry.all {
            XCTAssertEqual(RuleRegistry.rule(rule.code), rule)
            XCTAssertTrue(Self.fields.contains(rule.example.column), "\(rule.code): \(rule.example.column)")
        }
    }

    /// A catalogue example is a real case: written in its column of a valid row, its rule reports it.
    func testEachRowRuleCatchesItsExample() throws {
        for rule in RuleRegistry.perRow {
            let row = Self.row([rule.example.column: rule.example.value])
            let f = try check([row], schemaValid: false)
            XCTAssertTrue(f.contains { $0.type.rawValue == rule.code }, "\(rule.code): \(f.map(\.type))")
        }
    }
}
