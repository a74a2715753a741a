import Foundation
import IRVEHTTP
import IRVETestSupport
import XCTest

/// The real `irve serve --public` process with its hosting options as an animator types them
/// (`--password-file`, `--max-sessions`, `--max-upload-mb`, `--rate-limit`): the password gate, then
/// each limit answered with its status and its French sentence, over HTTP. Skipped without the
/// built binary or libcurl.
final class HostedProcessTests: XCTestCase {
    private var scratch: URL!
    private let client = HTTPClient()
    private let password = "mot-de-passe-des-communes-\(UUID().uuidString.prefix(8))"

    override func setUpWithError() throws {
        guard HTTPClient.isAvailable else { throw XCTSkip("libcurl absent: these tests talk HTTP with it") }
        scratch = try TestPaths.temporaryFolder("irve-hosted-process")
    }

    override func tearDown() {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    private func start(_ arguments: [String]) throws -> (ServedAssistant, URL) {
        let file = scratch.appendingPathComponent("mot-de-passe.txt")
        try Data((password + "\n").utf8).write(to: file)
        var env = ProcessInfo.processInfo.environment
        env["TMPDIR"] = scratch.path
        env.removeValue(forKey: "IRVE_LANG")
        let errors = scratch.appendingPathComponent("stderr.log")
        let server = try ServedAssistant(
            binary: BrowserTools.binary(), arguments: ["--public", "--password-file", file.path] + arguments,
            environment: env, errors: errors)
        return (server, errors)
    }

    private func get(_ url: String, cookie: String = "") throws -> HTTPResponse {
        try client.send(HTTPRequest(url: url, headers: cookie.isEmpty ? [] : [("Cookie", cookie)]))
    }

    private func text(_ r: HTTPResponse) -> String { String(decoding: r.body, as: UTF8.self) }

    /// The access cookie the login gives for the right password.
    private func login(_ base: String, _ given: String) throws -> HTTPResponse {
        let form = "password=" + (given.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        return try client.send(
            HTTPRequest(
                method: "POST", url: base + "login",
                body: .bytes(Array(form.utf8), contentType: "application/x-www-form-urlencoded")))
    }

    func testPasswordGateThenSessionsAndUploadLimitsInFrench() throws {
        let (server, errors) = try start(["--max-sessions", "2", "--max-upload-mb", "1"])
        defer { server.stop() }
        let base = server.url
        // Nothing without the password: the login page, no session.
        let first = try get(base + "verdict")
        XCTAssertEqual(first.status, 303)
        XCTAssertEqual(first.header("location"), "/login?lang=fr")
        XCTAssertNil(first.header("set-cookie"))
        let wrong = try login(base, "pas-le-bon")
        XCTAssertEqual(wrong.status, 403)
        XCTAssertTrue(text(wrong).contains("Mot de passe incorrect."), text(wrong))
        XCTAssertNil(wrong.header("set-cookie"))
        let right = try login(base, password)
        XCTAssertEqual(right.status, 303)
        let access = try XCTUnwrap(right.header("set-cookie")?.split(separator: ";").first.map(String.init))
        XCTAssertTrue(access.hasPrefix("irve_access="), access)
        XCTAssertFalse(access.contains(password))

        // Two communes in, the third is told to come back, in French, with Retry-After.
        var sessions: [String] = []
        for _ in 0..<2 {
            let home = try get(base, cookie: access)
            XCTAssertEqual(home.status, 200)
            XCTAssertTrue(text(home).contains("Cet assistant est hébergé"), "the privacy note")
            sessions.append(try XCTUnwrap(home.header("set-cookie")?.split(separator: ";").first.map(String.init)))
        }
        let third = try get(base, cookie: access)
        XCTAssertEqual(third.status, 503)
        XCTAssertEqual(third.header("retry-after"), "60")
        XCTAssertTrue(
            text(third).contains("accueille déjà 2 personnes, son maximum : réessayez dans quelques minutes."),
            text(third))

        // A file over --max-upload-mb: 413 and its sentence; the session still serves.
        let cookie = access + "; " + sessions[0]
        let home = try get(base, cookie: cookie)
        let page = text(home)
        let csrf = try XCTUnwrap(page.range(of: "name=\"csrf\" value=\"").map { page[$0.upperBound...].prefix(64) })
        let big = try client.send(
            HTTPRequest(
                method: "POST", url: base + "upload", headers: [("Cookie", cookie)],
                body: .multipart([
                    MultipartPart(name: "csrf", data: .bytes(Array(csrf.utf8))),
                    MultipartPart(
                        name: "file", filename: "gros.csv", contentType: "text/csv",
                        data: .bytes([UInt8](repeating: 0x61, count: 1_300_000))),
                ])))
        XCTAssertEqual(big.status, 413)
        XCTAssertTrue(text(big).contains("Le fichier dépasse la taille maximale acceptée (1 Mo)."), text(big))
        XCTAssertEqual(try get(base, cookie: cookie).status, 200, "the session still serves")
        XCTAssertEqual(server.interrupt(), 0)
        let log = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        XCTAssertTrue(log.contains("status=503"), log.suffix(600).description)
        XCTAssertFalse(log.contains(password), "the password in the log")
    }

    func testRateLimitAnswers429InFrenchThenLetsTheClientBackIn() throws {
        let (server, _) = try start(["--rate-limit", "10"])
        defer { server.stop() }
        var statuses: [Int] = []
        var refused: HTTPResponse?
        for _ in 0..<14 {
            let r = try get(server.url + "login")
            statuses.append(r.status)
            if r.status == 429 { refused = r }
        }
        XCTAssertEqual(statuses.prefix(10).allSatisfy { $0 == 200 }, true, "\(statuses)")
        let r = try XCTUnwrap(refused, "no 429 after 14 requests at 10 per minute: \(statuses)")
        XCTAssertEqual(r.header("retry-after"), "6")
        XCTAssertTrue(
            text(r).contains("Trop de demandes depuis votre adresse (plus de 10 par minute) : patientez un peu."),
            text(r))
        // /healthz is never limited: a supervisor can always ask.
        XCTAssertEqual(try get(server.url + "healthz").status, 200)
        // One token comes back every 6 s.
        Thread.sleep(forTimeInterval: 6.5)
        XCTAssertEqual(try get(server.url + "login").status, 200)
    }
}
