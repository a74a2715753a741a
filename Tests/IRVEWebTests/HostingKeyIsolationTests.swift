import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEWeb

/// Two communes on one hosted assistant: what one typed (its API key, its fiche) and what it can
/// download never reach the other's session, whatever the other asks for.
final class HostingKeyIsolationTests: XCTestCase {
    func testTwoSessionsNeverShareAKeyAFicheOrADownload() async throws {
        let site = try HostedSite()
        let sample = sampleBytes()
        let key = "cle-de-la-commune-a-\(UUID().uuidString)"
        let title = "Bornes de la commune A, titre à elle"
        // Nothing listens on the discard port: the publication fails after the key was kept.
        let api = [("api", "custom"), ("api-url", "http://127.0.0.1:9/api/1")]
        try await site.run { client in
            let a = try await Visitor.arrive(client)
            let b = try await Visitor.arrive(client)
            XCTAssertNotEqual(a.cookie, b.cookie)
            _ = try await client.uploadAndRead(a, filename: "commune-a.csv", sample)
            _ = try await client.uploadAndRead(b, filename: "commune-b.csv", sample)

            // A writes its fiche and types its key.
            let fiche = try await client.page("/fiche", a).1
            let fields = FicheFormReading.replacing(try FicheFormReading.fields(fiche), "title", with: title)
            var r = try await client.post("/fiche", a, [("csrf", a.csrf)] + fields)
            XCTAssertEqual(r.0, .seeOther, r.2)
            r = try await client.post(
                "/publish", a, [("csrf", a.csrf), ("action", "publish"), ("key", key), ("force", "1")] + api)
            XCTAssertTrue(r.2.contains("id=\"key-kept\""), "A's key is kept in A's session: \(r.2)")
            XCTAssertFalse(r.2.contains(key))
            let aFiche = try await client.page("/fiche", a).1
            XCTAssertTrue(aFiche.contains(HTML.escape(title)))

            // B, on the same address, sees no key and no fiche of A's, and cannot publish with A's key.
            var seen: [String] = []
            var page = try await client.page("/publish", b).1
            seen.append(page)
            XCTAssertFalse(page.contains("id=\"key-kept\""), page)
            r = try await client.post("/publish", b, [("csrf", b.csrf), ("action", "publish"), ("force", "1")] + api)
            seen.append(r.2)
            XCTAssertEqual(r.0, .unprocessableContent)
            XCTAssertTrue(r.2.contains(HTML.escape(Wording.message(WebPublishPhrase.keyMissing, .fr))), r.2)
            page = try await client.page("/fiche", b).1
            seen.append(page)
            XCTAssertTrue(page.contains("commune-b.csv"))
            r = try await client.post("/fiche/download", b, [("csrf", b.csrf)])
            seen.append(r.2)
            for uri in ["/verdict", "/download/repaired", "/download/log", "/repairs/download/repaired", "/map"] {
                let (_, bytes, disposition) = try await client.download(uri, b)
                seen.append(String(decoding: bytes, as: UTF8.self) + (disposition ?? ""))
            }
            for answer in seen {
                XCTAssertFalse(answer.contains(key), "A's key in an answer to B")
                XCTAssertFalse(answer.contains(HTML.escape(title)) || answer.contains(title), "A's fiche in B's answer")
                XCTAssertFalse(answer.contains("commune-a"), "A's file named in B's answer")
            }

            // B with A's token is refused; A still has its key and its fiche.
            r = try await client.post("/publish", b, [("csrf", a.csrf), ("action", "forget")])
            XCTAssertEqual(r.0, .forbidden)
            let aPublish = try await client.page("/publish", a).1
            XCTAssertTrue(aPublish.contains("id=\"key-kept\""), "A keeps its key")
        }
    }

    /// A key is kept for the API address it was typed for: choosing another address (or the demo
    /// site) asks for a key again, and nothing is sent there with the kept one.
    func testAKeptKeyGoesOnlyToTheAddressItWasTypedFor() async throws {
        let site = try HostedSite()
        let key = "cle-pour-une-seule-adresse-\(UUID().uuidString)"
        let missing = HTML.escape(Wording.message(WebPublishPhrase.keyMissing, .fr))
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sampleBytes())
            let first = [("api", "custom"), ("api-url", "http://127.0.0.1:9/api/1")]
            var r = try await client.post(
                "/publish", v, [("csrf", v.csrf), ("action", "publish"), ("key", key), ("force", "1")] + first)
            XCTAssertTrue(r.2.contains("id=\"key-kept\""), r.2)
            for other in [
                [("api", "custom"), ("api-url", "http://127.0.0.1:10/api/1")], [("api", "demo")],
                [("api", "production")],
            ] {
                r = try await client.post(
                    "/publish", v, [("csrf", v.csrf), ("action", "publish"), ("force", "1")] + other)
                XCTAssertEqual(r.0, .unprocessableContent, "\(other)")
                XCTAssertTrue(r.2.contains(missing), "\(other): \(r.2)")
                XCTAssertFalse(r.2.contains("id=\"key-kept\""), "\(other)")
            }
            // Back to the first address: the key is still there for it.
            r = try await client.post("/publish", v, [("csrf", v.csrf), ("action", "plan")] + first)
            XCTAssertTrue(r.2.contains("id=\"key-kept\""), r.2)
            XCTAssertFalse(r.2.contains(key))
        }
    }
}
