import IRVEFindings
import IRVEWording
import XCTest

/// Every catalogued code has a title and an explanation in each language, the English ones in English.
final class RuleCatalogueWordsTests: XCTestCase {
    static let codes: [CatalogueCode] = RuleCode.allCases.map { .rule($0) } + GeoRuleCode.allCases.map { .geo($0) }

    func testEveryCodeHasItsWordsInBothLanguages() {
        for code in Self.codes {
            for lang in Language.allCases {
                XCTAssertFalse(Wording.title(code, lang).isEmpty, "\(code.rawValue) \(lang)")
                XCTAssertFalse(Wording.explanation(code, lang).isEmpty, "\(code.rawValue) \(lang)")
            }
            XCTAssertNotEqual(Wording.explanation(code, .fr), Wording.explanation(code, .en), code.rawValue)
            for word in [" : ", "« ", "ligne", "écrivez"] {
                XCTAssertFalse(Wording.explanation(code, .en).contains(word), "\(code.rawValue): « \(word) »")
            }
        }
    }

    func testTheListingWords() {
        XCTAssertEqual(Wording.ruleSeverity(.error, .fr), "erreur")
        XCTAssertEqual(Wording.ruleSeverity(.warning, .en), "warning")
        XCTAssertTrue(Wording.rulesTableHeader(.en).hasPrefix("| code | severity |"))
        XCTAssertTrue(Wording.rulesHeading(.fr).contains("--disable CODE"))
    }
}
