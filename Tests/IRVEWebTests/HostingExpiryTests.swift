import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import IRVEWeb

/// What a session leaves once it expired: nothing. Its objects are released before the allocator
/// trim runs (else the trim finds nothing to hand back), its folder and disk entry are gone, and
/// nothing that waited for a check slot is left running.
final class HostingExpiryTests: XCTestCase {
    /// Weak references to a session's objects, read when `expired` is told.
    final class Watched: @unchecked Sendable {
        let lock = NSLock()
        var sessions: [() -> AnyObject?] = []
        var aliveWhenTold: Int?
        var told: [String] = []
    }

    func testExpiredSessionsAreReleasedBeforeExpiredIsToldAndLeaveNothing() async throws {
        let site = try HostedSite(lifetime: 3600) { $0.hosting.password = "mot-de-passe" }
        let watched = Watched()
        let trim = site.sessions.expired
        site.sessions.expired = { ids, now in
            watched.lock.withLock {
                watched.aliveWhenTold = watched.sessions.filter { $0() != nil }.count
                watched.told = ids
            }
            trim?(ids, now)
        }
        try await site.run { client in
            for name in ["commune-a.csv", "commune-b.csv"] {
                let v = try await Self.arrive(client, try await Self.logIn(client))
                let (status, _) = try await client.uploadAndRead(v, filename: name, sampleBytes())
                XCTAssertEqual(status, .ok)
                let id = try XCTUnwrap(WebSite.sessionID(v.headers))
                let session = try XCTUnwrap(site.sessions.peek(id))
                let upload = try XCTUnwrap(session.upload)
                XCTAssertFalse(upload.checks.isEmpty, "the check's result is kept in the session")
                watched.lock.withLock {
                    watched.sessions += [{ [weak session] in session }, { [weak upload] in upload }]
                }
            }
            XCTAssertEqual(site.sessions.count, 2)
            XCTAssertEqual(site.hosting.disk.sessionsMeasured, 2)
            XCTAssertEqual(site.hosting.gate?.count, 2)
            XCTAssertGreaterThan(site.hosting.disk.used, 0)

            site.sessions.expire(now: Date().addingTimeInterval(7200))
            // A call of `expire` that finds nothing to forget tells nobody.
            site.sessions.expire(now: Date().addingTimeInterval(7200))
        }
        watched.lock.withLock {
            XCTAssertEqual(watched.told.count, 2)
            XCTAssertEqual(watched.aliveWhenTold, 0, "sessions or uploads still alive when the trim runs")
            XCTAssertEqual(watched.sessions.filter { $0() != nil }.count, 0)
        }
        XCTAssertEqual(site.sessions.count, 0)
        XCTAssertEqual(site.sessions.expiredCount, 2)
        XCTAssertEqual(site.hosting.disk.sessionsMeasured, 0)
        XCTAssertEqual(site.hosting.disk.used, 0)
        XCTAssertEqual(site.hosting.gate?.count, 0, "access tokens of visitors gone")
    }

    func testTheSessionsFoldersAreDeletedOnExpiry() async throws {
        let site = try HostedSite(lifetime: 3600)
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            _ = try await client.uploadAndRead(v, filename: "commune.csv", sampleBytes())
            let root = site.sessions.root.path
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root).count, 1)
            site.sessions.expire(now: Date().addingTimeInterval(7200))
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root), [])
            let (status, _) = try await client.page("/verdict", v.headers)
            XCTAssertEqual(status, .forbidden, "the expired session is unknown")
        }
    }

    /// Waiters served in turn, one given up after its wait; then the watcher of their waits stops.
    func testNothingKeepsRunningForTheWaitersOnceServed() async throws {
        let gate = CheckGate(slots: 1)
        let first = await gate.acquire(timeout: 60)
        XCTAssertTrue(first)
        XCTAssertFalse(gate.isWatching)
        let late = await gate.acquire(timeout: 0.05)
        XCTAssertFalse(late, "given up after its wait")
        let served = Task { await gate.acquire(timeout: 3600) }
        while gate.waiting == 0 { await Task.yield() }
        XCTAssertTrue(gate.isWatching)
        gate.release()
        let second = await served.value
        XCTAssertTrue(second)
        gate.release()
        XCTAssertEqual(gate.running, 0)
        // The watcher sleeps at most a second between rounds; it must then see nobody waits. The
        // poll ends as soon as it stops: the bound (a minute) only keeps a broken watcher from hanging.
        for _ in 0..<1200 where gate.isWatching { try await Task.sleep(nanoseconds: 50_000_000) }
        XCTAssertFalse(gate.isWatching, "still watching with nobody waiting")
    }

    /// A visitor of a password-gated instance: the access cookie, then the session's.
    static func logIn(_ client: some TestClientProtocol) async throws -> Visitor {
        try await client.execute(
            uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "password=mot-de-passe")
        ) { r in
            let cookie = try XCTUnwrap(r.headers[.setCookie]?.split(separator: ";").first).trimmingSpaces()
            return Visitor(cookie: cookie, csrf: "")
        }
    }

    static func arrive(_ client: some TestClientProtocol, _ access: Visitor) async throws -> Visitor {
        try await client.execute(uri: "/", method: .get, headers: access.headers) { r in
            XCTAssertEqual(r.status, .ok)
            let session = try XCTUnwrap(r.headers[.setCookie]?.split(separator: ";").first).trimmingSpaces()
            let csrf = try XCTUnwrap(Visitor.token(in: String(buffer: r.body)))
            return Visitor(cookie: access.cookie + "; " + session, csrf: csrf)
        }
    }
}
