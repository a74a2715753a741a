import Foundation
import IRVEFindings
import XCTest

@testable import IRVERead

/// The parser writing straight into the consumer's batches (what `irve check` and `irve fix` do),
/// its word-at-a-time copy, and the row bounds, against the record-by-record reading.
final class BatchParsingTests: XCTestCase {
    /// Every record kept in batches of `rows` rows, fed in chunks of `chunk` bytes.
    private func parseKeeping(_ text: [UInt8], chunk: Int, rows: Int = 3) -> [[String]] {
        var parser = CSVParser(delimiter: 0x2C)
        var batches = [RowBatch(sequence: 0)]
        parser.target = batches[0]
        parser.nextTarget = {
            if batches[batches.count - 1].count >= rows { batches.append(RowBatch(sequence: batches.count)) }
            return batches[batches.count - 1]
        }
        let keep: (RowView) -> Void = { batches[batches.count - 1].append($0) }
        text.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                let end = min(all.count, start + chunk)
                parser.feed(UnsafeBufferPointer(rebasing: all[start..<end]), keep)
                start = end
            }
        }
        parser.finish(keep)
        var out: [[String]] = []
        for b in batches { b.forEachRow { out.append($0.strings) } }
        return out
    }

    private func parse(_ text: [UInt8], chunk: Int = 1 << 20) -> [[String]] {
        CSVParser.records(text, chunk: chunk)
    }

    /// Cells longer than a word, quotes in and around them, line ends of every kind, cut anywhere.
    private static let edgeCases: [String] = [
        "identifiant_long_de_station,FRXYZP75056000001,\"[2.35,48.85]\"\n0123456789abcdef,x\n",
        "abcdefgh\"ijklmnop,qr\"st\"uv,\"\"\n",  // a quote inside an unquoted cell is kept
        "\"abcdefghij\"klmnopqrstu,v\n",  // text after a closing quote is appended
        "\"quoted, with \"\"doubled\"\" quotes and more text\",end\r\nnext,row\r\n",
        "first,line\r\n\r\n\n\rafter,blank lines\r",
        "\"multi\r\nline\rcell\nwith all endings\",z\n",
        "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p\n,,,,,,,,\n",
        "\"unterminated quote running over a line end\nto the end of the input",
        "ends without a line end,12345678",
        "é,ça,\"àéîõü long de plus de huit octets\",€€€€\n",
        // Control bytes below 0x0E other than line ends are ordinary bytes (the word test flags them).
        "abc\tdefghij\u{0B}klmnop\u{00}qrs,\"q\tr\u{0C}stuvwxyz\u{01}\",\t\t\t\t\t\t\t\t\t\n",
    ]

    func testBatchesGiveTheSameRecordsForAnyChunkSize() {
        for text in Self.edgeCases.map({ Array($0.utf8) }) {
            let whole = parse(text)
            for chunk in [1, 2, 3, 5, 7, 8, 9, 13, 16, 17, 64] {
                let name = "\(String(decoding: text, as: UTF8.self).debugDescription) chunk \(chunk)"
                XCTAssertEqual(parse(text, chunk: chunk), whole, name)
                XCTAssertEqual(parseKeeping(text, chunk: chunk), whole, name)
                XCTAssertEqual(parseKeeping(text, chunk: chunk, rows: 1), whole, name)
            }
        }
    }

    func testEdgeCasesReadAsPythonDoes() {
        XCTAssertEqual(parse(Array(Self.edgeCases[1].utf8)), [["abcdefgh\"ijklmnop", "qr\"st\"uv", ""]])
        XCTAssertEqual(parse(Array(Self.edgeCases[2].utf8)), [["abcdefghijklmnopqrstu", "v"]])
        XCTAssertEqual(
            parse(Array(Self.edgeCases[4].utf8)), [["first", "line"], [], [], [], ["after", "blank lines"]])
        XCTAssertEqual(
            parse(Array(Self.edgeCases[7].utf8)),
            [["unterminated quote running over a line end\nto the end of the input"]])
        XCTAssertEqual(
            parse(Array(Self.edgeCases[10].utf8)),
            [["abc\tdefghij\u{0B}klmnop\u{00}qrs", "q\tr\u{0C}stuvwxyz\u{01}", "\t\t\t\t\t\t\t\t\t"]])
    }

    /// Random soups of long and short cells against the record-by-record reading, cut at random.
    func testRandomInputsInBatches() {
        var generator = SplitMix(seed: 7)
        let alphabet = ["abcdefghijk", "a", ",", "\"", "\r", "\n", "\r\n", "é", "0123456789"]
        for _ in 0..<400 {
            let n = Int(generator.next() % 40)
            let text = Array(
                (0..<n).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined().utf8)
            let chunk = 1 + Int(generator.next() % 20)
            let whole = parse(text)
            XCTAssertEqual(parseKeeping(text, chunk: chunk, rows: 2), whole, String(decoding: text, as: UTF8.self))
            XCTAssertEqual(parse(text, chunk: chunk), whole, String(decoding: text, as: UTF8.self))
        }
    }

    func testTheOpenRecordIsKeptWithoutACopyAndAnotherRowIsCopied() {
        var parser = CSVParser(delimiter: 0x2C)
        let batch = RowBatch(sequence: 1)
        parser.target = batch
        parser.nextTarget = { batch }
        let other = RowBatch(sequence: 2)
        Array("abc,de\nfgh,ij\n".utf8).withUnsafeBufferPointer { text in
            parser.feed(text) { row in
                let written = batch.length
                batch.append(row)
                XCTAssertEqual(batch.length, written, "kept where it was written")
                other.append(row)
            }
        }
        XCTAssertEqual(batch.count, 2)
        XCTAssertEqual(batch.byteCount, 14 - 4)
        for b in [batch, other] {
            var rows: [[String]] = []
            b.forEachRow { rows.append($0.strings) }
            XCTAssertEqual(rows, [["abc", "de"], ["fgh", "ij"]])
        }
    }

    func testARecordNotKeptIsDropped() {
        var parser = CSVParser(delimiter: 0x2C)
        let batch = RowBatch(sequence: 0)
        parser.target = batch
        parser.nextTarget = { batch }
        Array("header,row\nkept,one\ndropped,one\nkept,two\n".utf8).withUnsafeBufferPointer { text in
            parser.feed(text) { row in if row.number % 2 == 0 { batch.append(row) } }
        }
        var rows: [[String]] = []
        batch.forEachRow { rows.append($0.strings) }
        XCTAssertEqual(rows, [["kept", "one"], ["kept", "two"]])
        XCTAssertEqual(batch.byteCount, 14)
    }

    /// A record read through `TableReader` is the same when a chunk boundary cuts it (anywhere,
    /// a `\r\n` included), for a consumer that keeps rows in batches and for one that does not.
    func testTableReaderChunkBoundaries() throws {
        let text = "h1,h2\r\n\"a\r\nb\",cdefghijklmnop\r\nqrstuvwxyz,\"x\"\"y\"\r\n\r\nlast,row"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("irve-chunks-\(UUID()).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let expected = [["h1", "h2"], ["a\r\nb", "cdefghijklmnop"], ["qrstuvwxyz", "x\"y"], [], ["last", "row"]]
        for chunk in [1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 16, 1 << 20] {
            var reader = TableReader(path: url.path)
            reader.chunkSize = chunk
            let plain = Collect()
            try reader.read(into: plain)
            XCTAssertEqual(plain.rows, expected, "chunk \(chunk)")
            XCTAssertEqual(plain.lines, [1, 2, 4, 5, 6], "chunk \(chunk)")
            let batching = CollectInBatches()
            try reader.read(into: batching)
            XCTAssertEqual(batching.rows, expected, "chunk \(chunk), batches")
        }
    }

    /// A record that crosses the 1 MiB chunk: cells on both sides of the cut, one cut mid-word.
    func testRecordAcrossTheMegabyteChunk() throws {
        var text = "a,b\n"
        let filler = String(repeating: "x", count: (1 << 20) - text.utf8.count - 5)
        text += filler + ",\"12345678,9\",tail\n" + "z,\"unterminated"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("irve-mib-\(UUID()).csv")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let consumer = CollectInBatches()
        try TableReader(path: url.path).read(into: consumer)
        XCTAssertEqual(consumer.rows, [["a", "b"], [filler, "12345678,9", "tail"], ["z", "unterminated"]])
        XCTAssertEqual(consumer.info?.unterminatedQuote, true)
    }

    /// The bounds hold in a batch too: a row past `Limits.rowBytes` after a long row kept (the
    /// buffer is then larger than the bound), a cell past `Limits.cellBytes`, too many columns.
    func testRowBoundsInABatch() {
        let batch = RowBatch(sequence: 0)
        var parser = CSVParser(delimiter: 0x2C)
        parser.target = batch
        parser.nextTarget = { batch }
        var overflows: [RowOverflow?] = []
        let keep: (RowView) -> Void = { row in
            overflows.append(row.overflow)
            batch.append(row)
        }
        let megabyte = [UInt8](repeating: 0x61, count: 1 << 20)
        megabyte.withUnsafeBufferPointer { mb in
            for _ in 0..<40 { parser.feed(mb, keep) }
            Array(",b\n".utf8).withUnsafeBufferPointer { parser.feed($0, keep) }
            for _ in 0..<65 { parser.feed(mb, keep) }
            Array("\n".utf8).withUnsafeBufferPointer { parser.feed($0, keep) }
        }
        XCTAssertEqual(overflows.count, 2)
        XCTAssertEqual(overflows[0], .cell(column: 1))
        XCTAssertEqual(overflows[1], .row)
        let wide = [UInt8](repeating: 0x2C, count: Limits.columns) + [0x0A]
        wide.withUnsafeBufferPointer { parser.feed($0, keep) }
        XCTAssertEqual(overflows.last, .columns)
        Array("ok,row\n".utf8).withUnsafeBufferPointer { parser.feed($0, keep) }
        XCTAssertEqual(overflows.count, 4)
        XCTAssertNil(overflows[3])
    }

    func testBatchBounds() {
        let batch = RowBatch(sequence: 3)
        var parser = CSVParser(delimiter: 0x2C)
        parser.target = batch
        parser.nextTarget = { batch }
        let row = Array((String(repeating: "v", count: 600) + ",w\n").utf8)
        var kept = 0
        row.withUnsafeBufferPointer { text in
            while !batch.isFull {
                parser.feed(text) { batch.append($0) }
                kept += 1
            }
        }
        // 512 KiB of rows of 601 bytes: the byte bound, not the row bound, ends the batch.
        XCTAssertEqual(kept, (RowBatch.maxBytes + 600) / 601)
        XCTAssertLessThan(kept, RowBatch.maxRows)
        batch.reset(sequence: 4)
        XCTAssertEqual(batch.count, 0)
        XCTAssertEqual(batch.byteCount, 0)
        XCTAssertFalse(batch.isFull)
    }
}

private final class Collect: RowConsumer {
    var rows: [[String]] = []
    var lines: [Int] = []
    func begin(_ info: TableInfo) {
        rows = []
        lines = []
    }
    func row(_ row: RowView) throws {
        rows.append(row.strings)
        lines.append(row.line)
    }
    func ended(_ info: TableInfo) {}
}

/// Keeps every record in batches of two rows, as the checker does with its batches.
private final class CollectInBatches: BatchingRowConsumer {
    var batches: [RowBatch] = []
    var info: TableInfo?
    func begin(_ info: TableInfo) { batches = [RowBatch(sequence: 0)] }
    func batchForNextRow() -> RowBatch {
        if batches[batches.count - 1].count >= 2 { batches.append(RowBatch(sequence: batches.count)) }
        return batches[batches.count - 1]
    }
    func row(_ row: RowView) throws { batches[batches.count - 1].append(row) }
    func ended(_ info: TableInfo) { self.info = info }
    var rows: [[String]] {
        var out: [[String]] = []
        for b in batches { b.forEachRow { out.append($0.strings) } }
        return out
    }
}
