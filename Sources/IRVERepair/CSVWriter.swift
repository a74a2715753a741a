import Foundation
import IRVEFiles

/// Writes RFC 4180 CSV (UTF-8, `,`, LF, quotes only where needed) into an `OutputFile`, which
/// puts it in place atomically at the end: a reader never sees half a file.
public final class CSVWriter {
    public let output: OutputFile
    private var buffer: [UInt8] = []

    public init(output: OutputFile) {
        self.output = output
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends one field of the current row (bytes), with a comma before all but the first.
    @inline(__always)
    public func field(_ cell: UnsafeBufferPointer<UInt8>, first: Bool) {
        Self.encode(cell, first: first, into: &buffer)
    }

    public func field(_ cell: String, first: Bool) {
        Self.encode(cell, first: first, into: &buffer)
    }

    /// One field as `field` writes it, into `buffer`: rows can be encoded apart (on worker threads).
    @inline(__always)
    public static func encode(_ cell: UnsafeBufferPointer<UInt8>, first: Bool, into buffer: inout [UInt8]) {
        if !first { buffer.append(0x2C) }
        var needsQuotes = false
        for b in cell where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        if needsQuotes {
            buffer.append(0x22)
            for b in cell {
                if b == 0x22 { buffer.append(0x22) }
                buffer.append(b)
            }
            buffer.append(0x22)
        } else {
            buffer.append(contentsOf: cell)
        }
    }

    public static func encode(_ cell: String, first: Bool, into buffer: inout [UInt8]) {
        var s = cell
        s.withUTF8 { encode($0, first: first, into: &buffer) }
    }

    /// Whole rows encoded with `encode`, each ending with LF, after those already written.
    public func append(rows: [UInt8]) {
        flush()
        output.write(rows)
    }

    public func endRow() {
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(_ cells: [String]) {
        for (i, cell) in cells.enumerated() { field(cell, first: i == 0) }
        endRow()
    }

    /// The reader starts over (the file was not UTF-8 after all): what was written goes.
    public func restart() {
        buffer.removeAll(keepingCapacity: true)
        output.restart()
    }

    /// Hands the buffered rows to the file (called before the commit).
    public func flush() {
        output.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
