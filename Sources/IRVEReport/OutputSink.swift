#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Buffered writes to a file descriptor (reports can hold millions of findings).
///
/// The JSON report builds its bytes in a `JSONBytes` and hands them over in 64 KiB blocks.
public final class OutputSink {
    private let fd: Int32
    private var buffer: [UInt8] = []
    public private(set) var failed = false
    static let flushThreshold = 1 << 16

    public init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(Self.flushThreshold + 4096)
    }

    public func write(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
        flushIfFull()
    }

    public func write(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
        flushIfFull()
    }

    public func write(bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        flushIfFull()
    }

    @inline(__always)
    func flushIfFull() {
        if buffer.count >= Self.flushThreshold { flush() }
    }

    public func flush() {
        var offset = 0
        while offset < buffer.count, !failed {
            let n = buffer.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return Glibc.write(fd, base + offset, raw.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                failed = true
                break
            }
            offset += n
        }
        buffer.removeAll(keepingCapacity: true)
    }

    public var isTerminal: Bool { isatty(fd) != 0 }

    deinit { flush() }
}
