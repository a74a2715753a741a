import IRVEFindings
import IRVEWording
import XCTest

/// Every code below the rules is documented like a rule, in French and in English: a title and an
/// explanation, different in the two languages (the compiler already forces each text to exist).
final class CodeDocWordsTests: XCTestCase {
    func testEveryEngineAndHeaderCodeHasItsTitleAndExplanation() {
        var texts: [(String, String, String)] = []
        for c in EngineCode.allCases {
            texts.append((c.rawValue, Wording.title(c, .fr), Wording.title(c, .en)))
            texts.append((c.rawValue, Wording.explanation(c, .fr), Wording.explanation(c, .en)))
        }
        for c in HeaderCode.allCases {
            texts.append((c.rawValue, Wording.title(c, .fr), Wording.title(c, .en)))
            texts.append((c.rawValue, Wording.explanation(c, .fr), Wording.explanation(c, .en)))
        }
        for (code, fr, en) in texts {
            XCTAssertFalse(fr.isEmpty || en.isEmpty, code)
            XCTAssertNotEqual(fr, en, "\(code): the same words in French and English")
        }
        let titles =
            EngineCode.allCases.map { Wording.title($0, .fr) } + HeaderCode.allCases.map { Wording.title($0, .fr) }
        XCTAssertEqual(Set(titles).count, titles.count, "two codes share a title")
    }
}
