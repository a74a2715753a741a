import CIRVESignals
import Foundation
import IRVEFindings

extension OutputFile {
    /// Puts every output in place, or none: the command's file and its change log go together.
    /// A failure undoes the ones already placed; a signal meanwhile waits until the end.
    private static func abandonAll(_ outputs: [OutputFile]) {
        for o in outputs { o.abandon() }
    }

    public static func commit(_ outputs: [OutputFile]) throws(FileError) {
        var seen = Set<OutputKey>()
        for o in outputs where !seen.insert(o.key).inserted {
            abandonAll(outputs)
            throw .sameOutputTwice(path: o.path)
        }
        do {
            for o in outputs { try o.prepare() }
        } catch {
            abandonAll(outputs)
            throw error
        }
        irve_commit_begin()
        defer { irve_commit_end() }
        var placed: [(OutputFile, Placed)] = []
        for o in outputs {
            do {
                placed.append((o, try o.place()))
            } catch {
                for (p, how) in placed.reversed() { p.undo(how) }
                abandonAll(outputs)
                throw error
            }
        }
        for (o, how) in placed {
            if case .replaced(let backup?) = how { _ = call(backup) { unlink($0) } }
            o.abandon()  // unregisters; the temporary name is already gone
            syncFolder(o.folder)
        }
    }

    /// Writes `bytes` to `path` in one go (a small file: a fiche, a log, a JSON request).
    public static func write(_ bytes: [UInt8], to path: String, force: Bool, inputs: [FileIdentity]) throws(FileError) {
        let out = try OutputFile(path: path, force: force, inputs: inputs)
        out.write(bytes)
        try commit([out])
    }

    /// How an output was put in place, to undo it.
    enum Placed {
        case fresh
        /// A file was replaced; its backup (a hard link) when one could be made.
        case replaced(backup: [UInt8]?)
    }

    /// Moves the temporary file to the destination.
    private func place() throws(FileError) -> Placed {
        if !force {
            if Self.call(temporary, { tmp in Self.call(raw) { link(tmp, $0) } }) == 0 {
                _ = Self.call(temporary) { unlink($0) }
                return .fresh
            }
            let code = errno
            if code == EEXIST { throw .exists(path: path) }
            // Some file systems have no hard links: check, then rename (a small race is left).
            guard code == EPERM || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS else {
                throw .system(path: path, operation: .rename, code: code)
            }
            var s = stat()
            if Self.call(raw, { lstat($0, &s) }) == 0 { throw .exists(path: path) }
        }
        var s = stat()
        let existed = Self.call(raw, { lstat($0, &s) }) == 0
        var backup: [UInt8]? = temporary + Array("b".utf8)
        if let b = backup, !existed || Self.call(raw, { dest in Self.call(b) { link(dest, $0) } }) != 0 { backup = nil }
        if Self.call(temporary, { tmp in Self.call(raw) { rename(tmp, $0) } }) != 0 {
            let code = errno
            if let backup { _ = Self.call(backup) { unlink($0) } }
            throw .system(path: path, operation: .rename, code: code)
        }
        return existed ? .replaced(backup: backup) : .fresh
    }

    /// Takes a placed output back: the old file returns, or a new one disappears.
    private func undo(_ how: Placed) {
        switch how {
        case .fresh: _ = Self.call(raw) { unlink($0) }
        case .replaced(let backup?): _ = Self.call(backup) { b in Self.call(raw) { rename(b, $0) } }
        case .replaced(nil): break  // no hard links here: the old file cannot come back
        }
    }

    /// The new name survives a power cut once its folder is synced too.
    static func syncFolder(_ folder: [UInt8]) {
        let fd = call(folder) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }

    /// Removes `.NAME.irve-tmp-PID…` files whose process is gone (a kill -9, a power cut):
    /// they are ours, and no longer anyone's.
    static func removeLeftovers(folder: [UInt8], name: [UInt8]) {
        let prefix = Array(".".utf8) + name + Array(".irve-tmp-".utf8)
        guard let dir = call(folder, { opendir($0) }) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let entryName: [UInt8] = withUnsafeBytes(of: entry.pointee.d_name) { b in
                Array(b.prefix { $0 != 0 })
            }
            guard entryName.count > prefix.count, entryName.starts(with: prefix) else { continue }
            let digits = entryName[prefix.count...].prefix { $0 >= 0x30 && $0 <= 0x39 }
            guard !digits.isEmpty, digits.count < 10, let pid = Int32(String(decoding: digits, as: UTF8.self)),
                pid != getpid(), kill(pid, 0) != 0, errno == ESRCH
            else { continue }
            _ = call(folder + Array("/".utf8) + entryName) { unlink($0) }
        }
    }
}
