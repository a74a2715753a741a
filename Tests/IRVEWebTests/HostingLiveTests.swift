import Foundation
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEWeb

#if os(Linux)
    /// The real server (`WebServer.run`, as `irve serve --host 0.0.0.0 --public` starts it), driven
    /// over TCP: what only a socket shows (addresses, slow clients, idle connections, the log).
    final class HostingLiveTests: XCTestCase {
        /// A visitor over raw HTTP: its session cookie and token.
        struct Client {
            let port: Int
            var cookie = ""
            var csrf = ""

            mutating func arrive() throws {
                let a = try RawHTTP.exchange("127.0.0.1", port, "GET", "/")
                cookie = try XCTUnwrap(a.cookie("irve_session"), a.raw)
                csrf = try XCTUnwrap(Visitor.token(in: a.body))
            }

            func get(_ path: String) throws -> RawHTTP.Answer {
                try RawHTTP.exchange("127.0.0.1", port, "GET", path, headers: ["Cookie": cookie])
            }

            func upload(_ name: String, _ content: [UInt8]) throws -> RawHTTP.Answer {
                let body = MultipartBody.upload(Visitor(cookie: cookie, csrf: csrf), filename: name, content)
                let type = "multipart/form-data; boundary=\(MultipartBody.boundary)"
                return try RawHTTP.exchange(
                    "127.0.0.1", port, "POST", "/upload", headers: ["Cookie": cookie, "Content-Type": type],
                    body: Array(body.readableBytesView))
            }
        }

        func testTwoClientsOnDifferentSessionsCannotReachEachOthersFiles() async throws {
            let server = try await LiveServer()
            addTeardownBlock { await server.stop() }
            var a = Client(port: server.port)
            var b = Client(port: server.port)
            try a.arrive()
            try b.arrive()
            XCTAssertNotEqual(a.cookie, b.cookie)
            // A's file carries a marker in its name and content that B must never see.
            var content = sampleBytes()
            content += Array("FR000E9999;MARQUEUR-DE-A\n".utf8)
            XCTAssertEqual(try a.upload("secret-commune-a.csv", content).status, 303)
            XCTAssertEqual(try b.upload("commune-b.csv", Array("x;y\n1;2\n".utf8)).status, 303)
            for path in ["/verdict", "/download/repaired", "/download/log", "/map", "/repairs"] {
                let seen = try b.get(path)
                XCTAssertFalse(seen.raw.contains("secret-commune-a"), path)
                XCTAssertFalse(seen.raw.contains("MARQUEUR-DE-A"), path)
            }
            XCTAssertTrue(try a.get("/download/repaired").body.contains("FRRGSE"))
            // B posting with A's token, or with no session at all, gets nothing of A's.
            let stolen = Client(port: server.port, cookie: b.cookie, csrf: a.csrf)
            XCTAssertEqual(try stolen.upload("x.csv", Array("a\n".utf8)).status, 403)
            let stranger = try RawHTTP.exchange("127.0.0.1", server.port, "GET", "/download/repaired")
            XCTAssertEqual(stranger.status, 403)
            XCTAssertFalse(stranger.raw.contains("FRRGSE"))
        }

        func testMetricsOnlyOverLoopbackAndHealthEverywhere() async throws {
            let server = try await LiveServer()
            addTeardownBlock { await server.stop() }
            var a = Client(port: server.port)
            try a.arrive()
            _ = try a.upload("commune.csv", sampleBytes())
            let local = try RawHTTP.exchange("127.0.0.1", server.port, "GET", "/metrics")
            XCTAssertEqual(local.status, 200)
            XCTAssertTrue(local.headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") ?? false)
            for metric in [
                "irve_sessions_active 1", "irve_checks_total 1", "irve_check_duration_seconds_count 1",
                "irve_rejections_total{reason=\"rate\"} 0", "irve_requests_total{status=\"3xx\"} 1",
                "irve_sessions_created_total 1",
            ] {
                XCTAssertTrue(local.body.contains(metric), metric + "\n" + local.body)
            }
            // Through a proxy on this machine, every visitor would look local: not served.
            for header in ["X-Forwarded-For", "X-Real-IP", "Forwarded"] {
                let proxied = try RawHTTP.exchange(
                    "127.0.0.1", server.port, "GET", "/metrics", headers: [header: "203.0.113.9"])
                XCTAssertEqual(proxied.status, 404, header)
                XCTAssertFalse(proxied.body.contains("irve_"), header)
            }
            XCTAssertEqual(try RawHTTP.exchange("127.0.0.1", server.port, "GET", "/healthz").body, "ok\n")
            // The same server reached on this machine's other address: health yes, metrics no.
            guard let other = RawHTTP.otherLocalAddress() else {
                throw XCTSkip("this machine has no non-loopback IPv4 address to reach the server from")
            }
            let remote = try RawHTTP.exchange(other, server.port, "GET", "/metrics")
            XCTAssertEqual(remote.status, 404, remote.raw)
            XCTAssertFalse(remote.body.contains("irve_"))
            XCTAssertEqual(try RawHTTP.exchange(other, server.port, "GET", "/healthz").status, 200)
        }

        func testTheRateLimitKeysOnTheClientTheProxyNames() async throws {
            let server = try await LiveServer {
                $0.hosting.behindHTTPS = true
                $0.hosting.requestsPerMinute = 3
            }
            addTeardownBlock { await server.stop() }
            let css = { (ip: String) in
                try RawHTTP.exchange("127.0.0.1", server.port, "GET", "/assets/app.css", headers: ["X-Real-IP": ip])
            }
            for _ in 0..<3 { XCTAssertEqual(try css("198.51.100.1").status, 200) }
            let refused = try css("198.51.100.1")
            XCTAssertEqual(refused.status, 429)
            XCTAssertTrue(refused.body.contains(HTML.escape(Wording.message(.tooManyRequests(perMinute: 3), .fr))))
            XCTAssertEqual(refused.headers["strict-transport-security"], "max-age=31536000")
            // Another commune behind the same proxy is not slowed down by the first.
            XCTAssertEqual(try css("198.51.100.2").status, 200)
        }

        func testASlowBodyIsCutWith408AndASilentConnectionIsClosed() async throws {
            let server = try await LiveServer {
                $0.hosting.bodyDeadlineSeconds = 1
                $0.hosting.idleTimeoutSeconds = 1
            }
            addTeardownBlock { await server.stop() }
            var a = Client(port: server.port)
            try a.arrive()
            // The body's bytes trickle in: the first half now, the rest after the deadline.
            let c = try RawHTTP(host: "127.0.0.1", port: server.port)
            let body = Array("csrf=\(a.csrf)&x=\(String(repeating: "y", count: 100))".utf8)
            c.send(
                "POST /sample HTTP/1.1\r\nHost: x\r\nCookie: \(a.cookie)\r\nContent-Length: \(body.count)\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n\r\n")
            c.send(Array(body.prefix(10)))
            try await Task.sleep(nanoseconds: 700_000_000)
            c.send(Array(body.dropFirst(10).prefix(10)))
            try await Task.sleep(nanoseconds: 700_000_000)
            c.send(Array(body.dropFirst(20)))
            let answer = RawHTTP.Answer(c.readAll())
            XCTAssertEqual(answer.status, 408, answer.raw)
            XCTAssertTrue(answer.body.contains(HTML.escape(Wording.message(.tooSlow(seconds: 1), .fr))))
            // A connection that never says anything is closed by the server, not kept forever.
            let silent = try RawHTTP(host: "127.0.0.1", port: server.port, timeout: 10)
            XCTAssertTrue(silent.closedByServer())
        }

        func testTheLogHasOneLinePerRequestAndNoSecret() async throws {
            let password = "motdepasse-tres-secret-31"
            let server = try await LiveServer { $0.hosting.password = password }
            addTeardownBlock { await server.stop() }
            let login = try RawHTTP.exchange(
                "127.0.0.1", server.port, "POST", "/login?lang=fr",
                headers: ["Content-Type": "application/x-www-form-urlencoded"], body: Array("password=\(password)".utf8)
            )
            let access = try XCTUnwrap(login.cookie("irve_access"), login.raw)
            let home = try RawHTTP.exchange(
                "127.0.0.1", server.port, "GET", "/?token=query-secret", headers: ["Cookie": access])
            let session = try XCTUnwrap(home.cookie("irve_session"))
            let csrf = try XCTUnwrap(Visitor.token(in: home.body))
            let a = Client(port: server.port, cookie: access + "; " + session, csrf: csrf)
            XCTAssertEqual(
                try a.upload("Mairie-de-Perso.csv", sampleBytes() + Array("FR000E1;Jean Dupont\n".utf8)).status, 303)
            XCTAssertEqual(try a.get("/verdict").status, 200)
            XCTAssertEqual(try a.get("/download/repaired").status, 200)
            let lines = server.log.all
            XCTAssertEqual(lines.count, 5, lines.joined(separator: "\n"))
            let secrets = [
                password, access, session, String(access.dropFirst("irve_access=".count)),
                String(session.dropFirst("irve_session=".count)), a.csrf, "query-secret", "Mairie-de-Perso",
                "Jean Dupont", "127.0.0.1",
            ]
            for line in lines {
                XCTAssertTrue(line.hasPrefix("ts=") && line.contains(" msg=request "), line)
                for secret in secrets { XCTAssertFalse(line.contains(secret), "\(secret) in: \(line)") }
            }
            XCTAssertTrue(
                lines.contains {
                    $0.contains("method=POST") && $0.contains("route=/upload") && $0.contains("status=303")
                })
            XCTAssertTrue(lines.contains { $0.contains("route=\"/download/{kind}\"") && $0.contains("session=") })
        }
    }
#endif
