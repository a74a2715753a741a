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
    public let sequence: Int

    /// A batch holds this many rows; it also ends at this many bytes or cells, so that wide or long
    /// rows keep it small. Shared by the checker and the repairer.
    public static let maxRows = 2048
    public static let maxBytes = 8 << 20
    public static let maxCells = 1 << 18

    /// Whether the batch should be handed to a worker now.
    public var isFull: Bool {
        entries.count >= Self.maxRows || bytes.count >= Self.maxBytes || ends.count >= Self.maxCells
    }

    public convenience init(sequence: Int) { self.init(sequence: sequence, reserveRows: Self.maxRows) }

    public init(sequence: Int, reserveRows: Int) {
        self.sequence = sequence
        entries.reserveCapacity(reserveRows)
        bytes.reserveCapacity(reserveRows * 512)
        ends.reserveCapacity(reserveRows * 40)
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
