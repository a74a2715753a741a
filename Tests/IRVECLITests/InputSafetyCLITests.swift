import Foundation
import XCTest

/// Inputs that are not plain files: pipes, stdin, devices, folders, names that are not UTF-8.
final class InputSafetyCLITests: CLITestCase {
    private var corrected: String { sample("commune-exemple-corrige.csv").path }

    /// Runs a shell command line (for pipes and byte-exact names), with `$IRVE` set to the binary.
    private func shell(_ script: String, timeout: TimeInterval = 60) throws -> CLI.Result {
        let r = try CLI.runExecutable(
            URL(fileURLWithPath: "/bin/sh"), ["-c", script],
            environment: ["IRVE": try CLI.binary().path], in: tmp, timeout: timeout)
        assertSane(r)
        return r
    }

    func testStdinAndDevStdinAreReadAsAFile() throws {
        let direct = try irve(["check", corrected, "--format", "json"])
        for name in ["-", "/dev/stdin"] {
            let r = try shell("cat '\(corrected)' | \"$IRVE\" check \(name) --schema-only --format json")
            XCTAssertEqual(r.status, direct.status, r.summary)
            XCTAssertEqual(stats(try r.json()).rows, stats(try direct.json()).rows, r.summary)
            XCTAssertFalse(r.stdout.contains("vide"), r.summary)
        }
    }

    func testAFIFOIsOpenedOnceAndDoesNotHang() throws {
        let fifo = tmp.appendingPathComponent("tube.csv").path
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let r = try shell("cat '\(corrected)' > tube.csv & \"$IRVE\" check tube.csv --format json", timeout: 30)
        XCTAssertFalse(r.timedOut)
        XCTAssertEqual(stats(try r.json()).rows, 20, r.summary)
        let fix = try shell("cat '\(corrected)' > tube.csv & \"$IRVE\" fix tube.csv -o repare.csv", timeout: 30)
        XCTAssertEqual(fix.status, 0, fix.summary)
    }

    func testASymlinkToDevZeroStopsAtOnceInEveryCommand() throws {
        let zero = tmp.appendingPathComponent("zero.csv").path
        try FileManager.default.createSymbolicLink(atPath: zero, withDestinationPath: "/dev/zero")
        let runs = [
            ["check", zero], ["fix", zero, "-o", tmp.appendingPathComponent("o.csv").path], ["describe", zero],
            ["geo", "import-ban", zero, "--index", tmp.appendingPathComponent("i.sqlite").path],
            // The small inputs too: a schema, a metadata fiche.
            ["check", "--schema", zero, corrected], ["describe", corrected, "--metadata", zero],
        ]
        for args in runs {
            let r = try irve(args, timeout: 30, rules: true)
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains("zero.csv"), r.summary)
            assertFrench(r.stderr)
        }
    }

    func testAFolderAsInputIsSaid() throws {
        for args in [
            ["check", tmp.path], ["describe", tmp.path],
            [
                "geo", "import-ban", tmp.path, "--index",
                tmp.appendingPathComponent("i.sqlite").path,
            ],
        ] {
            let r = try irve(args, rules: true)
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains("dossier"), r.summary)
            XCTAssertFalse(r.stderr.contains("vide"), r.summary)
        }
    }

    func testANameThatIsNotUTF8IsFoundAndWritten() throws {
        // "café.csv" in Latin-1 (0xE9), as an old archive or a Windows share gives it.
        let r = try shell(
            "cp '\(corrected)' \"$(printf 'caf\\351.csv')\" && \"$IRVE\" check \"$(printf "
                + "'caf\\351.csv')\" "
                + "--format json && \"$IRVE\" fix \"$(printf 'caf\\351.csv')\" -o \"$(printf "
                + "'r\\351par\\351.csv')\" >/dev/null")
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertFalse(r.stderr.contains("introuvable"), r.summary)
        let written = try FileManager.default.contentsOfDirectory(atPath: tmp.path)
        XCTAssertEqual(written.count, 2, "the input and the repaired copy, under their byte names: \(written)")
    }
}
