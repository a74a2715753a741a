import Foundation
import IRVEFindings
import XCTest

@testable import IRVERules

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

    /// The registry is generated in rank order, and the codes with it (Scripts/generate-rules.py).
    func testTheRegistryAndTheCodesFollowTheRanks() {
        let ranks = RuleRegistry.rules.map(\.rank)
        XCTAssertEqual(ranks, ranks.sorted())
        XCTAssertEqual(Set(ranks).count, ranks.count, "one rank per rule")
        XCTAssertEqual(RuleCode.allCases.map(\.rawValue), RuleRegistry.row.map(\.code))
    }

    /// The generated lists are what the rule files give (the same check as .ci/run's).
    func testTheGeneratedListsAreUpToDate() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let script = root.appendingPathComponent("Scripts/generate-rules.py").path
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            throw XCTSkip("python3 is not installed: Scripts/generate-rules.py --check not run")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        p.arguments = [script, "--check"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, message)
    }

    /// The repairs' codes are typed (`RepairCode`), their wire text as it always was.
    func testTheCatalogueRepairsKeepTheirWireText() {
        let repairs = RuleRegistry.all.compactMap { r in r.repair.map { "\(r.code)=\($0.rawValue)" } }
        XCTAssertEqual(
            repairs,
            [
                "id-structure=id", "power-in-watts=power-in-watts", "phone-format=phone-leading-zero",
                "horaires-format=horaires", "placeholder-text=placeholder-text",
                "coordinates-swapped=coordinates-swapped", "insee-is-postcode=insee-is-postcode",
                "insee-unknown=insee-unknown", "insee-obsolete=insee-obsolete", "insee-missing=insee-missing",
                "insee-arrondissement=insee-arrondissement", "address-far-from-point=address-far-from-point",
            ])
        XCTAssertEqual(RepairCode.enumValue.rawValue, "enum")
        XCTAssertEqual(RepairCode.finding(.typeError), RepairCode(rawValue: "type-error"))
    }
}
