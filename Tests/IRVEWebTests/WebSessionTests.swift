import Foundation
import Hummingbird
import HummingbirdTesting
import IRVETestSupport
import XCTest

@testable import IRVEWeb

/// Two visitors never see each other's files; folders are private and deleted on expiry and at shutdown.
final class WebSessionTests: XCTestCase {
    func testTwoSessionsAreIsolated() async throws {
        let sample = [UInt8](FileManager.default.contents(atPath: TestPaths.faultySample) ?? Data())
        let site = try TestSite()
        try await site.run { client in
            let a = try await Visitor.arrive(client)
            let b = try await Visitor.arrive(client)
            XCTAssertNotEqual(a.cookie, b.cookie)
            XCTAssertNotEqual(a.csrf, b.csrf)
            _ = try await client.uploadAndRead(a, filename: "commune-a.csv", sample)
            let (_, pageB) = try await client.uploadAndRead(
                b, filename: "budget-b.csv", Array("poste;montant\nx;1\n".utf8))
            XCTAssertFalse(pageB.contains("commune-a.csv"))
            try await client.execute(uri: "/verdict", method: .get, headers: a.headers) { r in
                let page = String(buffer: r.body)
                XCTAssertTrue(page.contains("commune-a.csv"))
                XCTAssertFalse(page.contains("budget-b.csv"))
            }
            // B's token does not work with A's cookie.
            try await client.execute(
                uri: "/sample", method: .post, headers: [.cookie: a.cookie], body: ByteBuffer(string: "csrf=\(b.csrf)")
            ) { r in XCTAssertEqual(r.status, .forbidden) }
            // B's download is B's file (not IRVE: no repair to download), never A's.
            try await client.execute(uri: "/download/repaired", method: .get, headers: b.headers) { r in
                XCTAssertNotEqual(String(buffer: r.body).count, 0)
                XCTAssertFalse(String(buffer: r.body).contains("FRRGSE47157"))
            }
            let folders = try FileManager.default.contentsOfDirectory(atPath: site.sessions.root.path)
            XCTAssertEqual(folders.count, 2)
            for f in folders + [""] {
                let path = site.sessions.root.appendingPathComponent(f).path
                let mode = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
                XCTAssertEqual(mode, 0o700, path)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.sessions.root.path), "removed at shutdown")
    }

    func testExpiredSessionsAreForgottenAndTheirFilesDeleted() throws {
        let store = try SessionStore(lifetime: 2 * 3600)
        defer { store.removeAll() }
        let start = Date()
        let old = try store.create(now: start)
        let young = try store.create(now: start.addingTimeInterval(3600))
        XCTAssertNotNil(store.find(old.id, now: start.addingTimeInterval(60)))
        store.expire(now: start.addingTimeInterval(2 * 3600 + 120))
        XCTAssertNil(store.find(old.id, now: start.addingTimeInterval(2 * 3600 + 120)))
        XCTAssertFalse(FileManager.default.fileExists(atPath: old.folder.path))
        XCTAssertNotNil(store.find(young.id, now: start.addingTimeInterval(2 * 3600 + 120)))
        XCTAssertTrue(FileManager.default.fileExists(atPath: young.folder.path))
        XCTAssertEqual(store.count, 1)
    }
}
