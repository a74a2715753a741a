import Foundation
import IRVEFindings
import ZIPFoundation

/// Read access to the parts of the .xlsx ZIP container, with the zip-bomb guard.
///
/// Parts are streamed from the archive through `XMLScanner`, never held whole in memory nor
/// staged on disk, so a worksheet of hundreds of megabytes costs a bounded footprint.
final class ZipPackage {
    let limits: XLSXLimits
    private let archive: Archive
    /// Entries by normalised path: some writers use backslashes, a leading slash or other letter case.
    private let entries: [String: Entry]
    /// Size of the .xlsx file: no part can hold more compressed bytes.
    private let archiveByteCount: UInt64
    private let reader: FileHandle?
    private let offsets: PartOffsets?

    init(url: URL, limits: XLSXLimits) throws(XLSXError) {
        try Self.checkSignatures(of: url)
        do {
            archive = try Archive(url: url, accessMode: .read, pathEncoding: nil)
        } catch {
            throw .notAZip
        }
        var entries = [String: Entry]()
        for entry in archive where entry.type == .file {
            let key = Self.key(entry.path)
            if entries[key] == nil { entries[key] = entry }  // the first of duplicates, as Archive's subscript
        }
        self.entries = entries
        self.limits = limits
        // The size of the opened file itself: the path may be a /proc/self/fd link (inputs are opened once),
        // whose own attributes would give the link's size.
        let handle = FileHandle(forReadingAtPath: url.path)
        let byteCount = (try? handle?.seekToEnd()).flatMap { $0 } ?? .max
        archiveByteCount = byteCount
        reader = handle
        offsets = handle.map { PartOffsets(file: $0, byteCount: byteCount) }
    }

    func contains(_ path: String) -> Bool {
        entries[Self.key(path)] != nil
    }

    /// Bytes inflated so far from this package (all parts together, against `maxWorkbookBytes`).
    private var inflated = 0

    /// Streams the part `path` through `handler`, inflating it chunk by chunk: no temporary file.
    /// The size is counted while inflating (the sizes written in the zip headers can lie). Throws
    /// `XLSXError`, or the handler's own error (a row callback's) as is.
    func parse(_ path: String, with handler: PartHandler) throws {
        guard let entry = entries[Self.key(path)] else { throw XLSXError.missingPart(path) }
        let limit = limits.maxPartBytes
        if entry.uncompressedSize > UInt64(limit) { throw XLSXError.partTooLarge(part: path, limit: limit) }
        // ZIPFoundation reads as many compressed bytes as announced, past the end of the file
        // (found by the xlsx fuzz target: a ZIP64 size of 2^63 read empty chunks for ever).
        if entry.compressedSize > archiveByteCount {
            throw XLSXError.corruptPart(part: path, cause: .truncatedArchive)
        }
        struct Stop: Error {}
        var stop: Error?
        var written = 0
        var scanner = XMLScanner()
        func feed(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool) throws {
            do { try scanner.feed(bytes, final: final, to: handler) } catch let e as XMLScanError {
                stop = handler.xlsxError(e, part: path)
                throw Stop()
            } catch {
                stop = error
                throw Stop()
            }
        }
        do {
            let consume: (Data) throws -> Void = { chunk in
                written += chunk.count
                self.inflated += chunk.count
                if written > limit {
                    stop = XLSXError.partTooLarge(part: path, limit: limit)
                    throw Stop()
                }
                if self.inflated > self.limits.maxWorkbookBytes {
                    stop = XLSXError.workbookTooLarge(limit: self.limits.maxWorkbookBytes)
                    throw Stop()
                }
                try chunk.withUnsafeBytes { raw in try feed(raw.bindMemory(to: UInt8.self), final: false) }
            }
            let checksum: CRC32
            if entry.isCompressed {
                // Without its own bounds (ZIP64, a directory this reader cannot follow) ZIPFoundation
                // could read for ever (third hang found by the xlsx fuzz target): refused as damaged.
                guard let reader, let span = offsets?.spans[Self.key(path)] else { throw PartOffsets.Truncated() }
                // Inflated from its own bytes only: a broken stream ends as a truncated part, not a hang.
                checksum = try Data.decompress(
                    size: Int64(span.compressedSize), bufferSize: 1 << 16,
                    skipCRC32: false, provider: PartOffsets.provider(reader, span),
                    consumer: consume)
            } else {
                checksum = try archive.extract(entry, bufferSize: 1 << 16, skipCRC32: false, consumer: consume)
            }
            // The consumer variant of extract computes the CRC but does not compare it.
            if checksum != entry.checksum {
                throw XLSXError.corruptPart(part: path, cause: .checksum)
            }
            try feed(UnsafeBufferPointer(start: nil, count: 0), final: true)
        } catch {
            if let stop { throw stop }
            if error is PartOffsets.Truncated {
                throw XLSXError.corruptPart(part: path, cause: .truncatedData)
            }
            if let error = error as? XLSXError { throw error }
            throw XLSXError.corruptPart(part: path, cause: .other("\(error)"))
        }
    }

    static func key(_ path: String) -> String {
        var normalised = path.replacingOccurrences(of: "\\", with: "/")
        while normalised.hasPrefix("/") { normalised.removeFirst() }
        return normalised.lowercased()
    }

    /// Cheap checks before ZIPFoundation: it scans the whole file backwards for the end-of-central-directory
    /// record, which is slow on a big CSV renamed .xlsx; and an OLE2 header deserves its own message.
    private static func checkSignatures(of url: URL) throws(XLSXError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: url.path)
        else {
            throw .unreadableFile(url.path)
        }
        defer { try? handle.close() }
        let head: Data
        let tail: Data
        do {
            head = try handle.read(upToCount: 8) ?? Data()
            let size = try handle.seekToEnd()
            // The record (22 bytes) sits at most a 65,535-byte comment away from the end.
            let tailLength = min(size, 22 + 65_535)
            try handle.seek(toOffset: size - tailLength)
            tail = try handle.read(upToCount: Int(tailLength)) ?? Data()
        } catch {
            throw .unreadableFile(url.path)
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw .legacyOrEncryptedWorkbook
        }
        guard head.starts(with: [0x50, 0x4B]),  // "PK"
            tail.range(of: Data([0x50, 0x4B, 0x05, 0x06])) != nil
        else {
            throw .notAZip
        }
    }
}
