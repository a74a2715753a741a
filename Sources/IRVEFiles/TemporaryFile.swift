import CIRVESignals
import Foundation
import IRVEFindings

/// A file of irve's own in the temporary folder (a downloaded file, before it is checked): created
/// new in a private folder, removed by `remove()`, and on SIGINT/SIGTERM if the run is stopped.
public final class TemporaryFile: @unchecked Sendable {
    public let path: String
    /// Open for writing until `close()`.
    public private(set) var descriptor: Int32
    private let folder: String
    private var slot: Int32 = -1
    private var removed = false

    /// `name`: the file's name (kept for messages and for the extension); only its last component
    /// is used, so it cannot lead out of the private folder.
    public init(named name: String) throws(FileError) {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((base + "/irve-download-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { p -> Bool in
            guard let start = p.baseAddress else { return false }
            return mkdtemp(start) != nil
        }
        guard made else { throw .system(path: base, operation: .create, code: errno) }
        folder = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var safe = String(name.split(separator: "/").last ?? "")
        if safe.isEmpty || safe == "." || safe == ".." { safe = "telechargement" }
        path = folder + "/" + String(safe.prefix(200))
        // Registered before it exists: a signal right after open(2) must not leave it behind.
        slot = irve_cleanup_register(path)
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            remove()
            throw .system(path: path, operation: .create, code: code)
        }
    }

    public func close() {
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        descriptor = -1
    }

    /// Removes the file and its folder (idempotent).
    public func remove() {
        close()
        guard !removed else { return }
        removed = true
        unlink(path)
        rmdir(folder)
        if slot >= 0 { irve_cleanup_unregister(slot) }
    }

    deinit { remove() }
}
