import Foundation
import Hummingbird
import HummingbirdTesting
import IRVETestSupport
import XCTest

@testable import IRVEWeb

/// One checkbox of the repairs page, as the page writes it.
struct ChangeBox: Equatable {
    var id: String
    var confidence: String
    var rule: String
    var checked: Bool
}

enum RepairsPageReading {
    /// The page's `input[name=change]` checkboxes, in order.
    static func boxes(_ page: String) throws -> [ChangeBox] {
        let pattern =
            #"<input type="checkbox" name="change" id="c\d+" value="([^"]*)" data-confidence="([a-z]+)" "#
            + #"data-rule="([^"]*)"( checked)?"#
        let re = try NSRegularExpression(pattern: pattern)
        let ns = page as NSString
        return re.matches(in: page, range: NSRange(location: 0, length: ns.length)).map { m in
            ChangeBox(
                id: unescape(ns.substring(with: m.range(at: 1))), confidence: ns.substring(with: m.range(at: 2)),
                rule: unescape(ns.substring(with: m.range(at: 3))), checked: m.range(at: 4).location != NSNotFound)
        }
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func count(_ needle: String, in page: String) -> Int { page.components(separatedBy: needle).count - 1 }

    /// An urlencoded form body.
    static func form(_ pairs: [(String, String)]) -> ByteBuffer {
        ByteBuffer(string: pairs.map { "\(HTML.query($0.0))=\(HTML.query($0.1))" }.joined(separator: "&"))
    }

    static func headers(_ v: Visitor) -> HTTPFields {
        [.cookie: v.cookie, .contentType: "application/x-www-form-urlencoded"]
    }

    /// The sample with one more mistake whose only repair is a guess: a point without brackets,
    /// in France neither as written nor swapped (row 2).
    static func sampleWithGuess() throws -> [UInt8] {
        var text = try String(contentsOfFile: TestPaths.faultySample, encoding: .utf8)
        let point = try XCTUnwrap(text.range(of: "[0.164920,44.500520]"))
        text.replaceSubrange(point, with: "12.164920,44.500520")
        return Array(text.utf8)
    }
}

extension TestClientProtocol {
    /// A page's status and body.
    func page(_ uri: String, _ v: Visitor) async throws -> (HTTPResponse.Status, String) {
        try await execute(uri: uri, method: .get, headers: v.headers) { r in (r.status, String(buffer: r.body)) }
    }

    /// A form posted; its status, its redirection and its body.
    func post(_ uri: String, _ v: Visitor, _ pairs: [(String, String)]) async throws -> (
        HTTPResponse.Status, String?, String
    ) {
        try await execute(
            uri: uri, method: .post, headers: RepairsPageReading.headers(v), body: RepairsPageReading.form(pairs)
        ) { r in (r.status, r.headers[.location], String(buffer: r.body)) }
    }

    /// A download's bytes.
    func download(_ uri: String, _ v: Visitor) async throws -> (HTTPResponse.Status, Data, String?) {
        try await execute(uri: uri, method: .get, headers: v.headers) { r in
            (r.status, Data(buffer: r.body), r.headers[.contentDisposition])
        }
    }
}
