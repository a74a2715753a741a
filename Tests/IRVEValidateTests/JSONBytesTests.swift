import Foundation
import IRVEFindings
import XCTest

/// The one JSON encoder of the reports: every string, whatever its bytes, reads back identical
/// through Foundation's JSON parser (the eight-bytes-at-a-time scan must miss no quote, backslash
/// or control character, wherever it falls).
final class JSONBytesTests: XCTestCase {
    func testStringsReadBackIdentical() throws {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = [
            "a", "é", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", " ", "€", "🔌", "\u{7F}",
            "/", "\u{2028}", "Z",
        ]
        for length in 0..<200 {
            let text = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" }.joined()
            var j = JSONBytes()
            j.raw("[")
            j.string(text)
            j.raw("]")
            let parsed = try JSONSerialization.jsonObject(with: Data(j.bytes)) as? [String]
            XCTAssertEqual(parsed, [text], "length \(length)")
        }
    }

    func testARepeatedStringIsCopiedAsTheSameLiteral() throws {
        let texts = ["é\"\n", "é\"\n", "autre", "", "", "é\"\n", String(repeating: "\\", count: 300), "autre"]
        var repeating = RepeatedString()
        var j = JSONBytes()
        j.raw("[")
        for (k, t) in texts.enumerated() {
            if k > 0 { j.raw(",") }
            j.string(t, repeating: &repeating)
        }
        j.raw("]")
        let parsed = try JSONSerialization.jsonObject(with: Data(j.bytes)) as? [String]
        XCTAssertEqual(parsed, texts)
    }

    func testNumbersAndNull() throws {
        var j = JSONBytes()
        j.raw("[")
        for (k, v) in [0, 7, -7, 1_000_000, Int.max, Int.min].enumerated() {
            if k > 0 { j.raw(",") }
            j.int(v)
        }
        j.raw(",")
        j.int(nil)
        j.raw(",")
        j.string(nil as String?)
        j.raw("]")
        XCTAssertEqual(
            String(decoding: j.bytes, as: UTF8.self),
            "[0,7,-7,1000000,9223372036854775807,-9223372036854775808,null,null]")
    }
}
