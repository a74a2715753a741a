import Foundation

/// Rows copied out of the reader's buffer so that another thread can check (or repair) them.
public final class RowBatch: @unchecked Sendable {
    public struct Entry {
        var number: Int
        var line: Int
        var firstEnd: Int
        var count: Int
        var start: Int
    }
    public private(set) var bytes: [UInt8] = []
    public private(set) var ends: [Int] = []
    public private(set) var entries: [Entry] = []
    public private(set) var sequence: Int

    /// A batch holds this many rows; it also ends at this many bytes or cells, so that wide or long
    /// rows keep it small. Shared by the checker and the repairer. The byte bound sits under what is
    /// reserved: a batch of ordinary rows never reallocates (at 8 MiB, 2 048 rows of 550 bytes grew
    /// the 1 MiB reserved to 2 MiB, in each of the batches in flight). About 1 MB a batch in all.
    public static let maxRows = 1024
    public static let maxBytes = 512 << 10
    public static let maxCells = 1 << 18
    /// Reserved past `maxBytes`: the last row of a full batch fits without a reallocation.
    static let slackBytes = 64 << 10
    /// The first batch may hold more bytes: its first rows are the sample the column detection
    /// reads (`ContentDetector.sampleRows`), whatever the length of the rows.
    public static let firstBatchMaxBytes = 8 << 20

    /// Whether the batch should be handed to a worker now.
    public var isFull: Bool {
        entries.count >= Self.maxRows || ends.count >= Self.maxCells
            || bytes.count >= (sequence == 0 ? Self.firstBatchMaxBytes : Self.maxBytes)
    }

    public convenience init(sequence: Int) { self.init(sequence: sequence, reserveRows: Self.maxRows) }

    public init(sequence: Int, reserveRows: Int) {
        self.sequence = sequence
        entries.reserveCapacity(reserveRows)
        bytes.reserveCapacity(min(reserveRows * 512, Self.maxBytes) + Self.slackBytes)
        ends.reserveCapacity(reserveRows * 40)
    }

    /// Empties the batch for reuse under a new sequence number, keeping its buffers: a file's
    /// batches recycle a few buffers instead of allocating (and page-faulting) fresh ones each time.
    public func reset(sequence: Int) {
        self.sequence = sequence
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
    }

    public func append(_ row: RowView) {
        let start = bytes.count
        let n = row.byteCount
        bytes.append(contentsOf: UnsafeBufferPointer(start: row.base, count: n))
        let firstEnd = ends.count
        for i in 0..<row.count { ends.append(row.endOffset(i) + start) }
        entries.append(Entry(number: row.number, line: row.line, firstEnd: firstEnd, count: row.count, start: start))
    }

    /// Calls `body` with a view of each row, in order.
    public func forEachRow(_ body: (RowView) -> Void) {
        bytes.withUnsafeBufferPointer { b in
            ends.withUnsafeBufferPointer { e in
                guard let base = b.baseAddress ?? UnsafePointer(bitPattern: 1) else { return }
                for entry in entries {
                    let rowEnds = UnsafeBufferPointer(rebasing: e[entry.firstEnd..<(entry.firstEnd + entry.count)])
                    body(
                        RowView(number: entry.number, line: entry.line, base: base, ends: rowEnds, offset: entry.start))
                }
            }
        }
    }
}
