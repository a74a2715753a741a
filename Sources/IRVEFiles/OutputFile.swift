import CIRVESignals
import Foundation
import IRVEFindings

/// Every file irve writes goes through here: never one of the inputs, never an existing file
/// without `force`, and atomic. The bytes go to `.NAME.irve-tmp-PID-N` in the destination's folder
/// (removed on SIGINT/SIGTERM; a leftover of a killed run is recognised by its name and removed),
/// and `commit` moves them into place: with link(2) when the file must not exist, so two runs
/// racing for one name cannot both succeed; with rename(2) under `force`, so readers see the old
/// file or the new one, never a mix.
public final class OutputFile {
    /// The path as the user gave it (for messages).
    public let path: String
    public let force: Bool
    let raw: [UInt8]
    let temporary: [UInt8]
    let folder: [UInt8]
    let name: [UInt8]
    /// The destination as (folder identity, name): two outputs with the same key are one file.
    let key: OutputKey
    private var fd: Int32
    private var slot: Int32
    private var buffer: [UInt8] = []
    /// The first write error: kept, so the hot path needs no `try`; `commit` reports it.
    public private(set) var failure: FileError?

    /// Checks the destination and creates the temporary file.
    /// - Parameter inputs: the files this command reads, which it must never replace.
    public init(path: String, force: Bool, inputs: [FileIdentity]) throws(FileError) {
        self.path = path
        self.force = force
        raw = RawPath.bytes(path)
        (folder, name) = Self.split(raw)
        guard !name.isEmpty, name != Array(".".utf8), name != Array("..".utf8) else {
            throw .outputIsDirectory(path: path)
        }
        var s = stat()
        if Self.call(raw, { stat($0, &s) }) == 0 {
            if s.st_mode & S_IFMT == S_IFDIR { throw .outputIsDirectory(path: path) }
            if inputs.contains(FileIdentity(s)) { throw .sameAsInput(path: path) }
        }
        if !force, Self.call(raw, { lstat($0, &s) }) == 0 { throw .exists(path: path) }
        key = try Self.checkFolder(folder, path: path, name: name)
        Self.removeLeftovers(folder: folder, name: name)
        temporary = folder + Array("/.".utf8) + name + Array(".irve-tmp-\(getpid())-\(Self.nextSerial())".utf8)
        // Registered before it exists: a signal right after open(2) must not leave it behind.
        slot = Self.call(temporary) { irve_cleanup_register($0) }
        fd = Self.call(temporary) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666) }
        guard fd >= 0 else {
            let code = errno
            irve_cleanup_unregister(slot)
            throw Self.createError(code, path: path, folder: folder)
        }
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if fd >= 0 || slot >= 0 { abandon() }
    }

    // MARK: Writing

    public func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil else { return }
        if buffer.count + bytes.count > 1 << 16 { flushBuffer() }
        if bytes.count > 1 << 16 {
            writeAll(bytes)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    public func write(_ text: String) {
        var t = text
        t.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    public func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    public func flushBuffer() {
        guard failure == nil, !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) {
        guard var p = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let n = Foundation.write(fd, p, left)
            if n < 0 {
                if errno == EINTR { continue }
                fail(.system(path: path, operation: .write, code: errno))
                return
            }
            left -= n
            p += n
        }
    }

    /// Empties the file to write it again from the start.
    public func restart() {
        guard failure == nil else { return }
        buffer.removeAll(keepingCapacity: true)
        if ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0 {
            fail(.system(path: path, operation: .write, code: errno))
        }
    }

    /// The temporary file's path, for a library that writes a file by name (libxlsxwriter): it
    /// rewrites the same file in place, and `commit` moves it as it moves the bytes written here.
    public func withTemporaryPath<R>(_ body: (UnsafePointer<CChar>) -> R) -> R { Self.call(temporary, body) }

    /// Whether `other` lands on the same file (two spellings of one path).
    public func sameDestination(as other: OutputFile) -> Bool { key == other.key }

    /// Remembers the error and drops the temporary file at once (a full disk gets its space back).
    private func fail(_ error: FileError) {
        if failure == nil { failure = error }
        closeAndRemove()
    }

    private func closeAndRemove() {
        if fd >= 0 {
            close(fd)
            fd = -1
        }
        _ = Self.call(temporary) { unlink($0) }
        if slot >= 0 {
            irve_cleanup_unregister(slot)
            slot = -1
        }
    }

    /// Removes the temporary file: nothing is written (an error happened).
    public func abandon() {
        closeAndRemove()
    }

    /// Flushes and syncs the temporary file, ready to be moved into place.
    func prepare() throws(FileError) {
        flushBuffer()
        if let failure { throw failure }
        if fsync(fd) != 0, errno != EINVAL, errno != EROFS {
            fail(.system(path: path, operation: .write, code: errno))
        }
        if close(fd) != 0, failure == nil { fail(.system(path: path, operation: .write, code: errno)) }
        fd = -1
        if let failure { throw failure }
    }

    // MARK: Helpers

    static func call<R>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> R) -> R {
        var b = bytes
        b.append(0)
        return b.withUnsafeBufferPointer { p in p.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }

    /// (folder, name); the folder is "." for a bare name.
    static func split(_ raw: [UInt8]) -> ([UInt8], [UInt8]) {
        guard let slash = raw.lastIndex(of: 0x2F) else { return (Array(".".utf8), raw) }
        let folder = slash == 0 ? Array("/".utf8) : Array(raw[..<slash])
        return (folder, Array(raw[(slash + 1)...]))
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    static func checkFolder(_ folder: [UInt8], path: String, name: [UInt8]) throws(FileError) -> OutputKey {
        var s = stat()
        if call(folder, { stat($0, &s) }) != 0 {
            let code = errno
            switch code {
            case ENOENT: throw .missingFolder(path: path, folder: text(folder))
            case ENOTDIR: throw .notAFolder(path: path, folder: text(folder))
            default: throw createError(code, path: path, folder: folder)
            }
        }
        guard s.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path: path, folder: text(folder)) }
        return OutputKey(folder: FileIdentity(s), name: name)
    }

    static func createError(_ code: Int32, path: String, folder: [UInt8]) -> FileError {
        switch code {
        case EACCES, EPERM: .folderNotWritable(path: path, folder: text(folder))
        case ENOENT: .missingFolder(path: path, folder: text(folder))
        case EISDIR: .outputIsDirectory(path: path)
        default: .system(path: path, operation: .create, code: code)
        }
    }

    private static let serial = Serial()
    static func nextSerial() -> Int { serial.next() }
}

/// Where an output lands, independent of how its path is spelt.
struct OutputKey: Hashable {
    let folder: FileIdentity
    let name: [UInt8]
}

/// A counter shared by threads (unit tests write from several at once).
final class Serial: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
