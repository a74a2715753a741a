import Foundation
import XCTest

/// `irve fix` from the command line: the input is never touched, outputs are atomic and guarded.
final class FixCLITests: CLITestCase {
    private var sampleDefects: String { sample("commune-exemple.csv").path }

    func testFixWritesARepairedCopyAndALog() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-fix-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("corrige.csv").path
        let log = dir.appendingPathComponent("journal.json").path
        let before = try Data(contentsOf: URL(fileURLWithPath: sampleDefects))
        let r = try irve(["fix", sampleDefects, "-o", out, "--log", log], rules: true)
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: sampleDefects)), before, "the input is never modified")
        XCTAssertTrue(r.stdout.contains("Reste à compléter"), r.summary)
        let changes = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: log))) as? [[String: Any]])
        XCTAssertTrue(
            changes.contains {
                $0["rule"] as? String == "boolean" && $0["before"] as? String == "VRAI"
                    && $0["after"] as? String == "true"
            })
        XCTAssertTrue(changes.allSatisfy { $0["row"] is Int && $0["confidence"] is String })
        // The repaired copy has far fewer schema errors.
        let check = try irve(["check", out, "--format", "json"])
        let stats = try XCTUnwrap(
            (try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])?["stats"]
                as? [String: Any])
        XCTAssertLessThan(stats["errors"] as? Int ?? 99, 5, check.summary)
        // Fixing the fixed file changes nothing.
        let again = try irve(["fix", out, "--dry-run"], rules: true)
        XCTAssertTrue(again.stdout.hasPrefix("0 modification"), again.summary)
    }

    func testGuards() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-fix-guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let copy = dir.appendingPathComponent("entree.csv").path
        try FileManager.default.copyItem(atPath: sampleDefects, toPath: copy)
        let same = try irve(["fix", copy, "-o", copy], rules: true)
        XCTAssertEqual(same.status, 2)
        XCTAssertTrue(same.stderr.contains("jamais l'original"), same.summary)
        let existing = dir.appendingPathComponent("existe.csv").path
        try Data("garde-moi".utf8).write(to: URL(fileURLWithPath: existing))
        let refused = try irve(["fix", copy, "-o", existing], rules: true)
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--force"), refused.summary)
        XCTAssertEqual(try String(contentsOfFile: existing, encoding: .utf8), "garde-moi")
        XCTAssertEqual(try irve(["fix", copy, "-o", existing, "--force"], rules: true).status, 0)
        XCTAssertNotEqual(try String(contentsOfFile: existing, encoding: .utf8), "garde-moi")
        // Dry run: prints the changes, writes nothing.
        let dry = dir.appendingPathComponent("rien.csv").path
        let r = try irve(["fix", copy, "-o", dry, "--dry-run"], rules: true)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("« VRAI » → « true »"), r.summary)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dry))
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("irve-tmp") }, [],
            "no temporary file left")
    }
}
