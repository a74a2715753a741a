import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVETestSupport
import IRVEValidate
import IRVEWording
import XCTest

@testable import IRVEWeb

/// The repairs page (`/repairs`): every change of `irve fix` chosen one by one, cells typed by hand
/// and checked again, downloads of the result and its log; the description record (`/fiche`).
final class WebRepairTests: XCTestCase {
    typealias R = RepairsPageReading

    func testRepairsPagePreselectsCertainAndLikelyChangesButNotGuesses() async throws {
        let file = try R.sampleWithGuess()
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            let (_, verdict) = try await client.uploadAndRead(v, filename: "commune.csv", file)
            XCTAssertTrue(verdict.contains("<a id=\"open-repairs\" href=\"/repairs?lang=fr\">"), verdict)
            XCTAssertTrue(verdict.contains("<a id=\"open-fiche\" href=\"/fiche?lang=fr\">"))
            let (status, page) = try await client.page("/repairs", v)
            XCTAssertEqual(status, .ok)
            let boxes = try R.boxes(page)
            XCTAssertEqual(boxes.count, 38, "the sample's 37 changes and the guess")
            XCTAssertEqual(boxes.filter { !$0.checked }.map(\.id), ["2/coordonneesXY/coordinates-format"])
            XCTAssertEqual(boxes.filter { !$0.checked }.map(\.confidence), ["guess"])
            XCTAssertTrue(boxes.filter(\.checked).allSatisfy { $0.confidence != "guess" })
            for needle in [
                "<form id=\"repairs\"", "<button id=\"apply-repairs\"",
                "name=\"accept-rule\" value=\"coordinates-format\"",
                "id=\"download-repaired\"", "id=\"download-log-csv\"", "id=\"download-log-json\"",
                "<form class=\"cell-edit\" id=\"cell-12-restriction_gabarit\"", "class=\"cell-result\" role=\"status\"",
            ] {
                XCTAssertTrue(page.contains(needle), needle)
            }
            XCTAssertEqual(R.count("<label for=\"c", in: page), 38, "every checkbox has its label")
        }
    }

    /// The sample path: defaults plus one guess, one cell typed by hand, downloads; the repaired
    /// file checked again has exactly the remaining findings, the log marks the typed value.
    func testSamplePathDefaultsOneGuessOneTypedCellDownloadsAndRecheck() async throws {
        let file = try R.sampleWithGuess()
        let folder = try TestPaths.temporaryFolder("irve-web-review")
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try TestSite()
        let root = site.sessions.root
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", file)
            let boxes = try R.boxes(try await client.page("/repairs", v).1)
            let chosen = boxes.filter { $0.checked || $0.confidence == "guess" }.map { ("change", $0.id) }
            let (status, location, _) = try await client.post(
                "/repairs", v, [("csrf", v.csrf), ("page", "1")] + chosen + [("apply", "1")])
            XCTAssertEqual(status, .seeOther)
            XCTAssertEqual(location, "/repairs?lang=fr&page=1")
            let after = try R.boxes(try await client.page("/repairs", v).1)
            XCTAssertTrue(after.allSatisfy(\.checked), "the guess is now accepted")
            let edit = try await client.post(
                "/repairs/cell", v,
                [("csrf", v.csrf), ("row", "12"), ("field", "restriction_gabarit"), ("value", "Aucune"), ("page", "1")])
            XCTAssertEqual(edit.0, .seeOther)
            XCTAssertEqual(edit.1, "/repairs?lang=fr&page=1#cell-12-restriction_gabarit")
            let page = try await client.page("/repairs", v).1
            let valid = Wording.message(
                RepairReviewPhrase.recheckValid(row: 12, column: "restriction_gabarit", value: "Aucune"), .fr)
            XCTAssertTrue(
                page.contains(
                    "<div class=\"cell-result\" role=\"status\"><p class=\"valid\">"
                        + HTML.escape(valid)), page)

            let (got, bytes, name) = try await client.download("/repairs/download/repaired", v)
            XCTAssertEqual(got, .ok)
            XCTAssertEqual(name, "attachment; filename=\"commune-corrige.csv\"")
            let repaired = folder.appendingPathComponent("repaired.csv")
            try bytes.write(to: repaired)
            let result = try Validation.check(path: repaired.path, options: ValidationOptions(lang: .fr))
            let findings = result.allFindings(.fr).map {
                "\($0.type.rawValue)@\($0.rowNumber ?? 0):\($0.fieldName ?? "")"
            }
            XCTAssertEqual(findings.sorted(), Self.remaining, "\(findings.sorted())")

            let csv = String(decoding: try await client.download("/repairs/download/log-csv", v).1, as: UTF8.self)
            XCTAssertTrue(csv.hasPrefix("row,column,before,after,rule,confidence,evidence\n"))
            XCTAssertTrue(csv.contains("\n12,restriction_gabarit,,Aucune,user-edit,certain,saisie de l'utilisateur\n"))
            XCTAssertTrue(
                csv.contains(
                    "\n2,coordonneesXY,\"12.164920,44.500520\",\"[12.164920,44.500520]\","
                        + "coordinates-format,guess,\n"), csv)
            XCTAssertEqual(csv.split(separator: "\n").count, 1 + 37 + 1 + 1, "37 changes, the guess, the typed value")
            let (_, json, jsonName) = try await client.download("/repairs/download/log-json", v)
            XCTAssertEqual(jsonName, "attachment; filename=\"commune-journal.json\"")
            let entries = try XCTUnwrap(try JSONSerialization.jsonObject(with: json) as? [[String: Any]])
            let typed = entries.filter { $0["rule"] as? String == "user-edit" }
            XCTAssertEqual(typed.count, 1)
            XCTAssertEqual(typed.first?["after"] as? String, "Aucune")
            XCTAssertEqual(typed.first?["evidence"] as? String, "saisie de l'utilisateur")
            XCTAssertEqual(try Self.uploaded(under: root), Data(file), "the uploaded file is never modified")
        }
    }

    /// What `irve check` still finds once the guess is accepted and row 12 typed: the sample's
    /// duplicate ids and station count, and the point now read where it was written (in Italy, so
    /// outside France and apart from its station's other row).
    static let remaining = [
        "coordinates-outside-france@2:coordonneesXY", "duplicate-id-pdc@19:id_pdc_itinerance",
        "duplicate-id-pdc@20:id_pdc_itinerance", "nbre-pdc-mismatch@19:nbre_pdc", "schema-detected@1:",
        "station-incoherent@2:coordonneesXY",
    ]

    /// The bytes of the only upload kept by the site.
    static func uploaded(under root: URL) throws -> Data {
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        let path = try XCTUnwrap(
            files?.compactMap { $0 as? URL }.first { $0.deletingLastPathComponent().lastPathComponent == "upload" })
        return try Data(contentsOf: path)
    }
}
