import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVEPublish
import IRVETestSupport
import IRVEWording
import XCTest

@testable import IRVEWeb

/// The fiche form without a udata: prefilled from `irve describe`, a field left alone stays
/// generated, the live score comes from `QualityPrediction`, `fiche.txt` is what the CLI reads,
/// and every POST wants the session's token.
final class WebFicheFormTests: XCTestCase {
    let sample = [UInt8](FileManager.default.contents(atPath: TestPaths.correctedSample) ?? Data())

    func testTheFormIsPrefilledAndUnchangedFieldsStayGenerated() async throws {
        try await TestSite().run { [sample] client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sample)
            let page = try await client.page("/fiche", v).1
            let summary = try Describe.summarize(path: TestPaths.correctedSample)
            let generated = try MetadataBuilder.build(summary, MetadataOverrides())
            let fields = try FicheFormReading.fields(page)
            XCTAssertEqual(fields.count, FicheField.allCases.count)
            let byName = Dictionary(fields, uniquingKeysWith: { a, _ in a })
            XCTAssertEqual(byName["title"], generated.title)
            XCTAssertEqual(byName["description"], generated.description)
            XCTAssertEqual(byName["zones"], "fr:commune:47157")
            XCTAssertEqual(byName["frequency"], "irregular")
            XCTAssertEqual(byName["licence"], "lov2")
            XCTAssertEqual(byName["contactEmail"], "services.techniques@mairie-marmande.fr")
            XCTAssertTrue(page.contains("<script src=\"/assets/fiche.js\" defer></script>"))
            XCTAssertEqual(RepairsPageReading.count("data-criterion-of=", in: page), 8)
            XCTAssertTrue(page.contains(HTML.escape(Wording.message(WebPublishPhrase.fieldHelp(.licence), .fr))))
            // Posted as shown: nothing to write in fiche.txt.
            let r = try await client.post("/fiche/download", v, [("csrf", v.csrf)] + fields)
            XCTAssertEqual(r.0, .ok)
            XCTAssertEqual(r.2.split(separator: "\n").filter { !$0.hasPrefix("#") }, [])
            let en = try await client.page("/fiche?lang=en", v).1
            XCTAssertTrue(en.contains(HTML.escape(Wording.message(WebPublishPhrase.fieldLabel(.title), .en))))
        }
    }

    func testTheLiveScoreAndTheRefusedValues() async throws {
        try await TestSite().run { [sample] client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sample)
            let fields = try FicheFormReading.fields(try await client.page("/fiche", v).1)
            var changed = FicheFormReading.replacing(fields, "description", with: "Trop court.")
            changed = FicheFormReading.replacing(changed, "zones", with: "")
            var r = try await client.post("/fiche/quality", v, [("csrf", v.csrf)] + changed)
            var json = try XCTUnwrap(JSONValue.parse(Array(r.2.utf8)))
            XCTAssertEqual(json["score"]?.double, 7)
            XCTAssertEqual(json["criteria"]?["spatial"], false)
            XCTAssertEqual(json["criteria"]?["dataset_description_quality"], false)
            XCTAssertTrue(json["html"]?.string?.contains("data-criterion=\"spatial\"") ?? false)
            // The same words as irve describe's advice.
            let advice = Wording.advice(.descriptionLength(limit: 100), .fr)
            XCTAssertTrue(json["html"]?.string?.contains(HTML.escape(advice)) ?? false)

            let badDate = FicheFormReading.replacing(fields, "temporalStart", with: "07/10/2019")
            r = try await client.post("/fiche/quality", v, [("csrf", v.csrf)] + badDate)
            json = try XCTUnwrap(JSONValue.parse(Array(r.2.utf8)))
            XCTAssertEqual(json["score"], .null)
            XCTAssertTrue(json["html"]?.string?.contains("07/10/2019") ?? false, r.2)
            r = try await client.post("/fiche", v, [("csrf", v.csrf)] + badDate)
            XCTAssertEqual(r.0, .unprocessableContent)
            XCTAssertTrue(r.2.contains("id=\"fiche-error\""))
            XCTAssertTrue(r.2.contains("value=\"07/10/2019\""), "what was typed is shown again")

            // Saved: the fiche.txt holds the changes, and the CLI's reader builds the same record.
            r = try await client.post("/fiche", v, [("csrf", v.csrf)] + changed)
            XCTAssertEqual(r.1, "/publish?lang=fr")
            let again = try FicheFormReading.fields(try await client.page("/fiche", v).1)
            r = try await client.post("/fiche/download", v, [("csrf", v.csrf)] + again)
            let read = try MetadataOverrides.parse(r.2, path: "fiche.txt")
            XCTAssertEqual(read.descriptionFull, "Trop court.")
            XCTAssertEqual(read.zones, [])
            XCTAssertNil(read.title, "a field left alone stays generated")
            let summary = try Describe.summarize(path: TestPaths.correctedSample)
            XCTAssertEqual(QualityPrediction.predict(try MetadataBuilder.build(summary, read)).score, 7)
        }
    }

    func testEveryPostWantsTheSessionsToken() async throws {
        try await TestSite().run { [sample] client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sample)
            for uri in ["/fiche", "/fiche/quality", "/fiche/download", "/publish"] {
                let r = try await client.post(uri, v, [("csrf", "x"), ("action", "publish"), ("key", "k")])
                XCTAssertEqual(r.0, .forbidden, uri)
            }
            let page = try await client.page("/publish", v).1
            XCTAssertTrue(page.contains("type=\"password\" name=\"key\""))
            XCTAssertTrue(
                page.contains("<input type=\"radio\" name=\"api\" id=\"api-choice-demo\" value=\"demo\" checked>"))
            XCTAssertFalse(page.contains("id=\"errors-warning\""))
        }
    }

    func testAPIAddressesTheKeyMayGoTo() {
        XCTAssertEqual(APIChoice.checked("https://demo.data.gouv.fr/api/1/"), "https://demo.data.gouv.fr/api/1")
        XCTAssertEqual(APIChoice.checked("http://127.0.0.1:5000/api/1"), "http://127.0.0.1:5000/api/1")
        for refused in [
            "http://example.org/api/1", "ftp://127.0.0.1/", "https://u:p@example.org/api/1",
            "https://example.org/api/1?x=1", "", "demo.data.gouv.fr",
        ] {
            XCTAssertNil(APIChoice.checked(refused), refused)
        }
    }
}
