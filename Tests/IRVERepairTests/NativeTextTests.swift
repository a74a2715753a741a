import Foundation
import IRVEFindings
import IRVERepair
import XCTest

/// The native trimming and replacing that replaced Foundation's in the repair path, checked against
/// Foundation itself: `irve fix` must write the same bytes as before.
final class NativeTextTests: XCTestCase {
    /// Scalars to put next to the text: every one below U+0400 (Latin, combining marks), the spaces
    /// and format characters, and a sample of the rest of the BMP and of the emoji planes.
    static let neighbours: [Unicode.Scalar] = {
        let picked =
            Array(0..<0x400) + Array(0x1680...0x1681) + Array(0x2000...0x206F) + Array(0xFE00...0xFE0F)
            + [0x0E33, 0x1100, 0x1161, 0x20D7, 0x212A, 0x3000, 0xFEFF, 0x1F3FB, 0x1F600, 0xE0100]
            + Array(stride(from: 0x400, to: 0x10000, by: 61)) + Array(stride(from: 0x10000, to: 0x20000, by: 997))
        return picked.compactMap { Unicode.Scalar(UInt32($0)) }
    }()

    func testTrimmingMatchesFoundationOnEveryNeighbour() {
        for u in Self.neighbours {
            let c = String(u)
            for s in [c, c + "x" + c, " " + c + " ", c + c + "a b" + c, "x" + c] {
                XCTAssertEqual(s.trimmingSpaces(), s.trimmingCharacters(in: .whitespaces), "\(u.value)")
                XCTAssertEqual(
                    s.trimmingSpacesAndNewlines(), s.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(u.value)")
            }
        }
        XCTAssertEqual("\u{200B}x\u{200B}".trimmingSpaces(), "x", "Foundation still counts U+200B as a space")
        XCTAssertEqual("\u{85}x".trimmingSpaces(), "\u{85}x")
    }

    func testReplacingAndContainsMatchFoundationOrDefer() {
        for target in [" ", ",", "*", "\u{A0}", "24h", "7j/7", "ef", "type 2"] {
            for u in Self.neighbours {
                let c = String(u)
                let texts = [
                    "x" + c + target + "y", "x" + target + c + "y", target + c, c + target,
                    target + c + target + "z",
                ]
                for s in texts {
                    if let native = s.replacingBaseOccurrences(of: target, with: "_") {
                        XCTAssertEqual(native, s.replacingOccurrences(of: target, with: "_"), "\(target) \(u.value)")
                    } else {
                        XCTAssertGreaterThanOrEqual(u.value, 0x300, "only a scalar from U+0300 on defers to Foundation")
                    }
                    if let native = s.containsBase(target) {
                        XCTAssertEqual(native, s.range(of: target) != nil, "\(target) \(u.value)")
                    }
                }
            }
        }
        XCTAssertEqual("a,b,,c".replacingBaseOccurrences(of: ",", with: "."), "a.b..c")
        XCTAssertEqual("abc".replacingBaseOccurrences(of: "", with: "."), nil, "an empty target is Foundation's call")
        XCTAssertEqual("24h/24".containsBase("24h"), true)
        XCTAssertEqual("24h\u{301}".containsBase("24h"), nil)
        XCTAssertEqual("24h\u{301} 24h".containsBase("24h"), nil, "stops at the first doubtful match")
        XCTAssertEqual("2\u{301}4h".containsBase("24h"), false)
    }

    /// `clean` as it was written with Foundation, the reference for the native one.
    static func foundationClean(_ s: String) -> String {
        let invisible: (Unicode.Scalar) -> Bool = { u in
            switch u.value {
            case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0x00AD: true
            default: false
            }
        }
        let t = String(String.UnicodeScalarView(s.unicodeScalars.filter { !invisible($0) }))
        return t.replacingOccurrences(of: "\u{A0}", with: " ").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func testCleanMatchesItsFoundationVersion() {
        for u in Self.neighbours {
            let c = String(u)
            let texts = [
                " a" + c, "\u{A0}" + c + "b\u{A0}", c + "\u{A0}", "\u{200B}" + c + "\u{2066}x\u{2069} ",
                "a\u{AD}" + c + "\u{FEFF}",
            ]
            for s in texts {
                XCTAssertEqual(CellRepairs.clean(s)?.value ?? s, Self.foundationClean(s), "\(u.value)")
            }
        }
    }
}
