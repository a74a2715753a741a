import Foundation
import IRVEFindings
import XCTest

/// Every code a report carries is one of `FindingCode.all`: the typed codes cover what irve emits
/// (engine, file, header, rules, geography), on the whole corpus with its rules and geography.
final class FindingCodeCLITests: CLITestCase {
    func testEveryCodeInTheCorpusReportsIsATypedCode() throws {
        let known = Set(FindingCode.all.map(\.rawValue))
        XCTAssertEqual(known.count, FindingCode.all.count, "no code twice")
        var files = try FileManager.default.contentsOfDirectory(at: CLI.samples, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" }
        for folder in ["corpus/real", "corpus/real_other"] {
            let url = try sharedFile(folder)
            files += try FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)
        }
        var seen: Set<String> = []
        for url in files.sorted(by: { $0.path < $1.path }) {
            let r = try irve(["check", url.path, "--format", "json", "--lang", "en"], rules: true)
            guard r.status != 2 else { continue }
            for f in findings(try r.json()) {
                let type = try XCTUnwrap(f.string("type"), url.lastPathComponent)
                XCTAssertTrue(known.contains(type), "\(url.lastPathComponent): \(type) is not a FindingCode")
                // The severity is the code's: no emission site picks its own.
                if let expected = FindingCode(rawValue: type).severity(.byName) {
                    XCTAssertEqual(f.string("severity"), expected.rawValue, "\(url.lastPathComponent): \(type)")
                }
                seen.insert(type)
            }
        }
        XCTAssertGreaterThan(seen.count, 20, "the corpus exercises many codes: \(seen.sorted())")
    }

    /// The one severity that depends on the header mode, stated in `HeaderCode.severity`: an extra
    /// column is a warning when columns are matched by name, an error by position (`--strict-header`).
    func testExtraColumnIsAWarningByNameAndAnErrorByPosition() throws {
        let lines = try String(contentsOf: sample("commune-exemple-corrige.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let extended = lines.enumerated().map { i, line in
            line.isEmpty ? line : line + (i == 0 ? ";remarque" : ";")
        }
        let file = try write("colonne-en-plus.csv", extended.joined(separator: "\n"))
        for (arguments, severity) in [([], Severity.warning), (["--strict-header"], Severity.error)] {
            let r = try irve(["check", file.path, "--format", "json"] + arguments)
            let extra = findings(try r.json(), type: "extra-label")
            XCTAssertEqual(extra.count, 1, r.summary)
            XCTAssertEqual(extra.first?.string("severity"), severity.rawValue, r.summary)
            let mode: HeaderMode = arguments.isEmpty ? .byName : .positional
            XCTAssertEqual(FindingCode.extraLabel.severity(mode), severity)
        }
    }

    /// Every code below the rules has its severity; the business rules' come from their entries.
    func testEveryEngineHeaderAndGeoCodeHasItsSeverity() {
        for code in FindingCode.all {
            let isRule = RuleCode(rawValue: code.rawValue) != nil
            XCTAssertEqual(code.severity(.byName) == nil, isRule, code.rawValue)
            XCTAssertEqual(code.severity(.positional) == nil, isRule, code.rawValue)
        }
        XCTAssertEqual(FindingCode.typeError.severity(.positional), .error)
        XCTAssertEqual(FindingCode.schemaDetected.severity(.byName), .info)
        XCTAssertEqual(FindingCode.geo(.coordinatesNearBorder).severity(.byName), .info)
    }
}
