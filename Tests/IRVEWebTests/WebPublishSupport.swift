import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import Logging
import XCTest

@testable import IRVEWeb

/// What a browser would post from the fiche form: every field with the value the page shows.
enum FicheFormReading {
    static func fields(_ page: String) throws -> [(String, String)] {
        var out: [(String, String)] = []
        for f in FicheField.allCases {
            let name = NSRegularExpression.escapedPattern(for: f.rawValue)
            if let v = try first(
                #"<input type="(?:text|date)" id="f-[^"]*" name="\#(name)"[^>]* value="([^"]*)">"#, page)
            {
                out.append((f.rawValue, v))
            } else if let v = try first(#"<textarea id="f-[^"]*" name="\#(name)"[^>]*>([^<]*)</textarea>"#, page) {
                out.append((f.rawValue, v))
            } else if let select = try first(#"<select id="f-[^"]*" name="\#(name)"[^>]*>([\s\S]*?)</select>"#, page),
                let v = try first(#"<option value="([^"]*)" selected>"#, select)
            {
                out.append((f.rawValue, v))
            } else {
                XCTFail("no field \(f.rawValue) in the fiche form")
            }
        }
        return out
    }

    static func first(_ pattern: String, _ text: String) throws -> String? {
        let re = try NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        guard let m = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return RepairsPageReading.unescape(ns.substring(with: m.range(at: 1)))
    }

    static func replacing(_ fields: [(String, String)], _ name: String, with value: String) -> [(String, String)] {
        fields.map { $0.0 == name ? ($0.0, value) : $0 }
    }
}

/// Every log line the assistant writes, at the most talkative level, kept for the key search.
final class CapturedLog: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ s: String) { lock.withLock { lines.append(s) } }
    var all: [String] { lock.withLock { lines } }

    var logger: Logger {
        var l = Logger(label: "irve-serve-test") { _ in CapturingHandler(log: self) }
        l.logLevel = .trace
        return l
    }
}

struct CapturingHandler: LogHandler {
    let log: CapturedLog
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(event: LogEvent) {
        log.add("\(event.level) \(event.message) \(self.metadata.merging(event.metadata ?? [:]) { $1 })")
    }
}

/// The assistant with a capturing logger, every answer (status, headers, body) kept.
final class RecordingSite: @unchecked Sendable {
    let sessions: SessionStore
    let log = CapturedLog()
    let app: Application<RouterResponder<WebContext>>
    private let lock = NSLock()
    private var answers: [String] = []

    init() throws {
        sessions = try SessionStore(lifetime: 3600)
        app = Application(router: WebServer.router(options: WebOptions(), sessions: sessions), logger: log.logger)
    }

    func keep(_ r: TestResponse) {
        lock.withLock { answers.append("\(r.status) \(r.headers)\n" + String(buffer: r.body)) }
    }
    var all: [String] { lock.withLock { answers } }

    func run(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { sessions.removeAll() }
        try await app.test(.router) { client in try await test(client) }
    }

    /// Every file under the sessions' folder, and its bytes.
    func filesWritten() -> [(String, Data)] {
        let fm = FileManager.default
        guard let e = fm.enumerator(at: sessions.root, includingPropertiesForKeys: [.isRegularFileKey]) else {
            return []
        }
        var out: [(String, Data)] = []
        for case let url as URL in e
        where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            out.append((url.path, fm.contents(atPath: url.path) ?? Data()))
        }
        return out
    }

    // The requests, each answer kept.
    func page(_ client: any TestClientProtocol, _ uri: String, _ v: Visitor) async throws -> (
        HTTPResponse.Status, String
    ) {
        try await client.execute(uri: uri, method: .get, headers: v.headers) { r in
            self.keep(r)
            return (r.status, String(buffer: r.body))
        }
    }

    func post(_ client: any TestClientProtocol, _ uri: String, _ v: Visitor, _ pairs: [(String, String)]) async throws
        -> (HTTPResponse.Status, String?, String)
    {
        try await client.execute(
            uri: uri, method: .post, headers: RepairsPageReading.headers(v), body: RepairsPageReading.form(pairs)
        ) { r in
            self.keep(r)
            return (r.status, r.headers[.location], String(buffer: r.body))
        }
    }
}

extension JSONValue {
    /// A number's value (nil for anything else).
    var double: Double? { if case .number(let n) = self { n } else { nil } }
}
