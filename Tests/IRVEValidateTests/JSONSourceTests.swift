import Foundation
import IRVEFindings
import XCTest

@testable import IRVEValidate

/// A log's objects made on their own thread come to the report whole and in order, over many chunks;
/// a report that stops early does not leave the thread waiting forever.
final class JSONSourceTests: XCTestCase {
    func testObjectsComeInOrderOverManyChunks() {
        let count = 40_000  // about 20 bytes each: a few chunks
        let source = JSONSource(0) { k, j in
            guard k < count else { return nil }
            j.raw("{\"k\":")
            j.int(k)
            j.raw("}")
            k += 1
            return k * 2
        }
        var rows: [Int] = []
        var text = ""
        var chunks = 0
        while true {
            let chunk = source.next()
            if chunk.rows.isEmpty { break }
            chunks += 1
            XCTAssertEqual(chunk.ends.count, chunk.rows.count)
            XCTAssertEqual(chunk.ends.last, chunk.json.bytes.count)
            rows += chunk.rows
            text += String(decoding: chunk.json.bytes, as: UTF8.self)
        }
        XCTAssertGreaterThan(chunks, 1)
        XCTAssertEqual(rows, (1...count).map { $0 * 2 })
        XCTAssertEqual(text, (0..<count).map { "{\"k\":\($0)}" }.joined())
    }

    func testACancelledSourceStops() {
        let produced = Counter()
        let source = JSONSource(0) { k, j in
            j.bytes.append(contentsOf: repeatElement(0x20, count: 1 << 12))
            k += 1
            produced.add()
            return k
        }
        XCTAssertFalse(source.next().rows.isEmpty)
        source.cancel()
        // The thread stops within a chunk or two of the cancel; it would fill chunks forever otherwise.
        var last = -1
        var settled = false
        for _ in 0..<600 where !settled {
            Thread.sleep(forTimeInterval: 0.05)
            let now = produced.value
            settled = now == last
            last = now
        }
        XCTAssertTrue(settled)
        XCTAssertLessThan(produced.value, 64 * (JSONSource.maxWaiting + 3))
    }
}

private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.with { n += 1 } }
    var value: Int { lock.with { n } }
}
