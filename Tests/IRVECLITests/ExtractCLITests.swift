import Foundation
import XCTest

/// `irve extract` from the command line: the summary in French and English, the draft checked by
/// `irve check`, exit code 2 and a French sentence for every mistake.
final class ExtractCLITests: CLITestCase {
    func national() throws -> String {
        let url = CLI.shared.appendingPathComponent("corpus/derived/national-consolidation-v2.3_tesla-rows_202411.csv")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw XCTSkip("../shared absent : \(url.path) introuvable (toujours présent en CI).")
        }
        return url.path
    }

    func testTheDraftOfADepartementIsWrittenAndCheckable() throws {
        let draft = tmp.appendingPathComponent("brouillon.csv").path
        let r = try CLI.run(["extract", try national(), "--departement", "33", "-o", draft])
        assertSane(r)
        XCTAssertEqual(r.status, 0, r.summary)
        XCTAssertTrue(r.stdout.contains("; gardées : 98."), r.summary)
        XCTAssertTrue(r.stdout.contains("Stations : 7"), r.summary)
        XCTAssertTrue(r.stdout.contains("la commune doit vérifier chaque ligne (irve check \(draft))"), r.summary)
        let check = try CLI.run(["check", draft, "--format", "json"])
        assertSane(check)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        XCTAssertEqual((json["stats"] as? [String: Any])?["rows"] as? Int, 98, check.summary)

        let english = try CLI.run(["extract", try national(), "--commune", "52332", "--lang", "en"])
        XCTAssertEqual(english.status, 0, english.summary)
        XCTAssertTrue(english.stdout.contains("Rows read: 3057; kept: 48."), english.summary)
        XCTAssertTrue(english.stdout.contains("(no file written)"), english.summary)
    }

    func testMistakesExitWithTwoAndAFrenchSentence() throws {
        let national = try national()
        let cases: [([String], String)] = [
            (["extract", national], "Aucun territoire demandé"),
            (["extract", national, "--commune", "76000"], "n'est pas le code postal"),
            (["extract", national, "--siren", "1234"], "il faut 9 chiffres"),
            (["extract", national, "--departement", "99"], "numéro de département"),
            (["extract", tmp.appendingPathComponent("absent.csv").path, "--commune", "76540"], "absent.csv"),
            (["extract", national, "--commune", "76540", "-o", national], "fichier d'entrée"),
        ]
        for (arguments, expected) in cases {
            let r = try CLI.run(arguments)
            assertSane(r)
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains(expected), "\(expected) in \(r.summary)")
        }
    }
}
