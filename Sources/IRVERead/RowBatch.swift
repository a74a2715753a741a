import Foundation
import IRVEFindings

/// Rows kept for another thread to check (or repair), in one byte buffer and one array of cell ends.
///
/// The CSV parser writes each record straight into a batch (`BatchingRowConsumer`): after the rows
/// kept so far comes the open record, which `append` keeps without copying it, and which is
/// otherwise dropped once its callback returns. A record past `Limits.rowBytes`,
/// `Limits.cellBytes` or `Limits.columns` stops growing and notes the overflow instead, so one
/// endless line costs a bounded amount of memory.
public final class RowBatch: @unchecked Sendable {
    struct Entry {
        var number: Int
        var line: Int
        var firstEnd: Int
        var count: Int
        var start: Int
    }
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var byteCapacity: Int
    /// Bytes written: the rows kept, then the open record.
    var length = 0
    private(set) var ends: UnsafeMutablePointer<Int>
    private(set) var endCapacity: Int
    var endCount = 0
    /// Where the open record starts, in `bytes` and in `ends`.
    private(set) var rowStart = 0
    private(set) var rowFirstEnd = 0
    /// Writing past this needs `reserve`: the end of the buffer, or where the open record would pass
    /// `Limits.rowBytes`.
    private(set) var writeLimit = 0
    /// Set when the open record went past a bound: its cells are incomplete.
    var overflow: RowOverflow?
    private var entries: [Entry] = []
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
        entries.count >= Self.maxRows || rowFirstEnd >= Self.maxCells
            || rowStart >= (sequence == 0 ? Self.firstBatchMaxBytes : Self.maxBytes)
    }

    /// Rows kept.
    public var count: Int { entries.count }
    /// Bytes of the rows kept.
    public var byteCount: Int { rowStart }

    public convenience init(sequence: Int) { self.init(sequence: sequence, reserveRows: Self.maxRows) }

    public init(sequence: Int, reserveRows: Int) {
        self.sequence = sequence
        entries.reserveCapacity(reserveRows)
        byteCapacity = min(reserveRows * 512, Self.maxBytes) + Self.slackBytes
        bytes = .allocate(capacity: byteCapacity)
        writeLimit = min(byteCapacity, Limits.rowBytes)
        endCapacity = max(reserveRows * 40, 64)
        ends = .allocate(capacity: endCapacity)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    /// Empties the batch for reuse under a new sequence number, keeping its buffers: a file's
    /// batches recycle a few buffers instead of allocating (and page-faulting) fresh ones each time.
    public func reset(sequence: Int) {
        self.sequence = sequence
        entries.removeAll(keepingCapacity: true)
        length = 0
        endCount = 0
        rowStart = 0
        rowFirstEnd = 0
        overflow = nil
        writeLimit = min(byteCapacity, Limits.rowBytes)
    }

    /// Keeps a row: the open record as it is, any other row copied.
    public func append(_ row: RowView) {
        if row.buffer == UnsafePointer(bytes), row.offset == rowStart, row.ends.count == endCount - rowFirstEnd,
            row.ends.baseAddress == UnsafePointer(ends + rowFirstEnd)
        {
            keepOpenRow(number: row.number, line: row.line)
            return
        }
        discardOpenRow()
        if row.byteCount > 0 { append(row.base, row.byteCount) }
        for i in 0..<row.count { appendEnd(row.endOffset(i) + rowStart) }
        keepOpenRow(number: row.number, line: row.line)
    }

    private func keepOpenRow(number: Int, line: Int) {
        entries.append(
            Entry(number: number, line: line, firstEnd: rowFirstEnd, count: endCount - rowFirstEnd, start: rowStart))
        rowStart = length
        rowFirstEnd = endCount
        overflow = nil
        writeLimit = min(byteCapacity, rowStart + Limits.rowBytes)
    }

    /// Forgets the open record (the rows kept stay).
    @inline(__always)
    func discardOpenRow() {
        length = rowStart
        endCount = rowFirstEnd
        overflow = nil
    }

    /// The open record, valid until the batch is written to again.
    func openRow(number: Int, line: Int) -> RowView {
        var v = RowView(
            number: number, line: line, base: UnsafePointer(bytes),
            ends: UnsafeBufferPointer(start: ends + rowFirstEnd, count: endCount - rowFirstEnd), offset: rowStart)
        v.overflow = overflow
        return v
    }

    // MARK: - Writing the open record

    @inline(__always)
    func append(_ b: UInt8) {
        if length >= writeLimit { guard reserve(1) else { return } }
        bytes[length] = b
        length += 1
    }

    @inline(__always)
    func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        if length + n > writeLimit { guard reserve(n) else { return } }
        (bytes + length).update(from: p, count: n)
        length += n
    }

    /// Ends the open record's current cell at `length`.
    @inline(__always)
    func endField() {
        let start = endCount == rowFirstEnd ? rowStart : ends[endCount &- 1]
        // Within every bound (the common case): one comparison each.
        if endCount < endLimit, length &- start <= Limits.cellBytes {
            ends[endCount] = length
            endCount &+= 1
            return
        }
        endFieldPastABound(start: start)
    }

    private func endFieldPastABound(start: Int) {
        if length - start > Limits.cellBytes, overflow == nil { overflow = .cell(column: endCount - rowFirstEnd + 1) }
        if endCount - rowFirstEnd >= Limits.columns {
            if overflow == nil { overflow = .columns }
            return
        }
        appendEnd(length)
    }

    /// Where `endField` leaves its fast path: the end of `ends`, or the column bound of the open row.
    var endLimit: Int { min(endCapacity, rowFirstEnd &+ Limits.columns) }

    @inline(__always)
    private func appendEnd(_ end: Int) {
        if endCount == endCapacity { growEnds() }
        ends[endCount] = end
        endCount += 1
    }

    private func growEnds() {
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
        bigger.update(from: ends, count: endCount)
        ends.deallocate()
        ends = bigger
        endCapacity *= 2
    }

    /// Room for `n` more bytes of the open record; false (and the overflow noted) when the record
    /// would pass `Limits.rowBytes`.
    func reserve(_ n: Int) -> Bool {
        guard length - rowStart + n <= Limits.rowBytes else {
            if overflow == nil { overflow = .row }
            return false
        }
        let needed = length + n
        if needed > byteCapacity {
            var c = byteCapacity * 2
            while c < needed { c *= 2 }
            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
            bigger.update(from: bytes, count: length)
            bytes.deallocate()
            bytes = bigger
            byteCapacity = c
        }
        writeLimit = min(byteCapacity, rowStart + Limits.rowBytes)
        return true
    }

    /// Calls `body` with a view of each row kept, in order.
    public func forEachRow(_ body: (RowView) -> Void) {
        for entry in entries {
            let rowEnds = UnsafeBufferPointer(start: ends + entry.firstEnd, count: entry.count)
            body(RowView(number: entry.number, line: entry.line, base: bytes, ends: rowEnds, offset: entry.start))
        }
    }
}

/// A consumer that keeps its rows in `RowBatch`es: the CSV reader parses each record straight into
/// the batch named here, and the consumer's `RowBatch.append` keeps it there without a copy.
public protocol BatchingRowConsumer: RowConsumer {
    /// The batch the next record is written into (asked again after each record).
    func batchForNextRow() -> RowBatch
}
