import Foundation
import IRVEFindings

/// An input opened once. A regular file is read in place (by offset, so several passes need no
/// second open). Anything else (a pipe, a FIFO, a device such as /dev/zero, `-` for stdin) can be
/// read only once: it is copied as a stream into an anonymous temporary file, at most
/// `streamLimit` bytes, and the copy is shared by every later pass of the process.
public final class InputFile: @unchecked Sendable {
    /// The path as the user gave it (for messages).
    public let path: String
    /// A descriptor of the regular file or of the copy, for `pread`.
    public let fd: Int32
    public let size: Int
    /// The file the path named (the pipe or device for a stream): outputs must never replace it.
    public let identity: FileIdentity?
    /// Not a regular file: read through a copy.
    public let isStream: Bool

    /// Bytes accepted from a pipe, a device or stdin (documented in the README's limits).
    public static let streamLimit = 512 << 20

    private init(path: String, fd: Int32, size: Int, identity: FileIdentity?, isStream: Bool) {
        self.path = path
        self.fd = fd
        self.size = size
        self.identity = identity
        self.isStream = isStream
    }

    deinit { close(fd) }

    /// A path other code (ZIP reader, libcurl) can open to reach the same bytes, whatever the
    /// original name (non-UTF-8) or kind (a stream copy that has no name).
    public var accessPath: String {
        #if os(Linux)
            "/proc/self/fd/\(fd)"
        #else
            "/dev/fd/\(fd)"
        #endif
    }

    /// Opens `path` (`-` is stdin). `keepReading` sees the first bytes of a stream and may stop
    /// the copy there (binary data such as /dev/zero: the caller's format check will refuse it).
    public static func open(
        _ path: String, streamLimit: Int = InputFile.streamLimit,
        keepReading: (([UInt8]) -> Bool)? = nil
    ) throws(FileError) -> InputFile {
        if let copy = streams.get(path) { return copy }
        let fd: Int32
        if path == "-" {
            fd = dup(0)
        } else {
            fd = RawPath.withCString(path) { Foundation.open($0, O_RDONLY | O_CLOEXEC | O_NOCTTY) }
        }
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .notFound(path: path) }
            throw .system(path: path, operation: .open, code: code)
        }
        var s = stat()
        guard fstat(fd, &s) == 0 else {
            let code = errno
            close(fd)
            throw .system(path: path, operation: .open, code: code)
        }
        switch s.st_mode & S_IFMT {
        case S_IFDIR:
            close(fd)
            throw .inputIsDirectory(path: path)
        case S_IFREG:
            return InputFile(path: path, fd: fd, size: Int(s.st_size), identity: FileIdentity(s), isStream: false)
        default:
            defer { close(fd) }
            let copy = try spool(fd, path: path, limit: streamLimit, keepReading: keepReading)
            let input = InputFile(path: path, fd: copy.fd, size: copy.size, identity: FileIdentity(s), isStream: true)
            streams.put(path, input)
            return input
        }
    }

    /// Reads up to `count` bytes at `offset`; 0 at the end.
    public func read(at offset: Int, into buffer: UnsafeMutableRawPointer, count: Int) throws(FileError) -> Int {
        while true {
            let n = pread(fd, buffer, count, off_t(offset))
            if n >= 0 { return n }
            if errno == EINTR { continue }
            throw .system(path: path, operation: .read, code: errno)
        }
    }

    /// The first `count` bytes (fewer for a short file).
    public func head(_ count: Int = 8192) throws(FileError) -> [UInt8] {
        let p = UnsafeMutableRawPointer.allocate(byteCount: max(1, count), alignment: 16)
        defer { p.deallocate() }
        var got = 0
        while got < count {
            let n = try read(at: got, into: p + got, count: count - got)
            if n == 0 { break }
            got += n
        }
        return Array(UnsafeRawBufferPointer(start: p, count: got))
    }

    private static let streams = StreamCopies()
}

extension InputFile {
    /// The identity of the file an input path names (`-`: stdin), for the outputs to avoid.
    public static func identity(of path: String) -> FileIdentity? {
        path == "-" ? FileIdentity.of(fd: 0) : FileIdentity.of(path: path)
    }
}

extension InputFile {
    /// The whole of a small input (a schema, a fiche, a key file), refused beyond `limit` bytes
    /// whatever it is: a regular file too large, or a pipe or /dev/zero that never ends.
    public static func readAll(_ path: String, limit: Int) throws(FileError) -> [UInt8] {
        let input = try open(path, streamLimit: limit)
        guard input.size <= limit else { throw .tooLarge(path: path, limit: limit) }
        return try input.head(input.size)
    }
}
