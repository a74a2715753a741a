import IRVEFindings
import IRVEReport
import IRVETestSupport
import IRVEValidate
import IRVEWording
import XCTest

/// The grouped findings and "what next" on the sample: exact counts over the whole file, even when
/// the text report keeps only a few findings per column, and a repair outlook measured by `irve fix`.
final class ProblemSummaryTests: XCTestCase {
    private func check(samples: Int?) throws -> ValidationResult {
        var options = ValidationOptions(lang: .fr)
        options.samplesPerGroup = samples
        return try Validation.check(path: TestPaths.faultySample, options: options)
    }

    func testBooleansOfTwelveColumnsAreOneGroup() throws {
        let r = try check(samples: 1)
        let groups = ProblemSummary.groups(r)
        let booleans = try XCTUnwrap(
            groups.first { $0.key == ProblemKey(code: .typeError, detail: .fieldType("boolean")) })
        XCTAssertEqual(booleans.tally.count, 24)
        XCTAssertEqual(booleans.tally.columns.count, 12)
        XCTAssertEqual(booleans.tally.firstRow, 8)
        XCTAssertEqual(booleans.tally.lastRow, 9)
        XCTAssertEqual(Set(booleans.tally.samples), ["VRAI", "FAUX"])
        XCTAssertEqual(
            Wording.message(booleans.phrase, .fr),
            "« VRAI », « FAUX » au lieu de true/false dans 12 colonnes, lignes 8 à 9 — 24 erreurs")
        XCTAssertEqual(
            Wording.message(booleans.phrase, .en),
            "\"VRAI\", \"FAUX\" instead of true/false in 12 columns, rows 8 to 9 — 24 errors")
    }

    /// Every finding is in exactly one group: the groups add up to the totals (file-level findings aside).
    func testGroupsAddUpToTheTotalsWhateverIsKept() throws {
        for samples in [nil, 1, 5] as [Int?] {
            let r = try check(samples: samples)
            let groups = ProblemSummary.groups(r)
            let errors = groups.filter { $0.tally.severity == .error }.map(\.tally.count).reduce(0, +)
            XCTAssertEqual(errors, r.errorCount, "samples \(String(describing: samples))")
            XCTAssertEqual(ProblemSummary.groups(r), ProblemSummary.groups(try check(samples: nil)))
        }
    }

    func testOutlookIsWhatFixLeaves() throws {
        var options = ValidationOptions(lang: .fr)
        options.samplesPerGroup = 5
        let r = try Validation.check(path: TestPaths.faultySample, options: options)
        let outlook = try XCTUnwrap(RepairOutlook.measure(path: TestPaths.faultySample, checked: r, options: options))
        XCTAssertEqual(outlook, RepairOutlook(errors: 40, fixable: 37, remaining: 3, changes: 37))
        XCTAssertEqual(
            Wording.message(outlook.phrase, .fr),
            "37 des 40 erreurs peuvent être corrigées automatiquement ; 3 points restent à compléter par la commune.")
        let valid = try Validation.check(path: TestPaths.correctedSample, options: options)
        XCTAssertNil(RepairOutlook.measure(path: TestPaths.correctedSample, checked: valid, options: options))
    }

    func testFixCommandQuotesWhatTheShellWouldSplit() {
        XCTAssertEqual(
            Wording.message(.fixCommand(input: "bornes.csv"), .fr),
            "Pour corriger : irve fix bornes.csv -o bornes-corrige.csv --log journal.csv")
        XCTAssertEqual(
            Wording.message(.fixCommand(input: "dossier/l'été 2024.xlsx"), .en),
            "To fix it: irve fix 'dossier/l'\\''été 2024.xlsx' -o 'dossier/l'\\''été 2024-fixed.csv' --log changes.csv")
    }
}
