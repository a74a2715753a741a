import Foundation
import XCTest

/// The Excel commands through the binary: exit codes, messages, files, and a report that stays the
/// same with `--annotate` (the workbooks' content is checked in IRVEXLSXWriteTests).
final class WorkbookCLITests: CLITestCase {
    func testTemplateAnnotateAndFixWriteWorkbooks() throws {
        guard
            FileManager.default.fileExists(atPath: "/usr/lib/x86_64-linux-gnu/libxlsxwriter.so.4")
                || FileManager.default.fileExists(atPath: "/usr/lib/aarch64-linux-gnu/libxlsxwriter.so.4")
        else { throw XCTSkip("libxlsxwriter absent : apt-get install libxlsxwriter4 (installé par .ci/run)") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-xlsx-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        func at(_ name: String) -> String { dir.appendingPathComponent(name).path }
        let input = sample("commune-exemple.csv").path

        let t = try irve(["template", "-o", at("modele.xlsx"), "--example"])
        XCTAssertEqual(t.status, 0, t.summary)
        XCTAssertEqual(t.stdout, "Modèle écrit : \(at("modele.xlsx"))\n")
        let again = try irve(["template", "-o", at("modele.xlsx")])
        XCTAssertEqual(again.status, 2, "an existing file is kept without --force")
        XCTAssertEqual(try irve(["template", "-o", at("modele.xlsx"), "--force", "--lang", "en"]).status, 0)

        let plain = try irve(["check", input], rules: true)
        let annotated = try irve(["check", input, "--annotate", at("rapport.xlsx")], rules: true)
        XCTAssertEqual(annotated.status, plain.status, annotated.summary)
        XCTAssertEqual(annotated.stdout, plain.stdout, "the report is the same with --annotate")
        XCTAssertTrue(annotated.stderr.contains("Classeur annoté écrit"), annotated.summary)
        let reread = try irve(["check", at("rapport.xlsx"), "--format", "json"], rules: true)
        let first = try irve(["check", input, "--format", "json"], rules: true)
        XCTAssertEqual(try reread.json()["stats"] as? NSDictionary, try first.json()["stats"] as? NSDictionary)

        let fix = try irve(["fix", input, "-o", at("corrige.xlsx")])
        XCTAssertEqual(fix.status, 0, fix.summary)
        XCTAssertTrue(FileManager.default.fileExists(atPath: at("corrige.xlsx")))
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertEqual(names, ["corrige.xlsx", "modele.xlsx", "rapport.xlsx"], "no temporary file left")
    }
}
