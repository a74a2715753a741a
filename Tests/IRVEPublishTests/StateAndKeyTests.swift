import Foundation
import IRVEFindings
import IRVEPublish
import XCTest

final class StateAndKeyTests: XCTestCase {
    var tmp: URL!
    override func setUpWithError() throws { tmp = try Paths.temporaryFolder("irve-state") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    func testStateRemembersIdsPerEnvironmentAndOwner() throws {
        let path = tmp.appendingPathComponent("sub/dir/state.sqlite").path
        let state = try PublicationState(path: path)
        let prod = PublicationState.Record(
            environment: UdataClient.production, owner: "org1", ownerName: "Commune", datasetID: "d1", resourceID: "r1",
            file: "/a.csv")
        try state.save(prod)
        try state.save(
            .init(
                environment: UdataClient.demo, owner: "org1", ownerName: "Commune", datasetID: "d9", resourceID: nil,
                file: "/a.csv"))
        XCTAssertEqual(try state.record(environment: UdataClient.production, owner: "org1"), prod)
        XCTAssertEqual(try state.record(environment: UdataClient.demo, owner: "org1")?.datasetID, "d9")
        XCTAssertNil(try state.record(environment: UdataClient.production, owner: "org2"))
        var updated = prod
        updated.resourceID = "r2"
        try state.save(updated)
        // Reopened from disk: the same answer.
        XCTAssertEqual(
            try PublicationState(path: path).record(environment: UdataClient.production, owner: "org1")?.resourceID,
            "r2")
        XCTAssertEqual(try state.records(environment: UdataClient.production).count, 1)
        try state.forget(environment: UdataClient.production, owner: "org1")
        XCTAssertNil(try state.record(environment: UdataClient.production, owner: "org1"))
    }

    func testUnusableStateIsAFrenchError() throws {
        let notADatabase = tmp.appendingPathComponent("state.sqlite")
        try Data("pas une base".utf8).write(to: notADatabase)
        XCTAssertThrowsError(try PublicationState(path: notADatabase.path)) { error in
            XCTAssertTrue((error as? PublishError)?.message(.fr).contains("--state") ?? false, "\(error)")
        }
    }

    func testKeyFromEnvironmentThenFileReadableOnlyByItsOwner() throws {
        let secret = "udata_secret_\(UUID().uuidString)"
        let env = ["DATAGOUV_API_KEY": " \(secret)\n", "HOME": tmp.path]
        let fromEnv = try APIKey.resolve(environment: env)
        XCTAssertEqual(fromEnv.value, secret)
        XCTAssertFalse("\(fromEnv)".contains(secret))
        XCTAssertFalse(String(reflecting: fromEnv).contains(secret))

        XCTAssertThrowsError(try APIKey.resolve(environment: ["HOME": tmp.path])) { error in
            XCTAssertEqual(error as? PublishError, .noAPIKey)
            XCTAssertTrue((error as? PublishError)?.message(.fr).contains("DATAGOUV_API_KEY") ?? false)
        }
        let file = APIKey.defaultFile(environment: ["HOME": tmp.path])
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(
            atPath: file, contents: Data((secret + "\n").utf8), attributes: [.posixPermissions: 0o644])
        XCTAssertThrowsError(try APIKey.resolve(environment: ["HOME": tmp.path])) { error in
            XCTAssertEqual(error as? PublishError, .keyFileTooOpen(path: file))
            let m = (error as? PublishError)?.message(.fr) ?? ""
            XCTAssertTrue(m.contains("chmod 600"), m)
            XCTAssertFalse(m.contains(secret))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        XCTAssertEqual(try APIKey.resolve(environment: ["HOME": tmp.path]).value, secret)
        XCTAssertEqual(
            try APIKey.resolve(
                environment: ["HOME": tmp.path, "XDG_CONFIG_HOME": tmp.path + "/nowhere"], keyFile: file
            ).value, secret)
    }
}
