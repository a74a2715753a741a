import Foundation
import XCTest

/// `irve check URL` against a real HTTP server on 127.0.0.1 (`file_server.py`): the file is
/// downloaded with libcurl, redirects followed, size and time bounded, the report names the URL, a
/// remote error is a French message with exit code 2, and no temporary file is left behind.
final class RemoteCheckCLITests: CLITestCase {
    private var server: Process?
    private var serverInput: Pipe?
    private var base = ""
    private var scratch: URL!

    override func setUpWithError() throws {
        try super.setUpWithError()
        let served = tmp.appendingPathComponent("servis")
        try FileManager.default.createDirectory(at: served, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: sample("commune-exemple.csv"), to: served.appendingPathComponent("commune-exemple.csv"))
        scratch = tmp.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let script = CLI.root.appendingPathComponent("Tests/IRVECLITests/file_server.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, served.path]
        let out = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw XCTSkip("python3 is needed for the local HTTP server: \(error)") }
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            process.terminate()
            throw XCTSkip("python3 could not start the local HTTP server (\(script.path)).")
        }
        server = process
        serverInput = input
        base = "http://127.0.0.1:\(port)"
    }

    override func tearDownWithError() throws {
        server?.terminate()
        server?.waitUntilExit()
        try super.tearDownWithError()
    }

    /// `irve check` with --allow-http (the local server has no TLS) and TMPDIR in a folder of the test.
    func check(_ arguments: [String]) throws -> CLI.Result {
        try irve(["check"] + arguments + ["--allow-http"], environment: ["TMPDIR": scratch.path], rules: true)
    }

    func assertNoTemporaryFileLeft(file: StaticString = #filePath, line: UInt = #line) throws {
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path)
        XCTAssertEqual(left, [], "temporary downloads left behind", file: file, line: line)
    }

    func testDownloadedFileIsCheckedAndNamedByItsURL() throws {
        let url = base + "/files/commune-exemple.csv"
        let r = try check([url])
        let local = try irve(["check", sample("commune-exemple.csv").path], rules: true)
        XCTAssertEqual(r.status, 1, r.summary)
        XCTAssertTrue(r.stdout.hasPrefix("Fichier : " + url + "\n"), r.summary)
        // The same report as the local file's, but for its first line and the `irve fix` line (a local
        // file's only: irve fix does not download).
        let fixLine: (Substring) -> Bool = { $0.hasPrefix("  Pour corriger : irve fix") }
        XCTAssertEqual(
            r.stdout.split(separator: "\n").dropFirst().filter { !fixLine($0) },
            local.stdout.split(separator: "\n").dropFirst().filter { !fixLine($0) })
        XCTAssertFalse(r.stdout.contains("irve fix http"), r.summary)
        let json = try check([url + "?jeton=secret", "--format", "json"]).json()
        XCTAssertEqual(json["file"] as? String, url, "named without its query string (it may hold a key)")
        try assertNoTemporaryFileLeft()
    }

    func testRedirectIsFollowed() throws {
        let url = base + "/redirect/commune-exemple.csv"
        let r = try check([url])
        XCTAssertEqual(r.status, 1, r.summary)
        XCTAssertTrue(r.stdout.hasPrefix("Fichier : " + url + "\n"), r.summary)
        XCTAssertTrue(r.stdout.contains("NON VALIDE"), r.summary)
    }

    func testNotFoundIsAFrenchMessageAndExit2() throws {
        let r = try check([base + "/files/absent.csv"])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("404"), r.summary)
        XCTAssertTrue(r.stderr.contains("fichier introuvable"), r.summary)
        assertFrench(r.stderr)
        let en = try check([base + "/files/absent.csv", "--lang", "en"])
        XCTAssertTrue(en.stderr.contains("file not found"), en.summary)
        try assertNoTemporaryFileLeft()
    }

    func testOversizedDownloadIsStopped() throws {
        let r = try check([base + "/big?n=3000000", "--max-download", "1"])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("plus de 1 Mio"), r.summary)
        assertFrench(r.stderr)
        try assertNoTemporaryFileLeft()
    }

    func testSlowServerTimesOut() throws {
        let r = try check([base + "/slow?s=10", "--download-timeout", "1"])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("n'a pas répondu en 1 s"), r.summary)
        try assertNoTemporaryFileLeft()
    }

    /// The content decides, not the address: a workbook served without extension is read as one,
    /// and an HTML page behind a `.csv` address is refused as a page (exit 2, French, the URL named).
    func testContentIsSniffed() throws {
        let served = tmp.appendingPathComponent("servis")
        try FileManager.default.copyItem(
            at: CLI.root.appendingPathComponent("Tests/Fixtures/xlsx/irve-like.xlsx"),
            to: served.appendingPathComponent("telechargement"))
        try Data("<!DOCTYPE html><html><head><title>Erreur</title></head><body>Page introuvable</body></html>\n".utf8)
            .write(to: served.appendingPathComponent("page.csv"))
        let workbook = try check([base + "/files/telechargement"])
        XCTAssertEqual(workbook.status, 1, workbook.summary)
        let reading = "Lecture : Excel (.xlsx), feuille « Consolidation »"
        XCTAssertTrue(workbook.stdout.contains(reading), workbook.summary)
        let page = try check([base + "/files/page.csv"])
        XCTAssertEqual(page.status, 2, page.summary)
        XCTAssertTrue(page.stderr.contains("page web (HTML)"), page.summary)
        XCTAssertTrue(page.stderr.contains(base + "/files/page.csv"), page.summary)
        assertFrench(page.stderr)
        XCTAssertFalse(page.stderr.contains(scratch.path), "the URL is named, not the temporary copy")
        // In a batch too: the page's line names its URL and says what it is.
        let batch = try check([base + "/files/page.csv", sample("commune-exemple-corrige.csv").path])
        XCTAssertEqual(batch.status, 2, batch.summary)
        let first = batch.stdout.split(separator: "\n").first.map(String.init) ?? ""
        XCTAssertTrue(first.hasPrefix("✘ ILLISIBLE   " + base + "/files/page.csv"), batch.summary)
        XCTAssertTrue(first.contains("page web (HTML)") && !first.contains(scratch.path), batch.summary)
        try assertNoTemporaryFileLeft()
    }

    func testPlainHTTPIsRefusedByDefault() throws {
        let r = try irve(["check", base + "/files/commune-exemple.csv"], rules: true)
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("https://") && r.stderr.contains("--allow-http"), r.summary)
        assertFrench(r.stderr)
    }

    /// URLs and local files together: each its line, a failed download counted, the others checked.
    func testURLsInABatch() throws {
        let r = try check([
            base + "/files/commune-exemple.csv", base + "/status/500", sample("commune-exemple-corrige.csv").path,
        ])
        XCTAssertEqual(r.status, 2, r.summary)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("✘ NON VALIDE  " + base + "/files/commune-exemple.csv"), r.summary)
        XCTAssertTrue(lines[1].hasPrefix("✘ ILLISIBLE   " + base + "/status/500"), r.summary)
        XCTAssertTrue(lines[1].contains("500"), r.summary)
        XCTAssertTrue(lines[2].hasPrefix("✔ VALIDE"), r.summary)
        try assertNoTemporaryFileLeft()
    }
}
