import Foundation
import IRVERules
import XCTest

/// The command-line side of the business rules: listing, switching off, choosing what fails.
final class RulesCLITests: CLITestCase {
    func testRulesAreListedWithCodeSeverityAndExplanation() throws {
        let r = try irve(["check", "--rules"], rules: true)
        XCTAssertEqual(r.status, 0, r.summary)
        for code in ["duplicate-id-pdc", "station-incoherent", "power-in-watts", "connectors-as-pdc"] {
            XCTAssertTrue(r.stdout.contains(code), "\(code) missing:\n\(r.summary)")
        }
        XCTAssertTrue(r.stdout.contains("(erreur)") && r.stdout.contains("(avertissement)"), r.summary)
        let json = try irve(["check", "--rules", "--format", "json"], rules: true)
        let list = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        // Every rule of the registry (business rules, then geographic checks), each once.
        XCTAssertEqual(list.count, RuleRegistry.all.count)
        let codes = Set(list.compactMap { $0["code"] as? String })
        XCTAssertEqual(codes, Set(RuleRegistry.all.map(\.code)))
        for code in ["coordinates-swapped", "insee-is-postcode", "geo-suspect-insee", "address-far-from-point"] {
            XCTAssertTrue(codes.contains(code), code)
        }
    }

    func testDisableAndFailOn() throws {
        // The official example copies the schema's example ids (id-example-copied, an error) and
        // its phone lost its leading zero (phone-format, a warning). Its geography (a Paris
        // postcode as INSEE code, a point in Alsace) is left out here with --no-geo.
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "shared/irve/exemple-valide-statique-2.3.1.csv")
        guard FileManager.default.fileExists(atPath: example.path) else {
            throw XCTSkip("../shared absent : exemple officiel introuvable.")
        }
        XCTAssertEqual(try irve(["check", example.path], rules: true).status, 1)
        let relaxed = try irve(["check", example.path, "--no-geo", "--disable", "id-example-copied"], rules: true)
        XCTAssertEqual(relaxed.status, 0, relaxed.summary)
        let strict = try irve(
            ["check", example.path, "--no-geo", "--disable", "id-example-copied", "--fail-on", "warning"], rules: true)
        XCTAssertEqual(strict.status, 1, strict.summary)
        let unknown = try irve(["check", example.path, "--disable", "pas-une-regle"], rules: true)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("règle inconnue"), unknown.summary)
        XCTAssertEqual(try irve(["check", example.path]).status, 0, "schema only: the official example is valid")
    }
}
