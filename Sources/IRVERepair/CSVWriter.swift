import Foundation

/// Writes RFC 4180 CSV (UTF-8, `,`, LF, quotes only where needed) to a temporary file next to
/// the destination, renamed over it at the end: a reader never sees half a file.
public final class CSVWriter {
    public let destination: URL
    private let temporary: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    public init(destination: URL) throws {
        self.destination = destination
        let dir = destination.deletingLastPathComponent()
        temporary = dir.appendingPathComponent(".\(destination.lastPathComponent).irve-\(UUID().uuidString.prefix(8)).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let h = FileHandle(forWritingAtPath: temporary.path) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        handle = h
        buffer.reserveCapacity(1 << 16)
    }

    /// Appends one field of the current row (bytes), with a comma before all but the first.
    @inline(__always)
    public func field(_ cell: UnsafeBufferPointer<UInt8>, first: Bool) {
        if !first { buffer.append(0x2C) }
        var needsQuotes = false
        for b in cell where b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { needsQuotes = true; break }
        if needsQuotes {
            buffer.append(0x22)
            for b in cell { if b == 0x22 { buffer.append(0x22) }; buffer.append(b) }
            buffer.append(0x22)
        } else {
            buffer.append(contentsOf: cell)
        }
    }

    public func field(_ cell: String, first: Bool) {
        var s = cell
        s.withUTF8 { field($0, first: first) }
    }

    public func endRow() {
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func write(_ cells: [String]) {
        for (i, cell) in cells.enumerated() {
            if i > 0 { buffer.append(0x2C) }
            let needsQuotes = cell.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if needsQuotes {
                buffer.append(0x22)
                for b in cell.utf8 { if b == 0x22 { buffer.append(0x22) }; buffer.append(b) }
                buffer.append(0x22)
            } else {
                buffer.append(contentsOf: cell.utf8)
            }
        }
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and moves the file into place.
    public func commit() throws {
        flush()
        try handle.synchronize()
        try handle.close()
        // rename(2) replaces the destination atomically (same folder, same file system).
        guard rename(temporary.path, destination.path) == 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path,
                                                           NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
    }

    /// Removes the temporary file (an error happened).
    public func abandon() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
