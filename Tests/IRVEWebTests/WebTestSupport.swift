import Foundation
import Hummingbird
import HummingbirdTesting
import XCTest

@testable import IRVEWeb

/// A visitor of the assistant in a test: its cookie and its CSRF token, read from the home page.
struct Visitor {
    var cookie: String
    var csrf: String

    var headers: HTTPFields { [.cookie: cookie] }

    /// Opens the home page without a cookie and keeps the session it is given.
    static func arrive(_ client: some TestClientProtocol) async throws -> Visitor {
        try await client.execute(uri: "/", method: .get) { r in
            XCTAssertEqual(r.status, .ok)
            let setCookie = try XCTUnwrap(r.headers[.setCookie])
            let cookie = try XCTUnwrap(setCookie.split(separator: ";").first).trimmingSpaces()
            let page = String(buffer: r.body)
            let csrf = try XCTUnwrap(Self.token(in: page))
            return Visitor(cookie: cookie, csrf: csrf)
        }
    }

    /// The value of the page's hidden `csrf` field.
    static func token(in page: String) -> String? {
        guard let start = page.range(of: "name=\"csrf\" value=\"") else { return nil }
        let rest = page[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

/// A `multipart/form-data` body as a browser sends it.
struct MultipartBody {
    static let boundary = "----irveTestBoundary7MA4YWxkTrZu0gW"
    var bytes: [UInt8] = []

    mutating func field(_ name: String, _ value: String) {
        bytes += Array(
            "--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }

    mutating func file(_ name: String, filename: String, _ content: [UInt8], type: String = "text/csv") {
        bytes += Array(
            ("--\(Self.boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\n"
                + "Content-Type: \(type)\r\n\r\n").utf8)
        bytes += content + Array("\r\n".utf8)
    }

    func closed() -> ByteBuffer { ByteBuffer(bytes: bytes + Array("--\(Self.boundary)--\r\n".utf8)) }

    static func headers(_ v: Visitor) -> HTTPFields {
        [.cookie: v.cookie, .contentType: "multipart/form-data; boundary=\(boundary)"]
    }

    /// The upload form with this visitor's token and one file.
    static func upload(_ v: Visitor, filename: String, _ content: [UInt8], csrf: String? = nil) -> ByteBuffer {
        var body = MultipartBody()
        body.field("csrf", csrf ?? v.csrf)
        body.file("file", filename: filename, content)
        return body.closed()
    }
}

/// The assistant over a fresh session store, in the router test mode of HummingbirdTesting.
struct TestSite {
    let sessions: SessionStore
    let app: Application<RouterResponder<WebContext>>

    /// The request log's lines (kept off the test's output).
    let log = LogLines()

    init(maxUploadMegabytes: Int = 100) throws {
        var options = WebOptions()
        options.maxUploadMegabytes = maxUploadMegabytes
        options.hosting.logLine = { [log] in log.append($0) }
        sessions = try SessionStore(lifetime: 3600)
        app = Application(router: WebServer.router(options: options, sessions: sessions))
    }

    func run(_ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        defer { sessions.removeAll() }
        try await app.test(.router) { client in try await test(client) }
    }
}

extension TestClientProtocol {
    /// Uploads `content` as `filename` and follows the redirection to the verdict; the verdict page.
    func uploadAndRead(_ v: Visitor, filename: String, _ content: [UInt8]) async throws -> (HTTPResponse.Status, String)
    {
        let location = try await execute(
            uri: "/upload", method: .post, headers: MultipartBody.headers(v),
            body: MultipartBody.upload(v, filename: filename, content)
        ) { r in
            XCTAssertEqual(r.status, .seeOther, String(buffer: r.body))
            return r.headers[.location] ?? ""
        }
        return try await execute(uri: location, method: .get, headers: v.headers) { r in
            (r.status, String(buffer: r.body))
        }
    }
}
