import Foundation
import XCTest

/// Every output of every command: never the input, never an existing file without --force,
/// atomic, complete with its log or absent, and cleaned up when irve is interrupted.
final class OutputSafetyCLITests: CLITestCase {
    private var defects: String { sample("commune-exemple.csv").path }

    private func copyOfSample() throws -> (path: String, bytes: Data) {
        let path = tmp.appendingPathComponent("entree.csv").path
        try FileManager.default.copyItem(atPath: defects, toPath: path)
        return (path, try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func names() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: tmp.path).sorted()
    }

    func testTheLogCanNeverReplaceTheInput() throws {
        let input = try copyOfSample()
        let out = tmp.appendingPathComponent("o.csv").path
        let r = try irve(["fix", input.path, "-o", out, "--log", input.path, "--force"], rules: true)
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("fichier d'entrée"), r.summary)
        assertFrench(r.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: input.path)), input.bytes)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out), "neither file is written")
    }

    func testDescribeNeverReplacesTheInputNorAnExistingFileWithoutForce() throws {
        let input = try copyOfSample()
        let same = try irve(["describe", input.path, "-o", input.path])
        XCTAssertEqual(same.status, 2, same.summary)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: input.path)), input.bytes)
        let fiche = tmp.appendingPathComponent("fiche.md").path
        try Data("à garder".utf8).write(to: URL(fileURLWithPath: fiche))
        let refused = try irve(["describe", input.path, "-o", fiche])
        XCTAssertEqual(refused.status, 2, refused.summary)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.summary)
        XCTAssertEqual(try String(contentsOfFile: fiche, encoding: .utf8), "à garder")
        XCTAssertEqual(try irve(["describe", input.path, "-o", fiche, "--force"]).status, 0)
        XCTAssertTrue(try String(contentsOfFile: fiche, encoding: .utf8).contains("IRVE"))
    }

    func testAnUnwritableLogLeavesNoOutputSoTheCorrectedRunSucceeds() throws {
        let input = try copyOfSample()
        let out = tmp.appendingPathComponent("o.csv").path
        let bad = try irve(
            ["fix", input.path, "-o", out, "--log", tmp.appendingPathComponent("absent/log.csv").path], rules: true)
        XCTAssertEqual(bad.status, 2, bad.summary)
        XCTAssertTrue(bad.stderr.contains("n'existe pas"), bad.summary)
        XCTAssertFalse(bad.stderr.contains("permission"), bad.summary)
        assertFrench(bad.stderr)
        XCTAssertEqual(try names(), ["entree.csv"])
        let good = try irve(
            ["fix", input.path, "-o", out, "--log", tmp.appendingPathComponent("log.csv").path], rules: true)
        XCTAssertEqual(good.status, 0, good.summary)
        XCTAssertEqual(try names(), ["entree.csv", "log.csv", "o.csv"])
    }

    func testOutputFoldersGetTheRealCause() throws {
        let input = try copyOfSample()
        let folder = try irve(["fix", input.path, "-o", tmp.path], rules: true)
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.stderr.contains("est un dossier"), folder.summary)
        let missing = try irve(["describe", input.path, "-o", tmp.appendingPathComponent("absent/f.md").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("le dossier"), missing.summary)
        XCTAssertTrue(missing.stderr.contains("n'existe pas"), missing.summary)
        for r in [folder, missing] {
            assertFrench(r.stderr)
            XCTAssertFalse(r.stderr.contains("permission"), r.summary)
        }
    }

    func testTwoConcurrentFixesToOneNameNeverBothSucceed() throws {
        let input = try bigInput(rows: 3_000)
        let out = tmp.appendingPathComponent("o.csv").path
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            results.add(Result { try CLI.run(["fix", input, "-o", out]) })
        }
        let runs = try results.all.map { try $0.get() }
        XCTAssertEqual(runs.map(\.status).sorted(), [0, 2], runs.map(\.summary).joined(separator: "\n"))
        XCTAssertTrue(runs.contains { $0.stderr.contains("existe déjà") })
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count
        XCTAssertEqual(lines, 3_001, "one whole file, not a mix")
        XCTAssertFalse(try names().contains { $0.contains("irve-tmp") })
    }

    func testTwoForcedFixesToOneNameLeaveOneWholeFile() throws {
        let small = try copyOfSample().path
        let big = try bigInput(rows: 3_000)
        let out = tmp.appendingPathComponent("o.csv").path
        let results = ConcurrentResults()
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            results.add(Result { try CLI.run(["fix", i == 0 ? small : big, "-o", out, "--force"]) })
        }
        XCTAssertEqual(try results.all.map { try $0.get().status }, [0, 0])
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").count
        XCTAssertTrue(lines == 3_001 || lines < 100, "one run's whole file, never a mix: \(lines) lines")
    }

    func testAFullDiskIsSaidAndLeavesNothing() throws {
        let small = tmp.appendingPathComponent("petit")
        try FileManager.default.createDirectory(at: small, withIntermediateDirectories: true)
        guard geteuid() == 0, mount("tmpfs", small.path, "tmpfs", 0, "size=512k") == 0 else {
            throw XCTSkip("no tmpfs can be mounted here (needs root): the full-disk case is not exercised")
        }
        defer { umount(small.path) }
        let input = try bigInput(rows: 3_000)
        let r = try irve(["fix", input, "-o", small.appendingPathComponent("o.csv").path], rules: true)
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains("o.csv » : disque plein."), r.summary)
        assertFrench(r.stderr)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: small.path), [],
            "no partial file, no "
                + "temporary")
    }

    func testAnInterruptedFixLeavesNothingBehind() throws {
        let input = try bigInput(rows: 500_000)
        for sig in [SIGINT, SIGTERM] {
            let out = tmp.appendingPathComponent("o.csv").path
            let process = Process()
            process.executableURL = try CLI.binary()
            process.arguments = ["fix", input, "-o", out, "--log", tmp.appendingPathComponent("log.csv").path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Interrupted once it is writing (its temporary file exists), long before the end.
            var writing = false
            for _ in 0..<2000 where !writing {
                writing = try names().contains { $0.hasPrefix(".o.csv.irve-tmp-") }
                if !writing { usleep(10_000) }
            }
            XCTAssertTrue(writing, "irve never started writing")
            kill(process.processIdentifier, sig)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "interrupted by signal \(sig)")
            XCTAssertEqual(try names(), ["big.csv"], "no partial output, no log, no temporary file (signal \(sig))")
        }
    }

    func testALeftoverOfAKilledFixIsReplacedNotReportedAsAnOutput() throws {
        let input = try copyOfSample()
        try Data("moitié".utf8).write(to: tmp.appendingPathComponent(".o.csv.irve-tmp-999999999-1"))
        let r = try irve(["fix", input.path, "-o", tmp.appendingPathComponent("o.csv").path], rules: true)
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertEqual(try names(), ["entree.csv", "o.csv"])
    }

    /// `rows` data rows of the corrected sample (header first), in `tmp/big.csv`.
    private func bigInput(rows: Int) throws -> String {
        let lines = try correctedSampleLines()
        let data = Array(lines.dropFirst())
        var text = lines[0] + "\n"
        text.reserveCapacity(rows * (data[0].utf8.count + 1))
        for i in 0..<rows { text += data[i % data.count] + "\n" }
        let url = tmp.appendingPathComponent("big.csv")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

/// Results gathered from concurrent runs.
final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<CLI.Result, Error>] = []
    func add(_ r: Result<CLI.Result, Error>) {
        lock.lock()
        items.append(r)
        lock.unlock()
    }
    var all: [Result<CLI.Result, Error>] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
