import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVETestSupport
import IRVEWording
import XCTest

@testable import IRVEWeb

/// The repairs and fiche routes refuse what a visitor should not send: no session, a missing or
/// wrong token, a change that is not on the page, a cell outside the file, a huge value. Two
/// visitors' choices stay their own; the pages speak English with `?lang=en`; long lists page.
final class WebRepairBadInputTests: XCTestCase {
    typealias R = RepairsPageReading
    let sample = [UInt8](FileManager.default.contents(atPath: TestPaths.faultySample) ?? Data())

    func testEveryRouteWithoutASessionIsRefused() async throws {
        try await TestSite().run { client in
            let stranger = Visitor(cookie: "irve_session=" + String(repeating: "0", count: 64), csrf: "x")
            for uri in ["/repairs", "/fiche", "/repairs/download/repaired", "/repairs/download/log-json"] {
                let (status, page) = try await client.page(uri, stranger)
                XCTAssertEqual(status, .forbidden, uri)
                XCTAssertTrue(page.contains(HTML.escape(Wording.message(WebPhrase.sessionUnknown, .fr))), uri)
            }
            for uri in ["/repairs", "/repairs/cell"] {
                let status = try await client.post(uri, stranger, [("csrf", "x")]).0
                XCTAssertEqual(status, .forbidden, uri)
            }
        }
    }

    func testMissingOrWrongTokenChangesNothing() async throws {
        let file = try R.sampleWithGuess()
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", file)
            _ = try await client.page("/repairs", v)
            let guess = "2/coordonneesXY/coordinates-format"
            for token in [[], [("csrf", "x" + v.csrf.dropFirst())]] as [[(String, String)]] {
                let chosen = token + [("page", "1"), ("accept-rule", "coordinates-format"), ("apply", "1")]
                let chose = try await client.post("/repairs", v, chosen).0
                XCTAssertEqual(chose, .forbidden)
                let edit = token + [("row", "12"), ("field", "restriction_gabarit"), ("value", "Aucune")]
                let edited = try await client.post("/repairs/cell", v, edit).0
                XCTAssertEqual(edited, .forbidden)
            }
            let boxes = try R.boxes(try await client.page("/repairs", v).1)
            XCTAssertEqual(boxes.first { $0.id == guess }?.checked, false, "the guess is still refused")
            let after = try await client.page("/repairs", v).1
            XCTAssertFalse(after.contains("class=\"valid\""))
        }
    }

    func testUnknownChangesCellsOutsideTheFileAndHugeValuesAreRefused() async throws {
        try await TestSite().run { [sample] client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sample)
            _ = try await client.page("/repairs", v)
            let unknown = Wording.message(RepairReviewPhrase.changeUnknown, .fr)
            for change in ["999/horaires/horaires", "nonsense", "2/horaires/horaires/extra"] {
                let (status, _, page) = try await client.post(
                    "/repairs", v, [("csrf", v.csrf), ("page", "1"), ("change", change)])
                XCTAssertEqual(status, .badRequest, change)
                XCTAssertTrue(page.contains(HTML.escape(unknown)), change)
            }
            let rule = try await client.post("/repairs", v, [("csrf", v.csrf), ("accept-rule", "no-such-rule")])
            XCTAssertEqual(rule.0, .badRequest)
            let cellUnknown = HTML.escape(Wording.message(RepairReviewPhrase.cellUnknown, .fr))
            for (row, field) in [
                ("999", "restriction_gabarit"), ("1", "restriction_gabarit"), ("x", "horaires"),
                ("12", "no_such_field"), ("-4", "horaires"),
            ] {
                let (status, _, page) = try await client.post(
                    "/repairs/cell", v, [("csrf", v.csrf), ("row", row), ("field", field), ("value", "Aucune")])
                XCTAssertEqual(status, .badRequest, "\(row) \(field)")
                XCTAssertTrue(page.contains(cellUnknown), "\(row) \(field)")
            }
            let huge = String(repeating: "é", count: WebSite.maxValueLength + 1)
            let (status, _, page) = try await client.post(
                "/repairs/cell", v,
                [("csrf", v.csrf), ("row", "12"), ("field", "restriction_gabarit"), ("value", huge)])
            XCTAssertEqual(status, .contentTooLarge)
            XCTAssertTrue(
                page.contains(HTML.escape(Wording.message(RepairReviewPhrase.valueTooLong(maximum: 1000), .fr))))
            let body = String(repeating: "a", count: 70_000)
            let large = try await client.post("/repairs/cell", v, [("csrf", v.csrf), ("value", body)]).0
            XCTAssertEqual(large, .contentTooLarge)
            let escaped = try await client.page("/repairs/download/../../etc", v).0
            XCTAssertEqual(escaped, .notFound)
            let other = try await client.page("/repairs/download/other", v).0
            XCTAssertEqual(other, .notFound)
        }
    }

    func testTwoVisitorsChoicesAndTypedValuesStayTheirOwn() async throws {
        let file = try R.sampleWithGuess()
        try await TestSite().run { client in
            let a = try await Visitor.arrive(client)
            let b = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(a, filename: "a.csv", file)
            _ = try await client.uploadAndRead(b, filename: "b.csv", file)
            _ = try await client.page("/repairs", a)
            _ = try await client.page("/repairs", b)
            _ = try await client.post("/repairs", a, [("csrf", a.csrf), ("accept-rule", "coordinates-format")])
            _ = try await client.post(
                "/repairs/cell", a, [("csrf", a.csrf), ("row", "12"), ("field", "restriction_gabarit"), ("value", "A")])
            // B's token is not A's: B cannot act on A's session with its own token.
            let crossed = try await client.post("/repairs", a, [("csrf", b.csrf), ("page", "1")]).0
            XCTAssertEqual(crossed, .forbidden)
            let logA = String(decoding: try await client.download("/repairs/download/log-csv", a).1, as: UTF8.self)
            let logB = String(decoding: try await client.download("/repairs/download/log-csv", b).1, as: UTF8.self)
            XCTAssertTrue(logA.contains("user-edit") && logA.contains("coordinates-format,guess"))
            XCTAssertFalse(logB.contains("user-edit") || logB.contains("coordinates-format"), logB)
            let pageB = try await client.page("/repairs", b).1
            XCTAssertEqual(try R.boxes(pageB).filter { !$0.checked }.count, 1)
        }
    }

    func testPagesSpeakEnglish() async throws {
        try await TestSite().run { [sample] client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sample)
            let (_, page) = try await client.page("/repairs?lang=en", v)
            XCTAssertTrue(page.contains("<html lang=\"en\">"))
            for p: RepairReviewPhrase in [
                .repairsHeading(file: "commune.csv"), .applyButton, .downloadLogJSON, .cellsHeading,
            ] {
                XCTAssertTrue(page.contains(HTML.escape(Wording.message(p, .en))), "\(p)")
            }
            XCTAssertTrue(page.contains(">certain<") && page.contains(">likely<"))
            let edit = try await client.post(
                "/repairs/cell?lang=en", v,
                [("csrf", v.csrf), ("row", "12"), ("field", "restriction_gabarit"), ("value", "")])
            XCTAssertEqual(edit.1, "/repairs?lang=en&page=1#cell-12-restriction_gabarit")
            let again = try await client.page("/repairs?lang=en", v).1
            let invalid = RepairReviewPhrase.recheckInvalid(row: 12, column: "restriction_gabarit", value: "")
            XCTAssertTrue(again.contains(HTML.escape(Wording.message(invalid, .en))), again)
            let log = String(
                decoding: try await client.download("/repairs/download/log-csv?lang=en", v).1, as: UTF8.self)
            XCTAssertFalse(log.contains("user-edit"), "an empty cell left empty is no change")
            let (status, fiche) = try await client.page("/fiche?lang=en", v)
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(
                fiche.contains(HTML.escape(Wording.message(RepairReviewPhrase.ficheHeading(file: "commune.csv"), .en))))
            XCTAssertTrue(fiche.contains("<h3>Dataset</h3>"), fiche)
        }
    }

    func testFicheShowsTheDescribeRecordAndTheNineCriteria() async throws {
        try await TestSite().run { [sample] client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sample)
            let (status, page) = try await client.page("/fiche", v)
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(page.contains("<article id=\"fiche\">"))
            let title = "Infrastructures de recharge pour véhicules électriques – Commune de Marmande"
            XCTAssertTrue(page.contains(title))
            XCTAssertTrue(page.contains("<section id=\"quality-score\" data-score=\"9\" data-maximum=\"9\">"))
            XCTAssertEqual(R.count("data-criterion=", in: page), 9)
            XCTAssertFalse(
                page.contains("<script>") || page.contains("href=\"https://schema"), "no inline script, no link out")
        }
    }

    /// 30 copies of the sample's rows: 1 140 changes on 6 pages of 200; a rule accepted from page 1
    /// accepts its 30 guesses on every page.
    func testLongListsArePagedAndARuleIsAcceptedAcrossPages() async throws {
        let text = String(decoding: try R.sampleWithGuess(), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        let big = ([String(lines[0])] + (0..<30).flatMap { _ in lines.dropFirst().map(String.init) }).joined(
            separator: "\n")
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "big.csv", Array(big.utf8))
            let first = try await client.page("/repairs", v).1
            XCTAssertEqual(try R.boxes(first).count, 200)
            XCTAssertTrue(first.contains(HTML.escape(Wording.message(WebPhrase.page(1, of: 6), .fr))))
            let last = try await client.page("/repairs?page=6", v).1
            XCTAssertEqual(try R.boxes(last).count, 1140 - 1000)
            let kept = try R.boxes(first).filter(\.checked).map { ("change", $0.id) }
            let press = try await client.post(
                "/repairs", v, [("csrf", v.csrf), ("page", "1")] + kept + [("accept-rule", "coordinates-format")])
            XCTAssertEqual(press.0, .seeOther)
            let log = String(decoding: try await client.download("/repairs/download/log-csv", v).1, as: UTF8.self)
            XCTAssertEqual(R.count(",coordinates-format,guess,", in: log), 30)
        }
    }
}
