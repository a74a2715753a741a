import Foundation
import IRVEFindings
import IRVETestSupport
import XCTest

@testable import IRVERepair

/// The repairs reviewed one by one (`RepairReview`, `RepairSelection`): the plan lists every
/// proposal with a stable id, the default choice is `irve fix`, every proposal is `--aggressive`,
/// a refused change is not made, a typed value is written and logged as the user's.
final class RepairReviewTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws { folder = try TestPaths.temporaryFolder("irve-review") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

    /// The sample with one more mistake whose only repair is a guess: a point without brackets that
    /// is in France neither as written nor swapped (row 2).
    static func sampleWithGuess(in folder: URL) throws -> String {
        var text = try String(contentsOfFile: TestPaths.faultySample, encoding: .utf8)
        let point = try XCTUnwrap(text.range(of: "[0.164920,44.500520]"))
        text.replaceSubrange(point, with: "12.164920,44.500520")
        let path = folder.appendingPathComponent("avec-supposition.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    func read(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }

    func testThePlanListsEveryProposalGuessesIncludedWithStableIDs() throws {
        let input = try Self.sampleWithGuess(in: folder)
        let plan = try RepairReview.plan(input: input, options: RepairOptions())
        let guess = Change(
            row: 2, column: "coordonneesXY", before: "12.164920,44.500520", after: "[12.164920,44.500520]",
            rule: .coordinatesFormat, confidence: .guess)
        XCTAssertTrue(Array(plan.changes).contains(guess), "\(Array(plan.changes))")
        XCTAssertEqual(plan.changes.count, 38, "the sample's 37 changes and the guess")
        let again = try RepairReview.plan(input: input, options: RepairOptions())
        XCTAssertEqual(Array(plan.changes).map(ChangeID.init), Array(again.changes).map(ChangeID.init))
        XCTAssertEqual(Set(Array(plan.changes).map(ChangeID.init)).count, 38, "one id per change")
    }

    func testTheDefaultChoiceIsIrveFixAndEverythingIsAggressive() throws {
        let input = try Self.sampleWithGuess(in: folder)
        for (selection, aggressive) in [(RepairSelection(), false), (RepairSelection.everything, true)] {
            var cli = RepairOptions()
            cli.aggressive = aggressive
            _ = try Repair.run(
                input: input, output: path("cli.csv"), log: path("cli.log.csv"), force: true, options: cli)
            _ = try RepairReview.apply(
                input: input, output: path("web.csv"), log: path("web.log.csv"), selection: selection, edits: [:],
                force: true, options: RepairOptions())
            XCTAssertEqual(try read("web.csv"), try read("cli.csv"), "aggressive: \(aggressive)")
            XCTAssertEqual(try read("web.log.csv"), try read("cli.log.csv"), "aggressive: \(aggressive)")
        }
        XCTAssertTrue(try read("web.csv").contains("\"[12.164920,44.500520]\""))
    }

    func testARefusedChangeIsNotMadeAndAnAcceptedGuessIs() throws {
        let input = try Self.sampleWithGuess(in: folder)
        var selection = RepairSelection()
        selection.decide(ChangeID(row: 4, column: "puissance_nominale", rule: .number), .certain, accepted: false)
        selection.decide(ChangeID(row: 2, column: "coordonneesXY", rule: .coordinatesFormat), .guess, accepted: true)
        XCTAssertEqual(selection.changes.count, 2)
        let summary = try RepairReview.apply(
            input: input, output: path("out.csv"), log: nil, selection: selection, edits: [:], force: true,
            options: RepairOptions())
        let changes = Array(summary.changes)
        XCTAssertEqual(changes.count, 37, "37 − the refused one + the guess")
        XCTAssertFalse(changes.contains { $0.row == 4 && $0.column == "puissance_nominale" })
        XCTAssertTrue(changes.contains { $0.row == 2 && $0.rule == .coordinatesFormat })
        let rows = try read("out.csv").split(separator: "\n")
        XCTAssertTrue(rows[3].contains("\"7,4\""), String(rows[3]))
        // The same cells on other rows are still repaired (nothing is carried from row to row).
        XCTAssertEqual(changes.filter { $0.rule == .boolean }.count, 24)
    }

    func testAcceptingARuleAcceptsItsChangesOnEveryRowOverDecisionsOneByOne() throws {
        var s = RepairSelection()
        let a = ChangeID(row: 5, column: "coordonneesXY", rule: .coordinatesFormat)
        s.decide(a, .guess, accepted: false)
        XCTAssertTrue(s.changes.isEmpty, "refusing a guess is the default: nothing to remember")
        s.decide(ChangeID(row: 7, column: "horaires", rule: .horaires), .likely, accepted: false)
        s.accept(rule: .coordinatesFormat)
        XCTAssertTrue(s.accepts(a, .guess))
        XCTAssertTrue(s.accepts(ChangeID(row: 900, column: "coordonneesXY", rule: .coordinatesFormat), .guess))
        XCTAssertFalse(s.accepts(ChangeID(row: 7, column: "horaires", rule: .horaires), .likely))
        s.decide(a, .guess, accepted: false)
        XCTAssertFalse(s.accepts(a, .guess), "a change refused after its rule was accepted")
    }

    func testATypedValueIsWrittenAndLoggedAsTheUsersInBothLanguages() throws {
        let input = TestPaths.faultySample
        let before = try Data(contentsOf: URL(fileURLWithPath: input))
        for (lang, evidence) in [(Language.fr, "saisie de l'utilisateur"), (.en, "user edit")] {
            var options = RepairOptions()
            options.lang = lang
            let summary = try RepairReview.apply(
                input: input, output: path("out.csv"), log: path("log.json"), selection: RepairSelection(),
                edits: [12: ["restriction_gabarit": "Aucune"]], force: true, options: options)
            let typed = Change(
                row: 12, column: "restriction_gabarit", before: "", after: "Aucune", rule: .userEdit,
                confidence: .certain, evidence: evidence)
            XCTAssertEqual(Array(summary.changes).filter { $0.rule == .userEdit }, [typed])
            XCTAssertNil(summary.stillMissing["restriction_gabarit"], "the required cell is filled")
            let log = try read("log.json")
            XCTAssertTrue(log.contains("\"rule\":\"user-edit\""), log)
            XCTAssertTrue(log.contains(evidence), log)
            XCTAssertTrue(try read("out.csv").split(separator: "\n")[11].contains(",Aucune,"))
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: input)), before, "the input is only read")
    }

    func testChangeIDsReadBackAndOnlyCellRepairsAreOptional() {
        let id = ChangeID(row: 17, column: "coordonneesXY", rule: .geo(.coordinatesSwapped))
        XCTAssertEqual(ChangeID(text: id.description), id)
        for bad in ["", "17", "x/coordonneesXY/trim", "0/a/b", "3//trim", "3/a/", "1/a/b/c"] {
            XCTAssertNil(ChangeID(text: bad), bad)
        }
        let header = Change(
            row: 1, column: "nom_station", before: "Nom", after: "nom_station", rule: .header, confidence: .likely)
        let blank = Change(row: 9, column: "*", before: "", after: "", rule: .blankRowRemoved, confidence: .certain)
        let cell = Change(
            row: 9, column: "horaires", before: "24h", after: "24/7", rule: .horaires, confidence: .likely)
        XCTAssertEqual([header, blank, cell].map(RepairSelection.isOptional), [false, false, true])
    }

    func testRowsOfTheRepairedFileMapBackOverRemovedBlankRows() {
        XCTAssertEqual(RepairReview.inputRow(ofOutputRow: 2, blankRows: []), 2)
        XCTAssertEqual((2...5).map { RepairReview.inputRow(ofOutputRow: $0, blankRows: [3, 4]) }, [2, 5, 6, 7])
    }
}
