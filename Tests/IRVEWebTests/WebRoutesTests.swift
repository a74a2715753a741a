import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVETestSupport
import IRVEValidate
import IRVEWording
import XCTest

@testable import IRVEWeb

/// Every route of the assistant, with the sample and with the bad inputs a visitor can send.
final class WebRoutesTests: XCTestCase {
    let sample = [UInt8](FileManager.default.contents(atPath: TestPaths.faultySample) ?? Data())

    func testHomeGivesAStrictHttpOnlyCookieAndTheCSP() async throws {
        try await TestSite().run { client in
            try await client.execute(uri: "/", method: .get) { r in
                XCTAssertEqual(r.status, .ok)
                let cookie = try XCTUnwrap(r.headers[.setCookie])
                XCTAssertTrue(cookie.contains("HttpOnly"), cookie)
                XCTAssertTrue(cookie.contains("SameSite=Strict"), cookie)
                let id = cookie.split(separator: ";")[0].split(separator: "=")[1]
                XCTAssertEqual(id.count, 64, "256 random bits in hexadecimal")
                XCTAssertEqual(r.headers[.contentSecurityPolicy], SafetyMiddleware.policy)
                XCTAssertTrue(
                    SafetyMiddleware.policy.hasPrefix("default-src 'none'; style-src 'self'; script-src 'self'"))
                XCTAssertEqual(r.headers[.xContentTypeOptions], "nosniff")
                let page = String(buffer: r.body)
                XCTAssertTrue(page.contains("<html lang=\"fr\">"))
                XCTAssertTrue(page.contains(HTML.escape(Wording.message(.sampleButton, .fr))))
                XCTAssertFalse(page.contains("http://") || page.contains("https://"), "nothing fetched from outside")
            }
            try await client.execute(uri: "/?lang=en", method: .get) { r in
                XCTAssertTrue(String(buffer: r.body).contains(HTML.escape(Wording.message(.sampleButton, .en))))
            }
        }
    }

    func testAssetsAreServedFromTheBinary() async throws {
        try await TestSite().run { client in
            try await client.execute(uri: "/assets/app.css", method: .get) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentType], "text/css; charset=utf-8")
                XCTAssertTrue(String(buffer: r.body).contains("#000091"))
                XCTAssertNotNil(r.headers[.contentSecurityPolicy])
            }
            try await client.execute(uri: "/assets/app.js", method: .get) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentType], "text/javascript; charset=utf-8")
            }
            try await client.execute(uri: "/nowhere", method: .get) { r in
                XCTAssertEqual(r.status, .notFound)
                XCTAssertTrue(String(buffer: r.body).contains(HTML.escape(Wording.message(.notFound, .fr))))
                XCTAssertNotNil(r.headers[.contentSecurityPolicy])
            }
        }
    }

    /// The sample's verdict holds the CLI's counts, the grouped booleans and the measured outlook.
    func testSampleVerdictHoldsTheExpectedCounts() async throws {
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            let location = try await client.execute(
                uri: "/sample", method: .post,
                headers: [.cookie: v.cookie, .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "csrf=\(v.csrf)")
            ) { r in
                XCTAssertEqual(r.status, .seeOther)
                return try XCTUnwrap(r.headers[.location])
            }
            try await client.execute(uri: location, method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .ok)
                let page = String(buffer: r.body)
                XCTAssertTrue(page.contains("40 erreur(s), 5 avertissement(s)"), page)
                XCTAssertTrue(page.contains("<span id=\"rows\">20</span>"))
                XCTAssertTrue(
                    page.contains(
                        "37 des 40 erreurs peuvent être corrigées automatiquement ; "
                            + "3 points restent à compléter par la commune."
                    ))
                XCTAssertTrue(
                    page.contains(
                        HTML.escape("« VRAI », « FAUX » au lieu de true/false dans 12 colonnes, lignes 8 à 9")))
                XCTAssertEqual(page.components(separatedBy: "<details class=\"group\"").count - 1, 14)
                XCTAssertTrue(page.contains("/download/repaired"))
            }
            try await client.execute(uri: "/verdict?lang=en&severity=warning", method: .get, headers: v.headers) { r in
                let page = String(buffer: r.body)
                XCTAssertTrue(page.contains("40 error(s), 5 warning(s)"), page)
                XCTAssertEqual(page.components(separatedBy: "<details class=\"group\"").count - 1, 3)
            }
            try await client.execute(
                uri: "/verdict?column=prise_type_2&family=schema", method: .get, headers: v.headers
            ) { r in
                XCTAssertEqual(String(buffer: r.body).components(separatedBy: "<details class=\"group\"").count - 1, 1)
            }
        }
    }

    /// The repaired download is what `irve fix` writes: checked again it has exactly the remaining
    /// findings; the uploaded file is untouched.
    func testRepairedDownloadPassesCheckWithExactlyTheRemainingFindings() async throws {
        let folder = try TestPaths.temporaryFolder("irve-web-download")
        defer { try? FileManager.default.removeItem(at: folder) }
        try await TestSite().run { [sample] client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune-exemple.csv", sample)
            let repaired = folder.appendingPathComponent("downloaded.csv")
            try await client.execute(uri: "/download/repaired", method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentDisposition], "attachment; filename=\"commune-exemple-corrige.csv\"")
                try Data(buffer: r.body).write(to: repaired)
            }
            try await client.execute(uri: "/download/log", method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentDisposition], "attachment; filename=\"commune-exemple-journal.csv\"")
                let log = String(buffer: r.body)
                XCTAssertTrue(log.hasPrefix("row,column,before,after,rule,confidence,evidence\n"))
                XCTAssertEqual(log.split(separator: "\n").count, 1 + 37)
            }
            let after = try Validation.check(path: repaired.path, options: ValidationOptions(lang: .fr))
            XCTAssertEqual(after.errorCount, 3)
            let codes = after.allFindings(.fr).filter { $0.severity == .error }.map {
                "\($0.type.rawValue)@\($0.rowNumber ?? 0)"
            }
            XCTAssertEqual(codes.sorted(), ["constraint-error@12", "duplicate-id-pdc@19", "duplicate-id-pdc@20"])
            XCTAssertEqual(FileManager.default.contents(atPath: TestPaths.faultySample).map { [UInt8]($0) }, sample)
        }
    }

    func testEmbeddedSampleIsTheSampleFile() {
        XCTAssertEqual(
            [UInt8](SampleFile.bytes), sample,
            "Sources/IRVEWeb/SampleFile.swift is Samples/commune-exemple.csv in base64: regenerate it")
    }
}
