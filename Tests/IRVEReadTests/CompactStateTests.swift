import XCTest

@testable import IRVERead

/// The paged array and the hash index that keep the per-station and per-point state of big files
/// compact: they must behave like `Array` and `Dictionary`, across pages and index growths.
final class CompactStateTests: XCTestCase {
    func testPagedArrayMatchesArrayAcrossPages() {
        var paged = PagedArray<Int32>()
        var plain: [Int32] = []
        let n = PagedArray<Int32>.pageSize * 3 + 17
        for i in 0..<n {
            paged.append(Int32(i) &* 7)
            plain.append(Int32(i) &* 7)
        }
        for i in stride(from: 0, to: n, by: 5) {
            paged[i] += 1
            plain[i] += 1
        }
        paged.append(contentsOf: [1, 2, 3])
        plain.append(contentsOf: [1, 2, 3])
        XCTAssertEqual(paged.count, plain.count)
        XCTAssertEqual(Array(paged), plain)
    }

    func testHashIndexNumbersKeysLikeADictionary() {
        var keys = PagedArray<UInt64>()
        var index = HashIndex()
        var reference: [UInt64: Int] = [:]
        // Hashes that share their low or high bits, and repeats: the probe must still find each one.
        var x: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in 0..<200_000 {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let key = i % 3 == 0 ? UInt64(i) << 40 : (i % 7 == 0 ? UInt64(i / 7) : x)
            if let known = index.find(key, in: keys) {
                XCTAssertEqual(reference[key], known)
                continue
            }
            XCTAssertNil(reference[key])
            keys.append(key)
            index.insert(number: keys.count - 1, of: keys)
            reference[key] = keys.count - 1
        }
        XCTAssertEqual(keys.count, reference.count)
        for (key, number) in reference { XCTAssertEqual(index.find(key, in: keys), number) }
        XCTAssertNil(index.find(0xDEAD_BEEF_0000_0001, in: keys))
    }

    func testIncreasingRowsGiveTheKthRowBack() {
        var rows = IncreasingRows()
        var plain: [Int32] = []
        // Dense runs, gaps of one and of thousands of rows, across many marks and words.
        var row: Int32 = 2
        for i in 0..<100_000 {
            row += i % 1000 == 0 ? 5_000 : (i % 3 == 0 ? 2 : 1)
            XCTAssertTrue(rows.append(row))
            plain.append(row)
        }
        XCTAssertFalse(rows.append(row), "a row not after the last one is refused")
        XCTAssertFalse(rows.append(1))
        XCTAssertEqual(rows.count, plain.count)
        for k in plain.indices { XCTAssertEqual(rows[k], plain[k]) }
        XCTAssertNil(rows[plain.count])
        XCTAssertNil(rows[-1])
        XCTAssertNil(IncreasingRows()[0])
    }
}
