import Foundation
import XCTest

/// The help of every command in both languages: `--lang en` (or `--lang=en`, anywhere on the line,
/// or `IRVE_LANG=en`) gives English help texts, and the French help stays exactly as recorded in
/// Tests/Fixtures/help (`IRVE_RECORD_GOLDEN=1` rewrites those files).
final class HelpLanguageCLITests: CLITestCase {
    static let commands: [[String]] = [
        [], ["check"], ["fix"], ["geo"], ["geo", "import-ban"], ["describe"], ["publish"], ["template"],
        ["extract"], ["map"], ["export"], ["survey"], ["serve"],
    ]

    func testEveryCommandsHelpIsEnglishWithLangEn() throws {
        for command in Self.commands {
            for arguments in [command + ["--help", "--lang", "en"], ["--lang=en"] + command + ["--help"]] {
                let r = try CLI.run(arguments)
                assertSane(r)
                XCTAssertEqual(r.status, 0, r.summary)
                XCTAssertTrue(r.stdout.contains("OVERVIEW:") && r.stdout.contains("OPTIONS:"), r.summary)
                for line in r.stdout.split(separator: "\n").map(String.init) {
                    if let hit = FrenchDetector.hit(line, names: []) {
                        XCTFail("French \"\(hit)\" in `irve \(arguments.joined(separator: " "))`: \(line)")
                    }
                }
            }
        }
    }

    /// `IRVE_LANG=en` is the default of `--lang`: help and reports in English; `--lang fr` still wins.
    func testIRVELANGSetsTheDefaultLanguage() throws {
        let corrected = sample("commune-exemple-corrige.csv").path
        let english: [String: String?] = ["IRVE_LANG": "en"]
        let report = try CLI.run(["check", corrected], environment: english)
        XCTAssertEqual(report.status, 0, report.summary)
        XCTAssertTrue(report.stdout.contains("✔ VALID file"), report.summary)
        let help = try CLI.run(["check", "--help"], environment: english)
        XCTAssertTrue(help.stdout.contains("OPTIONS:") && help.stdout.contains("The files to check"), help.summary)
        XCTAssertTrue(help.stdout.contains("(default: en)"), help.summary)
        let french = try CLI.run(["check", corrected, "--lang", "fr"], environment: english)
        XCTAssertTrue(french.stdout.contains("✔ Fichier VALIDE"), french.summary)
        let mistake = try CLI.run(["check"], environment: english)
        XCTAssertEqual(mistake.status, 2, mistake.summary)
        XCTAssertTrue(mistake.stderr.contains("irve: invalid command — give the file to check"), mistake.summary)
        // A value that is not a language is ignored: French, as without the variable.
        let unknown = try CLI.run(["check", corrected], environment: ["IRVE_LANG": "de"])
        XCTAssertTrue(unknown.stdout.contains("✔ Fichier VALIDE"), unknown.summary)
    }

    func testEveryCommandsFrenchHelpIsUnchanged() throws {
        let folder = CLI.root.appendingPathComponent("Tests/Fixtures/help")
        let record = ProcessInfo.processInfo.environment["IRVE_RECORD_GOLDEN"] == "1"
        for command in Self.commands {
            let r = try CLI.run(command + ["--help"])
            XCTAssertEqual(r.status, 0, r.summary)
            // ArgumentParser's stock words are translated even when the wrapping splits them.
            XCTAssertFalse(r.stdout.contains("default"), "English in irve \(command) --help: \(r.stdout)")
            let golden = folder.appendingPathComponent((["irve"] + command).joined(separator: "-") + ".fr.txt")
            if record {
                try r.stdoutData.write(to: golden)
                continue
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            XCTAssertEqual(r.stdout, expected, "irve \(command.joined(separator: " ")) --help changed")
        }
    }
}
