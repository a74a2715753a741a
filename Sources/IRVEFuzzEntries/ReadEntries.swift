import Foundation
import IRVERead
import IRVEXLSX

/// Targets of the reading stage: the whole table reader, the format probe, the workbook reader.
enum ReadEntries {
    /// Any bytes as a file given to `irve check`: probe, encoding, dialect sniffing, CSV (or XLSX) rows.
    static func csv(_ data: UnsafeRawBufferPointer) {
        let bytes = data.bindMemory(to: UInt8.self)
        _ = DialectSniffer.delimiter(sample: bytes)
        guard let path = ScratchFile.write(data, to: "table.csv") else { return }
        let consumer = TouchingConsumer()
        try? TableReader(path: path).read(into: consumer)
        // A forced delimiter takes the other branch of the reader.
        var forced = TableReader(path: path)
        forced.delimiter = 0x3B
        try? forced.read(into: consumer)
    }

    /// The first bytes of a file, and (for a ZIP) entry names taken from the input itself.
    static func probe(_ data: UnsafeRawBufferPointer) {
        let head = Array(data.prefix(8192))
        _ = FormatProbe.classify(head: head) {
            head.split(separator: 0).prefix(8).map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// Any bytes as an .xlsx: the archive, the parts, the first sheet's rows (small limits: the
    /// fuzzer's memory cap is 2 GiB, and bounds are part of what is tested).
    static func xlsx(_ data: UnsafeRawBufferPointer) {
        guard let path = ScratchFile.write(data, to: "book.xlsx") else { return }
        let limits = XLSXLimits(maxPartBytes: 16 << 20, maxSharedStringBytes: 8 << 20, maxSharedStringCount: 100_000)
        guard let book = try? XLSXWorkbook(contentsOf: URL(fileURLWithPath: path), limits: limits) else { return }
        var cells = 0
        try? book.forEachRowOfFirstSheet { _, row in cells &+= row.count }
    }
}

/// Reads every cell of every row, as the validator would, and holds the reader to its promise
/// that cells are valid UTF-8 (the pattern matcher relies on it).
final class TouchingConsumer: RowConsumer {
    var sum = 0
    func begin(_ info: TableInfo) { sum = 0 }
    func row(_ row: RowView) throws {
        for i in 0..<row.count {
            let c = row[i]
            precondition(String(validating: c, as: UTF8.self) != nil, "the reader gave a cell that is not UTF-8")
            sum &+= c.count &+ Int(c.first ?? 0)
        }
        sum &+= row.number &+ row.line &+ row.byteCount
    }
    func ended(_ info: TableInfo) { sum &+= info.byteCount }
}
