import Foundation
import XCTest

@testable import IRVERead

/// The CSV reader against Python's `csv` module (what frictionless reads with), on hand-picked
/// edge cases and on thousands of random byte soups.
final class CSVParserTests: XCTestCase {
    private func parse(_ text: [UInt8], delimiter: UInt8 = 0x2C, chunk: Int = 1 << 20) -> [[String]] {
        CSVParser.records(text, delimiter: delimiter, chunk: chunk)
    }

    private func parse(_ s: String, delimiter: UInt8 = 0x2C) -> [[String]] {
        parse(Array(s.utf8), delimiter: delimiter)
    }

    func testRFC4180Quoting() {
        XCTAssertEqual(parse("a,\"b,c\",d\n"), [["a", "b,c", "d"]])
        XCTAssertEqual(parse("\"he said \"\"hi\"\"\",x\n"), [["he said \"hi\"", "x"]])
        XCTAssertEqual(parse("\"line1\nline2\",x\r\ny,z"), [["line1\nline2", "x"], ["y", "z"]])
    }

    func testLineEndingsAndBlankLines() {
        XCTAssertEqual(parse("a,b\r\nc,d\re,f\ng,h"), [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        // A blank line is a record without cells, as Python's csv gives `[]`.
        XCTAssertEqual(parse("a\n\nb\n"), [["a"], [], ["b"]])
        XCTAssertEqual(parse(";;;\n", delimiter: 0x3B), [["", "", "", ""]])
    }

    func testPythonLeniencies() {
        // A quote inside an unquoted field is kept; text after a closing quote is appended.
        XCTAssertEqual(parse("ab\"c,d\n"), [["ab\"c", "d"]])
        XCTAssertEqual(parse("\"ab\"cd,e\n"), [["abcd", "e"]])
        // An unterminated quote runs to the end of the input.
        XCTAssertEqual(parse("a,\"bc\nde"), [["a", "bc\nde"]])
    }

    func testChunkBoundariesDoNotChangeTheResult() {
        let text = Array("id;\"x;\"\"y\"\"\r\nz\";w\r\n1;2;3\r\n\r\n\"q\"\r".utf8)
        let whole = parse(text, delimiter: 0x3B)
        for chunk in 1...9 { XCTAssertEqual(parse(text, delimiter: 0x3B, chunk: chunk), whole, "chunk \(chunk)") }
    }

    /// Random inputs over a small alphabet, compared with Python's csv module record by record.
    func testRandomInputsMatchPythonCSV() throws {
        let python = "/usr/bin/env"
        var generator = SplitMix(seed: 42)
        let alphabet: [String] = ["a", ",", ";", "\"", "\r", "\n", " ", "é"]
        var cases: [[UInt8]] = []
        for _ in 0..<1500 {
            let n = Int(generator.next() % 24)
            cases.append(
                Array((0..<n).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined().utf8))
        }
        let payload = try JSONSerialization.data(withJSONObject: cases.map { String(decoding: $0, as: UTF8.self) })
        let script = """
            import csv, io, json, sys
            out = []
            for text in json.load(sys.stdin):
                try:
                    out.append(list(csv.reader(io.StringIO(text, newline=""), delimiter=",")))
                except csv.Error as e:
                    out.append(None)
            json.dump(out, sys.stdout)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["python3", "-c", script]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        do { try process.run() } catch { throw XCTSkip("python3 absent: \(error)") }
        input.fileHandleForWriting.write(payload)
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let expected = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [Any])
        var compared = 0
        for (text, want) in zip(cases, expected) {
            guard let want = want as? [[String]] else { continue }
            compared += 1
            XCTAssertEqual(parse(text), want, "input \(String(decoding: text, as: UTF8.self).debugDescription)")
        }
        XCTAssertGreaterThan(compared, 1000)
    }
}

/// A tiny deterministic generator (tests must be reproducible).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
