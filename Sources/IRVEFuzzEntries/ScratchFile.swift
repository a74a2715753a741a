import Foundation

/// One reusable file per process and purpose, for the entry points whose API reads a path
/// (the table reader, the workbook reader, the repair stage). On tmpfs when there is one.
enum ScratchFile {
    static let directory: String = {
        let shm = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let base = ProcessInfo.processInfo.environment["IRVE_FUZZ_SCRATCH"] ?? shm
        let dir = (base as NSString).appendingPathComponent("irve-fuzz-\(getpid())")
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()

    static func remove() { try? FileManager.default.removeItem(atPath: directory) }

    static func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }

    /// Writes the bytes to `name` (replacing it) and returns its path; nil if the disk refuses.
    static func write(_ bytes: UnsafeRawBufferPointer, to name: String) -> String? {
        let p = path(name)
        let fd = open(p, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let base = bytes.baseAddress else { return p }  // empty input: the empty file
        var done = 0
        while done < bytes.count {
            let n = Foundation.write(fd, base + done, bytes.count - done)
            if n <= 0 { return nil }
            done += n
        }
        return p
    }
}
