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
                seen.insert(type)
            }
        }
        XCTAssertGreaterThan(seen.count, 20, "the corpus exercises many codes: \(seen.sorted())")
    }
}
