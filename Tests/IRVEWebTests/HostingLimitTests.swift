import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEWeb

/// Each limit of a hosted assistant answers its status (413, 429, 503) with its French page, and
/// the assistant goes on serving the others.
final class HostingLimitTests: XCTestCase {
    private static func french(_ p: HostingPhrase) -> String { HTML.escape(Wording.message(p, .fr)) }

    func testTheSessionLimitAnswers503WithItsFrenchPage() async throws {
        let site = try HostedSite { $0.hosting.maxSessions = 2 }
        let text = Self.french(.tooManySessions(limit: 2))
        try await site.run { client in
            _ = try await Visitor.arrive(client)
            let second = try await Visitor.arrive(client)
            try await client.execute(uri: "/", method: .get) { r in
                XCTAssertEqual(r.status, .serviceUnavailable)
                XCTAssertTrue(String(buffer: r.body).contains(text), String(buffer: r.body))
                XCTAssertEqual(r.headers[.retryAfter], "60")
                XCTAssertNil(r.headers[.setCookie])
            }
            // The visitors already in are still served.
            let (status, _) = try await client.page("/", second.headers)
            XCTAssertEqual(status, .ok)
        }
        XCTAssertTrue(text.contains("réessayez dans quelques minutes"), text)
    }

    func testTheDiskLimitAnswers503AndKeepsNothing() async throws {
        let sample = sampleBytes()
        let site = try HostedSite { $0.hosting.maxDiskBytes = Int64(sample.count / 2) }
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v),
                body: MultipartBody.upload(v, filename: "commune.csv", sample)
            ) { r in
                XCTAssertEqual(r.status, .serviceUnavailable)
                XCTAssertTrue(String(buffer: r.body).contains(Self.french(.diskFull)), String(buffer: r.body))
            }
            // Nothing of the refused upload stays on disk, and a small file still passes.
            let folder = try XCTUnwrap(
                try FileManager.default.contentsOfDirectory(atPath: site.sessions.root.path).first)
            let left = try FileManager.default.contentsOfDirectory(
                atPath: site.sessions.root.appendingPathComponent(folder).path)
            XCTAssertEqual(left, [])
            let (status, page) = try await client.uploadAndRead(v, filename: "petit.csv", Array("a;b\n1;2\n".utf8))
            XCTAssertEqual(status, .ok, page)
            XCTAssertEqual(site.hosting.disk.used, DiskBudget.size(of: site.sessions.root))
            XCTAssertGreaterThan(site.hosting.disk.used, 0)
        }
    }

    func testTheUploadSizeLimitAnswers413() async throws {
        let site = try HostedSite { $0.maxUploadMegabytes = 1 }
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 1_200_000)
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v),
                body: MultipartBody.upload(v, filename: "gros.csv", big)
            ) { r in
                XCTAssertEqual(r.status, .contentTooLarge)
                let text = HTML.escape(Wording.message(WebPhrase.tooLarge(megabytes: 1), .fr))
                XCTAssertTrue(String(buffer: r.body).contains(text), String(buffer: r.body))
            }
        }
    }

    func testBusyChecksAnswer503AfterTheWaitThenServeAgain() async throws {
        let site = try HostedSite {
            $0.hosting.maxChecks = 1
            $0.hosting.checkWaitSeconds = 1
        }
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sampleBytes())
            // The only check slot is taken (as by a long check of someone else).
            let taken = await site.hosting.checks.acquire(timeout: 1)
            XCTAssertTrue(taken)
            try await client.execute(uri: "/verdict", method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .serviceUnavailable)
                XCTAssertTrue(String(buffer: r.body).contains(Self.french(.checksBusy(seconds: 1))))
                XCTAssertNotNil(r.headers[.retryAfter])
            }
            // Light pages do not wait for a check.
            let (home, _) = try await client.page("/", v.headers)
            XCTAssertEqual(home, .ok)
            site.hosting.checks.release()
            let (status, page) = try await client.page("/verdict", v.headers)
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(page.contains("commune.csv"))
        }
        XCTAssertEqual(site.hosting.checks.running, 0)
    }

    func testTheRequestRateAnswers429WithRetryAfter() async throws {
        let site = try HostedSite { $0.hosting.requestsPerMinute = 5 }
        try await site.run { client in
            for _ in 0..<5 {
                let (status, _) = try await client.page("/assets/app.css")
                XCTAssertEqual(status, .ok)
            }
            try await client.execute(uri: "/", method: .get) { r in
                XCTAssertEqual(r.status, .tooManyRequests)
                XCTAssertTrue(String(buffer: r.body).contains(Self.french(.tooManyRequests(perMinute: 5))))
                XCTAssertEqual(r.headers[.retryAfter], "12")
            }
            // Health stays answered for the supervisor.
            let (health, _) = try await client.page("/healthz")
            XCTAssertEqual(health, .ok)
        }
    }

    func testEveryLimitPageHasItsEnglishWords() async throws {
        let site = try HostedSite { $0.hosting.maxSessions = 0 }
        try await site.run { client in
            let (status, page) = try await client.page("/?lang=en")
            XCTAssertEqual(status, .serviceUnavailable)
            XCTAssertTrue(page.contains(HTML.escape(Wording.message(HostingPhrase.tooManySessions(limit: 0), .en))))
        }
    }
}
