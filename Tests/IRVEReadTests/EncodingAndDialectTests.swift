import Foundation
import XCTest

@testable import IRVERead

final class EncodingAndDialectTests: XCTestCase {
    private func decode(_ bytes: [UInt8], as encoding: TextEncoding, chunk: Int = 3) throws -> String {
        var decoder = ChunkDecoder(encoding: encoding)
        var out: [UInt8] = []
        try bytes.withUnsafeBufferPointer { all in
            var start = 0
            repeat {
                let end = min(all.count, start + chunk)
                try decoder.decode(UnsafeBufferPointer(rebasing: all[start..<end]), final: end == all.count) {
                    out.append(contentsOf: $0)
                }
                start = end
            } while start < all.count
        }
        return String(decoding: out, as: UTF8.self)
    }

    func testUTF8CharactersSplitAcrossChunksAndBOM() throws {
        XCTAssertEqual(try decode(Array("Pégomas €".utf8), as: .utf8, chunk: 1), "Pégomas €")
        XCTAssertEqual(try decode([0xEF, 0xBB, 0xBF] + Array("a;b".utf8), as: .utf8BOM, chunk: 2), "a;b")
    }

    func testInvalidUTF8IsRefusedWithItsOffset() {
        XCTAssertThrowsError(try decode(Array("abc".utf8) + [0xE9] + Array("def".utf8), as: .utf8)) { error in
            XCTAssertEqual((error as? ChunkDecoder.NotUTF8)?.offset, 3)
        }
        // Overlong and surrogate encodings are invalid as in Python.
        XCTAssertThrowsError(try decode([0xC0, 0xAF], as: .utf8))
        XCTAssertThrowsError(try decode([0xED, 0xA0, 0x80], as: .utf8))
    }

    func testWindows1252() throws {
        XCTAssertEqual(try decode([0x50, 0xE9, 0x67, 0x80, 0x92], as: .windows1252), "Pég€’")
    }

    func testUTF16() throws {
        XCTAssertEqual(try decode([0xFF, 0xFE, 0x61, 0x00, 0xE9, 0x00, 0x3B, 0x00], as: .utf16LE), "aé;")
        XCTAssertEqual(try decode([0xFE, 0xFF, 0x00, 0x61, 0xD8, 0x3D, 0xDE, 0x00], as: .utf16BE), "a😀")
    }

    func testFormatProbe() {
        XCTAssertEqual(FormatProbe.classify(head: Array("%PDF-1.7".utf8)) { nil }, .disguised(.pdf))
        XCTAssertEqual(FormatProbe.classify(head: Array("  <!DOCTYPE html><html>".utf8)) { nil }, .disguised(.html))
        XCTAssertEqual(FormatProbe.classify(head: [0x50, 0x4B, 0x03, 0x04, 0, 0]) { [] }, .disguised(.zip))
        XCTAssertEqual(FormatProbe.classify(head: [0x50, 0x4B, 0x03, 0x04, 0, 0]) { ["xl/workbook.xml"] }, .xlsx)
        XCTAssertEqual(
            FormatProbe.classify(head: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { nil }, .disguised(.xls))
        XCTAssertEqual(FormatProbe.classify(head: Array("nom;prenom\n".utf8)) { nil }, .text(.utf8))
        XCTAssertEqual(FormatProbe.classify(head: [0xEF, 0xBB, 0xBF, 0x61]) { nil }, .text(.utf8BOM))
        XCTAssertEqual(FormatProbe.classify(head: (0..<200).map { UInt8($0 % 7) }) { nil }, .disguised(.binary))
    }

    func testDelimiterSniffing() {
        func sniff(_ s: String) -> UInt8 {
            var t = s
            return t.withUTF8 { DialectSniffer.delimiter(sample: $0) }
        }
        XCTAssertEqual(sniff("a;b;c\n1;2,5;3\n4;5;6\n"), 0x3B)
        XCTAssertEqual(sniff("a,b,c\n\"x;y\",2,3\n"), 0x2C)
        XCTAssertEqual(sniff("a\tb\tc\n1\t2\t3\n"), 0x09)
        // Coordinates with commas inside quotes do not fool it.
        XCTAssertEqual(sniff("id;coordonneesXY;n\nA;\"[1.5,2.5]\";3\nB;\"[1,2]\";4\n"), 0x3B)
    }
}

/// The validator's word-at-a-time ASCII path and two-byte shortcut against a byte-by-byte reading.
final class UTF8ValidatorTests: XCTestCase {
    /// Strict UTF-8 one byte at a time: the longest valid prefix.
    private func reference(_ p: [UInt8]) -> Int {
        var i = 0
        while i < p.count {
            let b = p[i]
            if b < 0x80 {
                i += 1
                continue
            }
            let ranges: [ClosedRange<UInt8>]
            switch b {
            case 0xC2...0xDF: ranges = [0x80...0xBF]
            case 0xE0: ranges = [0xA0...0xBF, 0x80...0xBF]
            case 0xE1...0xEC, 0xEE, 0xEF: ranges = [0x80...0xBF, 0x80...0xBF]
            case 0xED: ranges = [0x80...0x9F, 0x80...0xBF]
            case 0xF0: ranges = [0x90...0xBF, 0x80...0xBF, 0x80...0xBF]
            case 0xF1...0xF3: ranges = [0x80...0xBF, 0x80...0xBF, 0x80...0xBF]
            case 0xF4: ranges = [0x80...0x8F, 0x80...0xBF, 0x80...0xBF]
            default: return i
            }
            guard i + ranges.count < p.count else { return i }
            for (k, r) in ranges.enumerated() where !r.contains(p[i + 1 + k]) { return i }
            i += ranges.count + 1
        }
        return i
    }

    func testValidPrefixMatchesAByteByByteReading() {
        var generator = SplitMix(seed: 99)
        // ASCII runs of every length around the word sizes, accents, and bytes that break a sequence.
        let pieces: [[UInt8]] = [
            Array("a".utf8), Array("abcdefg".utf8), Array("abcdefghijklmnopq".utf8), Array("é".utf8),
            Array("€".utf8), Array("😀".utf8), [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0x80], [0xBF],
            [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], [0xFF],
        ]
        for _ in 0..<3000 {
            let n = Int(generator.next() % 12)
            var bytes: [UInt8] = []
            for _ in 0..<n { bytes += pieces[Int(generator.next() % UInt64(pieces.count))] }
            let got = bytes.withUnsafeBufferPointer { UTF8Validator.validPrefix($0) }
            XCTAssertEqual(got, reference(bytes), "\(bytes)")
        }
    }
}
