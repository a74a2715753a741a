#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to a file descriptor (reports can hold millions of findings).
public final class OutputSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    public private(set) var failed = false

    public init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }


    public func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    public func flush() {
        var offset = 0
        while offset < buffer.count, !failed {
            let n = buffer.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if n < 0 { if errno == EINTR { continue }; failed = true; break }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    public var isTerminal: Bool { isatty(fd) != 0 }

    deinit { flush() }
}
