import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVETestSupport
import IRVEValidate
import IRVEWording
import XCTest

@testable import IRVEWeb

/// Bad requests get a page with a clear message and the right status; the server answers the next
/// request as if nothing happened.
final class WebBadInputTests: XCTestCase {
    private static func expect(_ r: TestResponse, _ status: HTTPResponse.Status, _ phrase: WebPhrase) {
        XCTAssertEqual(r.status, status)
        let page = String(buffer: r.body)
        XCTAssertTrue(page.contains(HTML.escape(Wording.message(phrase, .fr))), page)
        XCTAssertNotNil(r.headers[.contentSecurityPolicy])
    }

    func testUnknownOrMissingSessionIsRefused() async throws {
        try await TestSite().run { client in
            let stranger = Visitor(cookie: "irve_session=" + String(repeating: "ab", count: 32), csrf: "x")
            for uri in ["/upload", "/sample"] {
                try await client.execute(uri: uri, method: .post, headers: MultipartBody.headers(stranger)) { r in
                    Self.expect(r, .forbidden, .sessionUnknown)
                }
                try await client.execute(uri: uri, method: .post) { r in Self.expect(r, .forbidden, .sessionUnknown) }
            }
            try await client.execute(uri: "/verdict", method: .get, headers: stranger.headers) { r in
                Self.expect(r, .forbidden, .sessionUnknown)
            }
            try await client.execute(uri: "/download/repaired", method: .get, headers: stranger.headers) { r in
                Self.expect(r, .forbidden, .sessionUnknown)
            }
        }
    }

    func testMissingOrWrongCSRFTokenIsRefused() async throws {
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            let wrong = String(repeating: "0", count: 64)
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v),
                body: MultipartBody.upload(v, filename: "a.csv", Array("a;b\n1;2\n".utf8), csrf: wrong)
            ) { r in Self.expect(r, .forbidden, .csrfRejected) }
            var noToken = MultipartBody()
            noToken.file("file", filename: "a.csv", Array("a;b\n".utf8))
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v), body: noToken.closed()
            ) { r in Self.expect(r, .forbidden, .csrfRejected) }
            for body in ["", "csrf=\(wrong)"] {
                try await client.execute(
                    uri: "/sample", method: .post, headers: [.cookie: v.cookie], body: ByteBuffer(string: body)
                ) { r in Self.expect(r, .forbidden, .csrfRejected) }
            }
            // Nothing was stored: the verdict sends back to the upload page.
            try await client.execute(uri: "/verdict", method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .seeOther)
            }
        }
    }

    func testNoFileAndBrokenBodiesAreRefused() async throws {
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            var onlyToken = MultipartBody()
            onlyToken.field("csrf", v.csrf)
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v), body: onlyToken.closed()
            ) { r in Self.expect(r, .badRequest, .noFile) }
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v),
                body: MultipartBody.upload(v, filename: "", [])
            ) { r in Self.expect(r, .badRequest, .noFile) }
            // Cut in the middle of the file, before the closing boundary.
            var cut = MultipartBody.upload(v, filename: "a.csv", Array("a;b\n1;2\n".utf8))
            cut.moveWriterIndex(to: cut.writerIndex - 40)
            try await client.execute(uri: "/upload", method: .post, headers: MultipartBody.headers(v), body: cut) { r in
                Self.expect(r, .badRequest, .brokenUpload)
            }
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v), body: ByteBuffer(string: "garbage")
            ) { r in Self.expect(r, .badRequest, .brokenUpload) }
            try await client.execute(
                uri: "/upload", method: .post, headers: [.cookie: v.cookie, .contentType: "application/json"],
                body: ByteBuffer(string: "{}")
            ) { r in Self.expect(r, .badRequest, .brokenUpload) }
            // The server still answers.
            try await client.execute(uri: "/", method: .get, headers: v.headers) { r in XCTAssertEqual(r.status, .ok) }
        }
    }

    func testTooLargeUploadGets413WithTheLimit() async throws {
        try await TestSite(maxUploadMegabytes: 1).run { client in
            let v = try await Visitor.arrive(client)
            let big = [UInt8](repeating: 0x61, count: 1_200_000)
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v),
                body: MultipartBody.upload(v, filename: "big.csv", big)
            ) { r in Self.expect(r, .contentTooLarge, .tooLarge(megabytes: 1)) }
        }
    }

    /// A PDF, a 0-byte file, a file of blank lines and a file that is not IRVE: the page says what
    /// `irve check` says.
    func testBadFilesGetTheCLIMessageInThePage() async throws {
        let folder = try TestPaths.temporaryFolder("irve-web-bad")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [(String, [UInt8])] = [
            ("rapport.pdf", Array("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".utf8)),
            ("vide.csv", []),
            ("blanc.csv", Array("\n\n  \n".utf8)),
            ("budget.csv", Array("poste;montant\nvoirie;1200\nécoles;800\n".utf8)),
        ]
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            for (name, bytes) in cases {
                let path = folder.appendingPathComponent(name)
                try Data(bytes).write(to: path)
                var expected = ""
                do throws(CheckError) {
                    let r = try Validation.check(path: path.path, options: ValidationOptions(lang: .fr))
                    expected = r.allFindings(.fr).first { $0.severity == .error }?.message ?? "(no error)"
                } catch {
                    // The page names the visitor's file, not where the server keeps it.
                    expected = error.message(.fr).replacingOccurrences(of: path.path, with: name)
                }
                let (status, page) = try await client.uploadAndRead(v, filename: name, bytes)
                XCTAssertTrue(page.contains(HTML.escape(expected)), "\(name): \(expected)\n\(page)")
                XCTAssertTrue(status == .ok || status == .unprocessableContent, "\(name): \(status)")
                XCTAssertFalse(page.contains(NSTemporaryDirectory()), "no server path in the page")
            }
        }
    }

    func testV1FileGetsTheCLIMessage() async throws {
        let path = try TestPaths.shared("corpus/real/mobive_nouvelle-aquitaine_v1_20200331.csv").path
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let r = try Validation.check(path: path, options: ValidationOptions(lang: .fr))
        let v1 = try XCTUnwrap(r.allFindings(.fr).first { $0.type == .obsoleteSchemaV1 }).message
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            let (status, page) = try await client.uploadAndRead(v, filename: "mobive_v1.csv", [UInt8](bytes))
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(page.contains(HTML.escape(v1)), page)
        }
    }

    func testDownloadsTakeNoPathFromTheRequest() async throws {
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            for uri in [
                "/download/..%2F..%2Fetc%2Fpasswd", "/download/upload", "/download/../../etc/passwd", "/download/",
            ] {
                try await client.execute(uri: uri, method: .get, headers: v.headers) { r in
                    XCTAssertEqual(r.status, .notFound, uri)
                }
            }
            // A session with nothing uploaded has nothing to download.
            try await client.execute(uri: "/download/repaired", method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .notFound)
            }
        }
    }

    func testFileNamesAreSanitised() {
        XCTAssertEqual(HTML.safeFileName("../../x\"; y.csv", fallback: "f"), "x___y.csv")
        XCTAssertEqual(HTML.safeFileName("été.csv", fallback: "f"), "_t_.csv")
        XCTAssertEqual(HTML.safeFileName("...", fallback: "f"), "f")
        XCTAssertEqual(HTML.diskFileName("..\\a/../.bornes été.csv", fallback: "f"), "bornes été.csv")
    }
}
