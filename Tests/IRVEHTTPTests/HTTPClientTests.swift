import Foundation
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEHTTP

/// IRVEHTTP against a real local HTTP server (http_test_server.py), through the real libcurl.
final class HTTPClientTests: XCTestCase {
    var server: LocalTestServer!
    let client = HTTPClient()

    override func setUpWithError() throws {
        try super.setUpWithError()
        guard HTTPClient.isAvailable else {
            throw XCTSkip("libcurl.so.4 is not installed on this machine (apt-get install libcurl4).")
        }
        server = try LocalTestServer.shared.get()
    }

    func echo(_ response: HTTPResponse) throws -> [String: Any] {
        XCTAssertEqual(response.status, 200, response.text)
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any])
    }

    func testGetSendsHeadersAndReadsResponseHeaders() throws {
        let r = try client.send(
            HTTPRequest(
                url: server.base + "/echo?a=1", headers: [("X-API-KEY", "secret-123"), ("Accept", "application/json")]))
        let e = try echo(r)
        XCTAssertEqual(e["method"] as? String, "GET")
        let headers = try XCTUnwrap(e["headers"] as? [String: String])
        XCTAssertEqual(headers["x-api-key"], "secret-123")
        XCTAssertEqual(headers["user-agent"], HTTPClient.defaultUserAgent)
        XCTAssertEqual((e["query"] as? [String: String])?["a"], "1")
        XCTAssertEqual(r.header("Content-Type"), "application/json")
        XCTAssertEqual(r.header("x-multi"), "a, b", "repeated headers are joined")
    }

    func testPostBytesWithContentType() throws {
        let json = Array(#"{"title": "Bornes é"}"#.utf8)
        let e = try echo(
            try client.send(
                HTTPRequest(
                    method: "POST", url: server.base + "/echo", body: .bytes(json, contentType: "application/json"))))
        XCTAssertEqual(e["method"] as? String, "POST")
        XCTAssertEqual(e["body"] as? String, #"{"title": "Bornes é"}"#)
        XCTAssertEqual((e["headers"] as? [String: String])?["content-type"], "application/json")
    }

    func testPutAndDeleteAndEmptyPost() throws {
        var e = try echo(
            try client.send(
                HTTPRequest(
                    method: "PUT", url: server.base + "/echo",
                    body: .bytes(Array("{}".utf8), contentType: "application/json"))))
        XCTAssertEqual(e["method"] as? String, "PUT")
        XCTAssertEqual(e["body"] as? String, "{}")
        e = try echo(try client.send(HTTPRequest(method: "DELETE", url: server.base + "/echo")))
        XCTAssertEqual(e["method"] as? String, "DELETE")
        e = try echo(try client.send(HTTPRequest(method: "POST", url: server.base + "/echo")))
        XCTAssertEqual(e["method"] as? String, "POST")
        XCTAssertEqual((e["headers"] as? [String: String])?["content-length"], "0")
    }

    func testMultipartUploadStreamsAFileAndBytes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-http-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("bornes.csv")
        let content = "nom_station,id_pdc\n" + String(repeating: "Mairie é,FRA68E1\n", count: 5000)
        try Data(content.utf8).write(to: csv)
        let r = try client.send(
            HTTPRequest(
                method: "POST", url: server.base + "/echo",
                body: .multipart([
                    MultipartPart(
                        name: "file", filename: "irve-commune.csv", contentType: "text/csv", data: .file(csv.path)),
                    MultipartPart(name: "note", data: .bytes(Array("bonjour".utf8))),
                ])))
        let parts = try XCTUnwrap(try echo(r)["parts"] as? [[String: Any]])
        XCTAssertEqual(parts.count, 2)
        XCTAssertEqual(parts[0]["name"] as? String, "file")
        XCTAssertEqual(parts[0]["filename"] as? String, "irve-commune.csv")
        XCTAssertEqual(parts[0]["contentType"] as? String, "text/csv")
        XCTAssertEqual(parts[0]["size"] as? Int, content.utf8.count)
        XCTAssertEqual(parts[1]["name"] as? String, "note")
        XCTAssertEqual(parts[1]["text"] as? String, "bonjour")
    }

    func testMultipartWithMissingFileIsAClearError() throws {
        XCTAssertThrowsError(
            try client.send(
                HTTPRequest(
                    method: "POST", url: server.base + "/echo",
                    body: .multipart([MultipartPart(name: "file", data: .file("/nonexistent/x.csv"))])))
        ) { error in
            let message = (error as? HTTPError)?.message(.fr) ?? ""
            XCTAssertTrue(message.contains("interrompu") || message.contains("illisible"), message)
        }
    }

    func testStatusesAreResponsesNotErrors() throws {
        let r = try client.send(HTTPRequest(url: server.base + "/status/404"))
        XCTAssertEqual(r.status, 404)
        XCTAssertFalse(r.isSuccess)
        XCTAssertEqual(r.text, #"{"message": "as asked"}"#)
    }

    /// A request carrying the API key is never redirected: libcurl would send the custom header to
    /// the new host. Following is only for downloads, which carry no key.
    func testRedirectsAreNotFollowedUnlessAsked() throws {
        let elsewhere = "http://localhost:\(server.port)/echo"
        let url = server.base + "/redirect?to=" + elsewhere
        let kept = try client.send(HTTPRequest(url: url, headers: [("X-API-KEY", "secret-123")]))
        XCTAssertEqual(kept.status, 302, "the key's request stops at the redirect")
        XCTAssertFalse(kept.text.contains("secret-123"))
        let followed = try client.send(HTTPRequest(url: url, followRedirects: true))
        XCTAssertEqual(try echo(followed)["path"] as? String, "/echo", "a download follows it")
    }

    func testLargeBody() throws {
        let r = try client.send(HTTPRequest(url: server.base + "/big?n=3000000"))
        XCTAssertEqual(r.body.count, 3_000_000)
    }

    func testEndlessResponseIsCutAtTheLimit() throws {
        // The server never stops sending: only the cap ends this request (the test would otherwise hang).
        let request = HTTPRequest(url: server.base + "/endless", timeout: 120, maxResponseBytes: 2 << 20)
        XCTAssertThrowsError(try client.send(request)) { error in
            guard case .responseTooLarge(let url, let limit)? = error as? HTTPError else { return XCTFail("\(error)") }
            XCTAssertEqual(url, server.base + "/endless")
            XCTAssertEqual(limit, 2 << 20)
            XCTAssertTrue((error as? HTTPError)?.message(.fr).contains("plus de 2 Mio") ?? false)
        }
        // Just under the limit is accepted whole.
        let r = try client.send(HTTPRequest(url: server.base + "/big?n=1000000", maxResponseBytes: 1_000_000))
        XCTAssertEqual(r.body.count, 1_000_000)
        XCTAssertThrowsError(
            try client.send(HTTPRequest(url: server.base + "/big?n=1000001", maxResponseBytes: 1_000_000)))
        XCTAssertEqual(HTTPRequest(url: "http://x").maxResponseBytes, 64 << 20)
    }

    func testTimeout() throws {
        // The server answers after 3 s: only an enforced 0.5 s timeout makes this call fail.
        XCTAssertThrowsError(try client.send(HTTPRequest(url: server.base + "/slow?s=3", timeout: 0.5))) { error in
            guard case .timeout(let url, let seconds)? = error as? HTTPError else { return XCTFail("\(error)") }
            XCTAssertEqual(url, server.base + "/slow")
            XCTAssertEqual(seconds, 0.5)
            let message = (error as! HTTPError).message(.fr)
            XCTAssertTrue(message.contains("n'a pas répondu en 0.5 s"), message)
        }
    }

    func test503WithRetryAfterIsRetried() throws {
        let key = UUID().uuidString
        let waits = WaitRecorder()
        let client = HTTPClient(onRetry: { waits.notices.append($0) }, sleep: HTTPClient.systemSleep)
        let r = try client.send(
            HTTPRequest(url: server.base + "/flaky?key=\(key)&fail=1&retry_after=1"), retry: .standard)
        XCTAssertEqual(r.status, 200)
        XCTAssertEqual(try echoAttempts(r), 2)
        XCTAssertEqual(waits.notices.map(\.status), [503])
        XCTAssertEqual(waits.notices.first?.delay, 1)
    }

    func testBackoffGrowsAndStopsAtMaxAttempts() throws {
        let key = UUID().uuidString
        let waits = WaitRecorder()
        let client = HTTPClient(sleep: { waits.delays.append($0) })
        let policy = RetryPolicy(maxAttempts: 3, baseDelay: 1, maxDelay: 30)
        let r = try client.send(HTTPRequest(url: server.base + "/flaky?key=\(key)&fail=10&status=502"), retry: policy)
        XCTAssertEqual(r.status, 502, "the last response is returned once attempts are exhausted")
        XCTAssertEqual(waits.delays.count, 2)
        XCTAssertTrue((0.5...1).contains(waits.delays[0]), "\(waits.delays)")
        XCTAssertTrue((1...2).contains(waits.delays[1]), "\(waits.delays)")
    }

    func testRetryAfterAsHTTPDateAnd429() throws {
        let key = UUID().uuidString
        let waits = WaitRecorder()
        let client = HTTPClient(sleep: { waits.delays.append($0) })
        let date = "Wed, 21 Oct 2015 07:28:00 GMT"  // in the past: retry at once
        let r = try client.send(
            HTTPRequest(
                url: server.base
                    + "/flaky?key=\(key)&fail=1&status=429&retry_after=\(date.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
            ), retry: .standard)
        XCTAssertEqual(r.status, 200)
        XCTAssertEqual(waits.delays, [0])
        let now = Date(timeIntervalSince1970: 1_445_412_470)  // 10 s before that date
        XCTAssertEqual(RetryPolicy.retryAfterSeconds(date, now: now), 10)
        XCTAssertEqual(RetryPolicy.retryAfterSeconds("120"), 120)
        XCTAssertNil(RetryPolicy.retryAfterSeconds("bientôt"))
    }

    func testRetryAfterBeyondMaxDelayIsNotWaitedFor() throws {
        let key = UUID().uuidString
        let waits = WaitRecorder()
        let client = HTTPClient(sleep: { waits.delays.append($0) })
        let r = try client.send(
            HTTPRequest(url: server.base + "/flaky?key=\(key)&fail=1&retry_after=3600"), retry: .standard)
        XCTAssertEqual(r.status, 503)
        XCTAssertEqual(waits.delays, [])
    }

    func testNoRetryByDefaultAndNotOn500() throws {
        let key = UUID().uuidString
        XCTAssertEqual(try client.send(HTTPRequest(url: server.base + "/flaky?key=\(key)&fail=1")).status, 503)
        let key2 = UUID().uuidString
        let client = HTTPClient(sleep: { _ in })
        XCTAssertEqual(
            try client.send(HTTPRequest(url: server.base + "/flaky?key=\(key2)&fail=1&status=500"), retry: .standard)
                .status, 500)
    }

    func testConnectionRefusedIsAClearFrenchMessage() throws {
        let port = LocalTestServer.closedPort()
        let waits = WaitRecorder()
        let client = HTTPClient(sleep: { waits.delays.append($0) })
        XCTAssertThrowsError(
            try client.send(
                HTTPRequest(
                    url: "http://127.0.0.1:\(port)/api/1/me/?token=abc",
                    headers: [("X-API-KEY", "cle-tres-secrete")]),
                retry: RetryPolicy(maxAttempts: 2, baseDelay: 0.01, maxDelay: 1))
        ) { error in
            guard let error = error as? HTTPError, case .unreachable = error else { return XCTFail("\(error)") }
            let fr = error.message(.fr)
            XCTAssertEqual(
                fr,
                "impossible de joindre http://127.0.0.1:\(port)/api/1/me/ (connexion refusée : aucun service n'écoute à cette adresse) : vérifiez la connexion internet et l'adresse du service, puis réessayez."
            )
            XCTAssertTrue(error.message(.en).hasPrefix("cannot reach"))
            for text in [fr, error.message(.en), "\(error)"] {
                XCTAssertFalse(text.contains("cle-tres-secrete"))
                XCTAssertFalse(text.contains("abc"), "the query string is not shown")
            }
        }
        XCTAssertEqual(waits.delays.count, 1, "a connection error is retried when the policy allows")
    }

    func testInvalidURLs() throws {
        for url in ["ftp://example.org/x", "127.0.0.1/x", "http://exa mple.org/"] {
            XCTAssertThrowsError(try client.send(HTTPRequest(url: url))) { error in
                guard case .invalidURL? = error as? HTTPError else { return XCTFail("\(url): \(error)") }
            }
        }
    }

    func testHeaderInjectionIsRefusedWithoutShowingTheValue() throws {
        XCTAssertThrowsError(
            try client.send(HTTPRequest(url: server.base + "/echo", headers: [("X-API-KEY", "secret\r\nX-Evil: 1")]))
        ) { error in
            XCTAssertEqual(error as? HTTPError, .invalidHeader(url: server.base + "/echo", name: "X-API-KEY"))
            let message = (error as? HTTPError)?.message(.fr) ?? ""
            XCTAssertTrue(message.contains("X-API-KEY"), message)
            XCTAssertFalse(message.contains("secret"), message)
        }
    }

    func testDisplayURLDropsCredentials() {
        XCTAssertEqual(
            HTTPError.displayURL("https://user:pw@www.data.gouv.fr/api/1/me/?key=x#f"),
            "https://www.data.gouv.fr/api/1/me/")
        XCTAssertEqual(HTTPError.displayURL("http://127.0.0.1:80"), "http://127.0.0.1:80")
    }

    func testBackoffBounds() {
        let p = RetryPolicy(maxAttempts: 10, baseDelay: 0.5, maxDelay: 4)
        XCTAssertEqual(p.backoff(afterAttempt: 1, random: 0), 0.25)
        XCTAssertEqual(p.backoff(afterAttempt: 1, random: 1), 0.5)
        XCTAssertEqual(p.backoff(afterAttempt: 3, random: 1), 2)
        XCTAssertEqual(p.backoff(afterAttempt: 9, random: 1), 4, "capped at maxDelay")
        XCTAssertNil(p.delay(afterAttempt: 10, status: 503, retryAfter: nil), "no attempt left")
        XCTAssertNil(RetryPolicy.none.delay(afterAttempt: 1, status: 503, retryAfter: "1"))
    }

    private func echoAttempts(_ r: HTTPResponse) throws -> Int? {
        (try JSONSerialization.jsonObject(with: Data(r.body)) as? [String: Any])?["attempts"] as? Int
    }
}

/// Collects what a client's hooks report (tests run their requests on one thread).
final class WaitRecorder: @unchecked Sendable {
    var delays: [Double] = []
    var notices: [RetryNotice] = []
}
