import Foundation
import Hummingbird
import HummingbirdTesting
import IRVETestSupport
import XCTest

@testable import IRVEWeb

/// The lines a server logged, for the tests to read.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

/// The assistant with hosting options, in router mode or as a real server on 127.0.0.1 (`.live`,
/// where the connection's addresses are real).
struct HostedSite {
    let sessions: SessionStore
    let log = LogLines()
    let options: WebOptions
    let hosting: Hosting
    let app: Application<RouterResponder<WebContext>>

    init(lifetime: TimeInterval = 3600, _ configure: (inout WebOptions) -> Void = { _ in }) throws {
        var options = WebOptions()
        options.hosting.isPublic = true
        options.sessionLifetime = lifetime
        configure(&options)
        options.hosting.logLine = { [log] in log.append($0) }
        self.options = options
        sessions = try SessionStore(lifetime: lifetime)
        hosting = Hosting(options.hosting, lifetime: lifetime)
        app = Application(router: WebServer.router(options: options, sessions: sessions, hosting: hosting))
    }

    func run(
        _ mode: TestingSetup = .router, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        defer { sessions.removeAll() }
        try await app.test(mode) { client in try await test(client) }
    }
}

extension TestClientProtocol {
    /// A GET's status and page.
    func page(_ uri: String, _ headers: HTTPFields = [:]) async throws -> (HTTPResponse.Status, String) {
        try await execute(uri: uri, method: .get, headers: headers) { r in (r.status, String(buffer: r.body)) }
    }
}

/// The faulty sample's bytes (Samples/commune-exemple.csv).
func sampleBytes() -> [UInt8] {
    [UInt8](FileManager.default.contents(atPath: TestPaths.faultySample) ?? Data())
}
