import Foundation
import XCTest

/// `irve serve`'s hosting options on the command line: a non-loopback address needs --public,
/// limits are checked, the password file must exist and hold something, and a public server warns.
final class ServeHostingCLITests: CLITestCase {
    func testHostWithoutPublicIsRefusedInFrench() throws {
        for host in ["0.0.0.0", "192.0.2.10", "::"] {
            let r = try CLI.run(["serve", "--host", host, "--port", "18999"])
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains("--host \(host) rendrait l'assistant accessible"), r.summary)
            XCTAssertTrue(r.stderr.contains("ajoutez --public"), r.summary)
            XCTAssertFalse(r.stdout.contains("ouvrez"), "never started: \(r.summary)")
            assertFrench(r.stderr)
        }
        let english = try CLI.run(["serve", "--host", "0.0.0.0", "--lang", "en"])
        XCTAssertTrue(english.stderr.contains("add --public to confirm it"), english.summary)
    }

    func testLimitsBelowOneAndBadPasswordFilesAreRefused() throws {
        for option in ["--max-sessions", "--max-disk-mb", "--max-checks", "--rate-limit", "--session-minutes"] {
            let r = try CLI.run(["serve", option, "0"])
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains("\(option) doit être un nombre supérieur ou égal à 1"), r.summary)
        }
        let missing = try CLI.run(["serve", "--password-file", tmp.appendingPathComponent("absent.txt").path])
        XCTAssertNotEqual(missing.status, 0, missing.summary)
        XCTAssertTrue(missing.stderr.contains("Le fichier de mot de passe"), missing.summary)
        XCTAssertTrue(missing.stderr.contains("est illisible"), missing.summary)
        let empty = tmp.appendingPathComponent("vide.txt")
        try Data("\n".utf8).write(to: empty)
        let r = try CLI.run(["serve", "--password-file", empty.path])
        XCTAssertTrue(r.stderr.contains("est vide"), r.summary)
    }

    /// The real command on 0.0.0.0: it starts, says where, warns on standard error, and stops on SIGINT.
    func testAPublicServerWarnsAndStopsOnSIGINT() throws {
        let process = Process()
        process.executableURL = try CLI.binary()
        let port = 18_000 + Int(getpid() % 900)
        process.arguments = ["serve", "--host", "0.0.0.0", "--public", "--port", "\(port)"]
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        // The first line says the server listens (or, if the port is taken, the process ends).
        let first = String(decoding: out.fileHandleForReading.availableData, as: UTF8.self)
        guard first.contains("ouvrez") else { throw XCTSkip("irve serve did not start on port \(port): \(first)") }
        XCTAssertTrue(first.contains("http://0.0.0.0:\(port)/"), first)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let warning = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertTrue(warning.contains("Attention : l'assistant est accessible depuis d'autres machines"), warning)
        XCTAssertTrue(warning.contains("docs/hosting.md"), warning)
        XCTAssertEqual(process.terminationStatus, 0)
    }
}
