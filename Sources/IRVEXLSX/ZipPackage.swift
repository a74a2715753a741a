import Foundation
import ZIPFoundation

/// Read access to the parts of the .xlsx ZIP container, with the zip-bomb guard.
///
/// Parts are inflated to a temporary file rather than into memory so that a worksheet of
/// hundreds of megabytes can be streamed through XMLParser with a bounded footprint.
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
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber
        archiveByteCount = size?.uint64Value ?? .max
        let handle = FileHandle(forReadingAtPath: url.path), byteCount = archiveByteCount
        reader = handle
        offsets = handle.map { PartOffsets(file: $0, byteCount: byteCount) }
    }

    func contains(_ path: String) -> Bool {
        entries[Self.key(path)] != nil
    }

    /// Inflates `path` into a new temporary file that the caller deletes.
    /// The size is counted while inflating: the sizes written in the zip headers can lie.
    func extractToTemporaryFile(_ path: String) throws(XLSXError) -> URL {
        guard let entry = entries[Self.key(path)] else { throw .missingPart(path) }
        let limit = limits.maxPartBytes
        if entry.uncompressedSize > UInt64(limit) { throw .partTooLarge(part: path, limit: limit) }
        // ZIPFoundation reads as many compressed bytes as announced, past the end of the file
        // (found by the xlsx fuzz target: a ZIP64 size of 2^63 read empty chunks for ever).
        if entry.compressedSize > archiveByteCount {
            throw .corruptPart(part: path,
                               detail: "archive tronquée : la partie annonce plus d'octets que le fichier n'en a")
        }

        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("irve-xlsx-\(UUID().uuidString).xml")
        guard FileManager.default.createFile(atPath: file.path, contents: nil),
              let output = FileHandle(forWritingAtPath: file.path) else {
            throw .temporaryFileUnavailable(file.path)
        }
        struct LimitExceeded: Error {}
        struct WriteFailed: Error { let underlying: Error }
        var written = 0
        do {
            defer { try? output.close() }
            let consume: (Data) throws -> Void = { chunk in
                written += chunk.count
                if written > limit { throw LimitExceeded() }
                do { try output.write(contentsOf: chunk) } catch { throw WriteFailed(underlying: error) }
            }
            let checksum: CRC32
            if entry.isCompressed {
                // Without its own bounds (ZIP64, a directory this reader cannot follow) ZIPFoundation
                // could read for ever (third hang found by the xlsx fuzz target): refused as damaged.
                guard let reader, let span = offsets?.spans[Self.key(path)] else { throw PartOffsets.Truncated() }
                // Inflated from its own bytes only: a broken stream ends as a truncated part, not a hang.
                checksum = try Data.decompress(size: Int64(span.compressedSize), bufferSize: defaultReadChunkSize,
                                               skipCRC32: false, provider: PartOffsets.provider(reader, span),
                                               consumer: consume)
            } else {
                checksum = try archive.extract(entry, skipCRC32: false, consumer: consume)
            }
            // The consumer variant of extract computes the CRC but does not compare it.
            if checksum != entry.checksum {
                throw XLSXError.corruptPart(part: path, detail: "somme de contrôle CRC32 incorrecte")
            }
            return file
        } catch {
            try? FileManager.default.removeItem(at: file)
            switch error {
            case is LimitExceeded: throw .partTooLarge(part: path, limit: limit)
            case is PartOffsets.Truncated: throw .corruptPart(part: path, detail: "données compressées tronquées")
            case let failure as WriteFailed: throw .temporaryFileUnavailable("\(failure.underlying)")
            case let error as XLSXError: throw error
            default: throw .corruptPart(part: path, detail: "\(error)")
            }
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
              let handle = FileHandle(forReadingAtPath: url.path) else {
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
              tail.range(of: Data([0x50, 0x4B, 0x05, 0x06])) != nil else {
            throw .notAZip
        }
    }
}
