import Foundation
import IRVEFindings

extension InputFile {
    /// Copies a stream into an unlinked temporary file (nothing is left behind, even after kill -9).
    static func spool(
        _ source: Int32, path: String, limit: Int,
        keepReading: (([UInt8]) -> Bool)?
    ) throws(FileError) -> (fd: Int32, size: Int) {
        let folder = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/.irve-stdin-XXXXXX").utf8CString)
        let copy = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard copy >= 0 else { throw .system(path: folder, operation: .create, code: errno) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        var total = 0
        var head: [UInt8] = []
        var inspected = keepReading == nil
        do {
            while true {
                let n = Foundation.read(source, buffer, chunk)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileError.system(path: path, operation: .read, code: errno)
                }
                if n > 0 {
                    guard total + n <= limit else { throw FileError.streamTooLarge(path: path, limit: limit) }
                    try writeAll(copy, buffer, n, path: folder)
                    total += n
                }
                if !inspected, let keepReading {
                    if head.count < 8192 {
                        head += UnsafeRawBufferPointer(start: buffer, count: min(n, 8192 - head.count))
                    }
                    if head.count >= 8192 || n == 0 {
                        inspected = true
                        if !keepReading(head) { break }
                    }
                }
                if n == 0 { break }
            }
        } catch {
            close(copy)
            throw error as? FileError ?? .system(path: path, operation: .read, code: EIO)
        }
        return (copy, total)
    }

    private static func writeAll(
        _ fd: Int32, _ p: UnsafeMutableRawPointer, _ count: Int,
        path: String
    ) throws(FileError) {
        var done = 0
        while done < count {
            let n = Foundation.write(fd, p + done, count - done)
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(path: path, operation: .write, code: errno)
            }
            done += n
        }
    }
}

/// Stream copies by path: a pipe read by a second pass (check then geocoding) is read from the copy.
final class StreamCopies: @unchecked Sendable {
    private var byPath: [String: InputFile] = [:]
    private let lock = NSLock()

    func get(_ path: String) -> InputFile? {
        lock.lock()
        defer { lock.unlock() }
        return byPath[path]
    }

    func put(_ path: String, _ input: InputFile) {
        lock.lock()
        defer { lock.unlock() }
        byPath[path] = input
    }
}
