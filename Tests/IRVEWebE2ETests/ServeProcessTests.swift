import Foundation
import IRVEHTTP
import IRVETestSupport
import XCTest

/// The real `irve serve` process, as a person starts it: it listens on 127.0.0.1 only, its cookie
/// and folders are private, `--max-upload-mb` and `--open` do what they say, a bad request leaves
/// it serving, and Ctrl-C deletes every file dropped. Skipped without the built binary or libcurl.
final class ServeProcessTests: XCTestCase {
    private var scratch: URL!

    override func setUpWithError() throws {
        guard HTTPClient.isAvailable else { throw XCTSkip("libcurl absent: these tests talk HTTP with it") }
        scratch = try TestPaths.temporaryFolder("irve-serve-process")
    }

    override func tearDown() {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// The server's environment: its temporary folder is the test's, where its sessions' folders show.
    private func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["TMPDIR"] = scratch.path
        env["LANG"] = "fr_FR.UTF-8"
        env.removeValue(forKey: "IRVE_LANG")
        return env.merging(extra) { _, new in new }
    }

    func testLoopbackOnlyPrivateSessionFilesDeletedOnCtrlC() throws {
        let server = try ServedAssistant(binary: BrowserTools.binary(), environment: environment())
        defer { server.stop() }
        let port = try XCTUnwrap(URLComponents(string: server.url)?.port)
        XCTAssertEqual(try Listening.addresses(port: port), ["127.0.0.1"], "listens on the loopback only")
        let visitor = try WebVisitor(server.url)
        // 256 bits in hexadecimal, never readable by the page's scripts, never sent by another site.
        XCTAssertEqual(visitor.sessionID.count, 64)
        XCTAssertTrue(visitor.sessionID.allSatisfy(\.isHexDigit))
        XCTAssertTrue(visitor.setCookie.contains("; HttpOnly"), visitor.setCookie)
        XCTAssertTrue(visitor.setCookie.contains("; SameSite=Strict"), visitor.setCookie)
        XCTAssertEqual(try visitor.post("/sample", form: "csrf=\(visitor.csrf)").status, 303)
        let roots = try FileManager.default.contentsOfDirectory(atPath: scratch.path).filter {
            $0.hasPrefix("irve-serve-")
        }
        XCTAssertEqual(roots.count, 1, "one private root for the server")
        let root = scratch.appendingPathComponent(roots.first ?? "?")
        let session = root.appendingPathComponent(visitor.sessionID)
        for folder in [root, session, session.appendingPathComponent("upload")] {
            let mode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
            XCTAssertEqual(mode, 0o700, folder.path)
        }
        let dropped = try FileManager.default.contentsOfDirectory(atPath: session.appendingPathComponent("upload").path)
        XCTAssertEqual(dropped.count, 1, "the sample is kept in the session's folder while it lives")
        XCTAssertEqual(server.interrupt(), 0, "Ctrl-C stops the server normally")
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.path), "every dropped file deleted at shutdown")
        XCTAssertTrue(server.printed.text.contains("les fichiers déposés ont été effacés"), server.printed.text)
    }

    func testUploadLimitFlagIsAnsweredWithItsMessage() throws {
        let server = try ServedAssistant(
            binary: BrowserTools.binary(), arguments: ["--max-upload-mb", "1"], environment: environment())
        defer { server.stop() }
        let visitor = try WebVisitor(server.url)
        let big = [UInt8](repeating: 0x61, count: 1_300_000)
        let r = try visitor.upload(name: "gros.csv", big)
        XCTAssertEqual(r.status, 413)
        let page = String(decoding: r.body, as: UTF8.self)
        XCTAssertTrue(page.contains("Le fichier dépasse la taille maximale acceptée (1 Mo)."), page)
        // Under the limit, the same visitor's file is checked.
        XCTAssertEqual(try visitor.post("/sample", form: "csrf=\(visitor.csrf)").status, 303)
    }

    /// Garbage on the socket, a broken multipart body, an unknown route, a wrong token: each gets its
    /// answer and the server keeps serving every visitor.
    func testBadRequestsNeverStopTheServer() throws {
        let server = try ServedAssistant(binary: BrowserTools.binary(), environment: environment())
        defer { server.stop() }
        let port = try XCTUnwrap(URLComponents(string: server.url)?.port)
        let visitor = try WebVisitor(server.url)
        let garbage = [
            "\u{0}\u{1}\u{2}garbage\r\n\r\n", "GET / HTTP/9.9\r\nHost: x\r\n\r\n", "POST /upload HTTP/1.1\r\n",
            "POST /upload HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\nabc",
        ]
        for garbage in garbage {
            try RawSocket.send(port: port, Array(garbage.utf8))
        }
        let broken = try visitor.send(
            "POST", "/upload",
            body: .bytes(Array("--x\r\nnot a part".utf8), contentType: "multipart/form-data; boundary=x"))
        XCTAssertEqual(broken.status, 400)
        XCTAssertEqual(try visitor.send("GET", "/nowhere/../../etc/passwd").status, 404)
        XCTAssertEqual(try visitor.post("/sample", form: "csrf=wrong").status, 403)
        XCTAssertTrue(server.process.isRunning)
        XCTAssertEqual(try visitor.post("/sample", form: "csrf=\(visitor.csrf)").status, 303)
        XCTAssertEqual(try visitor.send("GET", "/verdict").status, 200)
        XCTAssertEqual(try WebVisitor(server.url).send("GET", "/").status, 200, "a new visitor is served too")
    }

    /// `--open` hands the address to the desktop's opener (xdg-open, which runs $BROWSER without a display).
    func testOpenHandsTheAddressToTheDefaultBrowser() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/xdg-open") else {
            throw XCTSkip("/usr/bin/xdg-open absent (apt-get install xdg-utils): --open does nothing here")
        }
        let opened = scratch.appendingPathComponent("opened.txt")
        let browser = scratch.appendingPathComponent("browser.sh")
        try "#!/bin/sh\nprintf '%s' \"$1\" > '\(opened.path)'\n".write(to: browser, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: browser.path)
        var env = environment(["BROWSER": browser.path])
        for name in ["DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION"] {
            env.removeValue(forKey: name)
        }
        let server = try ServedAssistant(binary: BrowserTools.binary(), arguments: ["--open"], environment: env)
        defer { server.stop() }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, !FileManager.default.fileExists(atPath: opened.path) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        Thread.sleep(forTimeInterval: 0.2)
        XCTAssertEqual(try? String(contentsOf: opened, encoding: .utf8), server.url)
    }
}

/// One visitor over HTTP (libcurl): its cookie from the home page, its CSRF token from the form.
struct WebVisitor {
    let base: String
    let setCookie: String
    let sessionID: String
    let csrf: String
    private let client = HTTPClient()

    init(_ base: String) throws {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        let home = try client.send(HTTPRequest(url: base))
        setCookie = home.header("set-cookie") ?? ""
        sessionID = String(setCookie.prefix { $0 != ";" }.drop { $0 != "=" }.dropFirst())
        let page = String(decoding: home.body, as: UTF8.self)
        guard let r = page.range(of: "name=\"csrf\" value=\"") else { throw VisitorError.noToken(page) }
        csrf = String(page[r.upperBound...].prefix { $0 != "\"" })
    }

    func send(_ method: String, _ path: String, body: HTTPBody = .none) throws -> HTTPResponse {
        try client.send(
            HTTPRequest(
                method: method, url: base + path, headers: [("Cookie", "irve_session=\(sessionID)")], body: body))
    }

    func post(_ path: String, form: String) throws -> HTTPResponse {
        try send("POST", path, body: .bytes(Array(form.utf8), contentType: "application/x-www-form-urlencoded"))
    }

    func upload(name: String, _ bytes: [UInt8]) throws -> HTTPResponse {
        try send(
            "POST", "/upload",
            body: .multipart([
                MultipartPart(name: "csrf", data: .bytes(Array(csrf.utf8))),
                MultipartPart(name: "file", filename: name, contentType: "text/csv", data: .bytes(bytes)),
            ]))
    }

    enum VisitorError: Error { case noToken(String) }
}

/// The local addresses of the sockets listening on `port`, from /proc/net/tcp and tcp6 (Linux).
enum Listening {
    static func addresses(port: Int) throws -> Set<String> {
        var found: Set<String> = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let text = try? String(contentsOfFile: table, encoding: .ascii) else { continue }
            for line in text.split(separator: "\n").dropFirst() {
                let f = line.split(separator: " ")
                guard f.count > 3, f[3] == "0A" else { continue }  // 0A: LISTEN
                let local = f[1].split(separator: ":")
                guard local.count == 2, Int(local[1], radix: 16) == port else { continue }
                found.insert(name(String(local[0])))
            }
        }
        return found
    }

    /// /proc's little-endian hexadecimal address as text (IPv4; IPv6 kept in hexadecimal).
    static func name(_ hex: String) -> String {
        guard hex.count == 8, let v = UInt32(hex, radix: 16) else { return hex }
        return [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24].map(String.init).joined(separator: ".")
    }
}

/// Bytes written straight on a TCP connection to 127.0.0.1, then closed (what no HTTP client sends).
enum RawSocket {
    static func send(port: Int, _ bytes: [UInt8]) throws {
        #if canImport(Glibc)
            let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw POSIXError(.EBADF) }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        // Half-closed: the server reads the end of what was sent and answers (or drops) it.
        shutdown(fd, Int32(SHUT_WR))
        var buffer = [UInt8](repeating: 0, count: 4096)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        while buffer.withUnsafeMutableBytes({ read(fd, $0.baseAddress, $0.count) }) > 0 {}
    }
}
