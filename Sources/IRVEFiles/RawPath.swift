import Foundation

/// File names are bytes, not always UTF-8. Swift decodes the command line lossily (an invalid byte
/// becomes U+FFFD), so such a name would be "not found": the original bytes are taken back from argv.
public enum RawPath {
    /// The bytes to hand to the system for `path` (without the final NUL).
    public static func bytes(_ path: String) -> [UInt8] {
        if path.unicodeScalars.contains("\u{FFFD}"), let raw = argument(decodingTo: path) { return raw }
        return Array(path.utf8)
    }

    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        var bytes = bytes(path)
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { b in
            try b.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// The raw command-line argument whose lossy decoding is `text`, or which ends with it after
    /// `--opt=` (an option's value).
    static func argument(decodingTo text: String) -> [UInt8]? {
        for i in 0..<Int(CommandLine.argc) {
            guard let p = CommandLine.unsafeArgv[i] else { continue }
            let raw = Array(
                UnsafeBufferPointer(
                    start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self),
                    count: strlen(p)))
            if String(decoding: raw, as: UTF8.self) == text { return raw }
            if let eq = raw.firstIndex(of: 0x3D), raw.first == 0x2D,
                String(decoding: raw[(eq + 1)...], as: UTF8.self) == text
            {
                return Array(raw[(eq + 1)...])
            }
        }
        return nil
    }
}

/// A file's device and inode: the same file whatever the path (symlinks, hard links, `./`).
public struct FileIdentity: Hashable, Sendable {
    public let device: UInt64
    public let inode: UInt64

    init(_ s: stat) {
        device = UInt64(truncatingIfNeeded: s.st_dev)
        inode = UInt64(truncatingIfNeeded: s.st_ino)
    }

    /// The file `path` leads to (following symlinks), nil when there is none.
    public static func of(path: String) -> FileIdentity? {
        var s = stat()
        guard RawPath.withCString(path, { stat($0, &s) }) == 0 else { return nil }
        return FileIdentity(s)
    }

    public static func of(fd: Int32) -> FileIdentity? {
        var s = stat()
        guard fstat(fd, &s) == 0 else { return nil }
        return FileIdentity(s)
    }
}
