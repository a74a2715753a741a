#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Append-only bytes kept in memory up to `memoryLimit`, then moved to an anonymous temporary
/// file: millions of findings cost disk, not memory. The file is unlinked as soon as it is
/// created, so nothing is left behind, even after a kill -9.
public final class SpillLog {
    private var buffer: [UInt8] = []
    private var fd: Int32 = -1
    private var fileBytes = 0
    public let memoryLimit: Int
    /// Set when the temporary file could not be written (disk full…): the log stops growing.
    public private(set) var failed = false

    public init(memoryLimit: Int = 4 << 20) { self.memoryLimit = memoryLimit }

    deinit { if fd >= 0 { close(fd) } }

    public var isEmpty: Bool { buffer.isEmpty && fileBytes == 0 }

    public func removeAll() {
        buffer.removeAll()
        if fd >= 0 {
            close(fd)
            fd = -1
        }
        fileBytes = 0
        failed = false
    }

    /// Adds one record built by `body`; false when the log can take no more.
    @discardableResult
    public func append(_ body: (inout [UInt8]) -> Void) -> Bool {
        guard !failed else { return false }
        body(&buffer)
        if buffer.count >= memoryLimit { spill() }
        return !failed
    }

    private func spill() {
        if fd < 0 { fd = Self.anonymousFile() }
        guard fd >= 0 else {
            failed = true
            buffer.removeAll()
            return
        }
        var offset = 0
        while offset < buffer.count {
            let n = buffer.withUnsafeBytes { raw in
                pwrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, off_t(fileBytes + offset))
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                failed = true
                break
            }
            offset += n
        }
        fileBytes += offset
        buffer.removeAll(keepingCapacity: true)
    }

    private static func anonymousFile() -> Int32 {
        var directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        if directory.isEmpty { directory = "/tmp" }
        var template = Array((directory + "/irve-findings-XXXXXX").utf8CString)
        return template.withUnsafeMutableBufferPointer { p -> Int32 in
            guard let path = p.baseAddress else { return -1 }
            let fd = mkstemp(path)
            if fd >= 0 { unlink(path) }
            return fd
        }
    }

    /// Reads the records back from the start, in order.
    public func makeReader() -> Reader { Reader(log: self) }

    public struct Reader {
        let log: SpillLog
        private var window: [UInt8] = []
        private var position = 0
        private var fileOffset = 0
        private var tailRead = false

        init(log: SpillLog) { self.log = log }

        /// Makes `n` bytes available from `position`; false at the end of the log.
        public mutating func ensure(_ n: Int) -> Bool {
            while window.count - position < n {
                if position > 0 {
                    window.removeFirst(position)
                    position = 0
                }
                if fileOffset < log.fileBytes {
                    let want = min(1 << 20, log.fileBytes - fileOffset)
                    let start = window.count
                    window.append(contentsOf: repeatElement(0, count: want))
                    let got = window.withUnsafeMutableBytes { raw in
                        pread(log.fd, raw.baseAddress.map { $0 + start }, want, off_t(fileOffset))
                    }
                    if got <= 0 {
                        window.removeLast(want)
                        fileOffset = log.fileBytes
                        continue
                    }
                    window.removeLast(want - got)
                    fileOffset += got
                } else if !tailRead {
                    tailRead = true
                    window.append(contentsOf: log.buffer)
                } else {
                    return false
                }
            }
            return true
        }

        public mutating func byte() -> UInt8? {
            guard ensure(1) else { return nil }
            position += 1
            return window[position - 1]
        }

        public mutating func int() -> Int? {
            guard ensure(8) else { return nil }
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(window[position + k]) << UInt64(8 * k) }
            position += 8
            return Int(truncatingIfNeeded: v)
        }

        public mutating func bytes(_ n: Int) -> ArraySlice<UInt8>? {
            guard n >= 0, ensure(n) else { return nil }
            position += n
            return window[(position - n)..<position]
        }

        public mutating func string() -> String? {
            guard let n = int(), let b = bytes(n) else { return nil }
            return String(decoding: b, as: UTF8.self)
        }

        public mutating func optionalString() -> String?? {
            guard let flag = byte() else { return nil }
            if flag == 0 { return .some(nil) }
            return string().map { .some($0) }
        }
    }
}

/// Little helpers to lay records out in a log.
extension Array where Element == UInt8 {
    public mutating func putInt(_ v: Int) {
        Swift.withUnsafeBytes(of: UInt64(bitPattern: Int64(v)).littleEndian) { append(contentsOf: $0) }
    }

    public mutating func putString(_ s: String) {
        putInt(s.utf8.count)
        append(contentsOf: s.utf8)
    }

    public mutating func putOptional(_ s: String?) {
        if let s {
            append(1)
            putString(s)
        } else {
            append(0)
        }
    }
}
