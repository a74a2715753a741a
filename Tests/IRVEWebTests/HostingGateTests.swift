import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEWeb

/// The shared password, HSTS behind a proxy, the privacy note of a hosted instance.
final class HostingGateTests: XCTestCase {
    static let password = "mot-de-passe-des-communes-47"

    func testThePasswordGateLetsInOnlyWithThePassword() async throws {
        let site = try HostedSite { $0.hosting.password = Self.password }
        try await site.run { client in
            // No page, no upload, no download without it: the login page instead.
            try await client.execute(uri: "/verdict?lang=fr", method: .get) { r in
                XCTAssertEqual(r.status, .seeOther)
                XCTAssertEqual(r.headers[.location], "/login?lang=fr")
                XCTAssertNil(r.headers[.setCookie], "no session before the password")
            }
            try await client.execute(uri: "/sample", method: .post, body: ByteBuffer(string: "csrf=x")) { r in
                XCTAssertEqual(r.status, .unauthorized)
                XCTAssertTrue(String(buffer: r.body).contains("name=\"password\""))
            }
            let (loginStatus, login) = try await client.page("/login")
            XCTAssertEqual(loginStatus, .ok)
            XCTAssertTrue(login.contains(HTML.escape(Wording.message(HostingPhrase.loginHint, .fr))))
            // The login page's assets load without the password.
            let (css, _) = try await client.page("/assets/app.css")
            XCTAssertEqual(css, .ok)
            // A wrong password (even a longer one sharing its start) gets the French message, no cookie.
            for wrong in ["mauvais", Self.password + "x", String(Self.password.dropLast()), ""] {
                try await client.execute(
                    uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "password=\(HTML.query(wrong))")
                ) { r in
                    XCTAssertEqual(r.status, .forbidden)
                    XCTAssertTrue(String(buffer: r.body).contains(HTML.escape(Wording.message(.wrongPassword, .fr))))
                    XCTAssertNil(r.headers[.setCookie])
                }
            }
            let access = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "password=\(HTML.query(Self.password))")
            ) { r in
                XCTAssertEqual(r.status, .seeOther)
                let cookie = try XCTUnwrap(r.headers[.setCookie])
                XCTAssertFalse(cookie.contains(Self.password))
                XCTAssertTrue(cookie.contains("HttpOnly"))
                return try XCTUnwrap(cookie.split(separator: ";").first).trimmingSpaces()
            }
            // With the access cookie: a session, an upload, its verdict.
            let v = try await client.execute(uri: "/", method: .get, headers: [.cookie: access]) { r in
                XCTAssertEqual(r.status, .ok)
                let session = try XCTUnwrap(r.headers[.setCookie]?.split(separator: ";").first)
                let csrf = try XCTUnwrap(Visitor.token(in: String(buffer: r.body)))
                return Visitor(cookie: access + "; " + session, csrf: csrf)
            }
            let (status, verdict) = try await client.uploadAndRead(v, filename: "commune.csv", sampleBytes())
            XCTAssertEqual(status, .ok)
            XCTAssertTrue(verdict.contains("commune.csv"))
            // A made-up access token does not open the door.
            let forged = "irve_access=" + String(repeating: "0", count: 64)
            let (forgedStatus, _) = try await client.page("/verdict", [.cookie: forged])
            XCTAssertEqual(forgedStatus, .seeOther)
        }
        for line in site.log.all { XCTAssertFalse(line.contains(Self.password), line) }
    }

    func testConstantTimeComparisonGivesTheRightAnswers() {
        let gate = PasswordGate(password: "abc", lifetime: 60, capacity: 16)
        XCTAssertTrue(gate.matches("abc"))
        for wrong in ["", "ab", "abd", "abcd", "ABC", "xbc"] { XCTAssertFalse(gate.matches(wrong), wrong) }
    }

    func testHSTSOnlyBehindHTTPS() async throws {
        let plain = try HostedSite()
        try await plain.run { client in
            try await client.execute(uri: "/", method: .get) { r in
                XCTAssertNil(r.headers[.strictTransportSecurity])
                XCTAssertFalse(r.headers[.setCookie]?.contains("Secure") ?? true)
            }
        }
        let proxied = try HostedSite { $0.hosting.behindHTTPS = true }
        try await proxied.run { client in
            for uri in ["/", "/healthz", "/page-inconnue"] {
                try await client.execute(uri: uri, method: .get) { r in
                    XCTAssertEqual(r.headers[.strictTransportSecurity], "max-age=31536000", uri)
                }
            }
            try await client.execute(uri: "/", method: .get) { r in
                XCTAssertTrue(r.headers[.setCookie]?.contains("; Secure") ?? false)
            }
        }
    }

    func testThePrivacyNoteSaysWhereTheFileGoes() async throws {
        let hosted = try HostedSite(lifetime: 7200)
        try await hosted.run { client in
            let (_, page) = try await client.page("/")
            XCTAssertTrue(page.contains(HTML.escape(Wording.message(.hostedPrivacyNote(minutes: 120), .fr))), page)
            XCTAssertTrue(page.contains("envoyé à son serveur"))
            XCTAssertFalse(page.contains(HTML.escape(Wording.message(WebPhrase.privacyNote, .fr))))
            let (_, english) = try await client.page("/?lang=en")
            XCTAssertTrue(english.contains("sent to its server"))
        }
        let local = try HostedSite { $0.hosting.isPublic = false }
        try await local.run { client in
            let (_, page) = try await client.page("/")
            XCTAssertTrue(page.contains(HTML.escape(Wording.message(WebPhrase.privacyNote, .fr))))
        }
    }

    func testHealthAndMetricsWithoutAConnectionAddress() async throws {
        let site = try HostedSite { $0.hosting.password = Self.password }
        try await site.run { client in
            let (health, body) = try await client.page("/healthz")
            XCTAssertEqual(health, .ok)
            XCTAssertEqual(body, "ok\n")
            // Router mode has no socket: no loopback to prove, so no metrics.
            let (metrics, _) = try await client.page("/metrics")
            XCTAssertEqual(metrics, .notFound)
        }
    }
}
