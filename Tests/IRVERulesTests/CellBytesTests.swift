import XCTest

@testable import IRVERules

/// `CellBytes.capitalsAndDigits`, eight bytes at a time, against the byte-by-byte test.
final class CellBytesTests: XCTestCase {
    private static func scalar(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    private static func words(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            guard let p = b.baseAddress else { return true }
            return CellBytes.capitalsAndDigits(p, b.count)
        }
    }

    /// Every byte value at every place of a word and of the tail, among capitals and digits.
    func testEveryByteAtEveryPlace() {
        let clean = Array("AB12CD34Z9Q".utf8)
        for place in 0..<clean.count {
            for value in 0...255 {
                var bytes = clean
                bytes[place] = UInt8(value)
                XCTAssertEqual(Self.words(bytes), Self.scalar(bytes), "byte \(value) at \(place)")
            }
        }
    }

    /// Random ids of every length, mostly clean (the common case), some with one odd byte.
    func testRandomIds() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        for _ in 0..<5_000 {
            var bytes = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            if !bytes.isEmpty, Bool.random(using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            XCTAssertEqual(Self.words(bytes), Self.scalar(bytes), String(decoding: bytes, as: UTF8.self))
        }
    }

    func testAfirevIds() {
        func parts(_ s: String) -> String? {
            Array(s.utf8).withUnsafeBufferPointer { b in
                CellBytes.afirev(b).map { "\($0.operatorCode) \(Character(UnicodeScalar($0.kind)))" }
            }
        }
        XCTAssertEqual(parts("FRABCE00011"), "\(0x41_4243) E")
        XCTAssertEqual(parts("FR*ABC*E00011"), nil)
        XCTAssertEqual(parts("FRABCÉ00011"), nil)
        XCTAssertEqual(parts("FRABCE"), nil)
        XCTAssertEqual(parts("frABCE00011"), nil)
    }
}
