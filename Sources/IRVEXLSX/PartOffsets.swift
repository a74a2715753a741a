import Foundation

/// Where each part's compressed data lies in the .xlsx file, read from the ZIP central directory.
///
/// ZIPFoundation inflates until the deflate stream ends, reading past the part (and, at the end
/// of the file, empty chunks for ever) when the stream is broken: the `xlsx` fuzz target found a
/// workbook that hung `irve check`. With these bounds the part is inflated by a provider that
/// refuses to read beyond its compressed size.
struct PartOffsets {
    struct Span {
        let dataOffset: UInt64
        let compressedSize: UInt64
    }
    struct Truncated: Error {}

    /// By normalised path (`ZipPackage.key`); ZIP64 entries are left out (ZIPFoundation reads them).
    private(set) var spans: [String: Span] = [:]

    init(file: FileHandle, byteCount: UInt64) {
        guard byteCount >= 22, let tail = Self.read(file, at: byteCount - min(byteCount, 65_557), count: 65_557),
            tail.count >= 22, let eocd = Self.lastSignature(0x0605_4B50, in: tail)
        else { return }
        let entries = Int(Self.u16(tail, eocd + 10))
        let directoryOffset = UInt64(Self.u32(tail, eocd + 16))
        // The announced directory size can lie (a fuzzed one said 256 MiB): read what the file has.
        guard directoryOffset < byteCount else { return }
        let directorySize = Int(min(UInt64(Self.u32(tail, eocd + 12)), byteCount - directoryOffset, 64 << 20))
        guard let dir = Self.read(file, at: directoryOffset, count: directorySize) else { return }
        var p = 0
        for _ in 0..<entries {
            guard p + 46 <= dir.count, Self.u32(dir, p) == 0x0201_4B50 else { break }
            let compressed = Self.u32(dir, p + 20)
            let local = Self.u32(dir, p + 42)
            let nameLength = Int(Self.u16(dir, p + 28))
            let next = p + 46 + nameLength + Int(Self.u16(dir, p + 30)) + Int(Self.u16(dir, p + 32))
            guard p + 46 + nameLength <= dir.count else { break }
            let name = String(decoding: dir[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
            p = next
            guard compressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF,
                let header = Self.read(file, at: UInt64(local), count: 30), header.count == 30,
                Self.u32(header, 0) == 0x0403_4B50
            else { continue }
            let start = UInt64(local) + 30 + UInt64(Self.u16(header, 26)) + UInt64(Self.u16(header, 28))
            let key = ZipPackage.key(name)
            if spans[key] == nil { spans[key] = Span(dataOffset: start, compressedSize: UInt64(compressed)) }
        }
    }

    /// A ZIPFoundation provider that reads the span's bytes and throws past them. The chunk is
    /// always `size` bytes, zero-padded: ZIPFoundation's inflate loop tells zlib that every chunk
    /// holds `size` bytes, and would read past a shorter buffer.
    static func provider(_ file: FileHandle, _ span: Span) -> (Int64, Int) throws -> Data {
        { position, size in
            let position = UInt64(max(0, position))
            let size = max(0, size)
            guard position < span.compressedSize else { throw Truncated() }
            let count = Int(min(UInt64(size), span.compressedSize - position))
            guard var data = readData(file, at: span.dataOffset + position, count: count), !data.isEmpty else {
                throw Truncated()
            }
            if data.count < size { data.append(Data(count: size - data.count)) }
            return data
        }
    }

    private static func read(_ file: FileHandle, at offset: UInt64, count: Int) -> [UInt8]? {
        guard (try? file.seek(toOffset: offset)) != nil, let data = try? file.read(upToCount: count) else { return nil }
        return [UInt8](data)
    }

    private static func readData(_ file: FileHandle, at offset: UInt64, count: Int) -> Data? {
        guard (try? file.seek(toOffset: offset)) != nil else { return nil }
        return (try? file.read(upToCount: count)) ?? Data()
    }

    private static func lastSignature(_ signature: UInt32, in b: [UInt8]) -> Int? {
        var p = b.count - 22
        while p >= 0 {
            if u32(b, p) == signature { return p }
            p -= 1
        }
        return nil
    }

    private static func u16(_ b: [UInt8], _ p: Int) -> UInt16 { UInt16(b[p]) | UInt16(b[p + 1]) << 8 }
    private static func u32(_ b: [UInt8], _ p: Int) -> UInt32 {
        UInt32(b[p]) | UInt32(b[p + 1]) << 8 | UInt32(b[p + 2]) << 16 | UInt32(b[p + 3]) << 24
    }
}
