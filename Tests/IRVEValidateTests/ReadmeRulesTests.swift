import Foundation
import IRVEFindings
import IRVEReport
import IRVERules
import IRVETestSupport
import XCTest

/// The README's rule tables are generated from the registry (`irve check --rules --format markdown`):
/// this test fails as soon as a rule is added, removed or reworded without regenerating them.
final class ReadmeRulesTests: XCTestCase {
    /// The README lost the markers of a table (a failure, not a skip).
    struct MissingMarkers: Error { let name: String }

    private func block(_ name: String, in readme: String) throws -> String {
        let begin = "<!-- rules:\(name):begin (généré : irve check --rules --format markdown) -->\n"
        let end = "<!-- rules:\(name):end -->"
        guard let a = readme.range(of: begin), let b = readme.range(of: end, range: a.upperBound..<readme.endIndex)
        else { throw MissingMarkers(name: name) }
        return String(readme[a.upperBound..<b.lowerBound])
    }

    func testReadmeTablesAreTheRegistrys() throws {
        let readme = try String(contentsOf: TestPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let hint = "regenerate: irve check --rules --format markdown, and paste each table between its markers"
        XCTAssertEqual(try block("row", in: readme), RulesListing.table(.fr, RuleCatalog.row), hint)
        XCTAssertEqual(try block("geo", in: readme), RulesListing.table(.fr, RuleCatalog.geographic), hint)
        XCTAssertEqual(try block("codes", in: readme), RulesListing.codesTable(.fr), hint)
    }

    func testEveryRuleIsListedOnce() {
        let codes = RuleCatalog.all.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count, "a code appears twice in the registry")
        let markdown = RulesListing.markdown(.en)
        for code in codes { XCTAssertTrue(markdown.contains("| `\(code)` |"), code) }
    }
}
