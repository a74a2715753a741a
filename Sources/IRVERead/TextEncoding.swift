import Foundation
import IRVEFiles

/// The character encodings the reader understands. Everything is turned into UTF-8 bytes.
public enum TextEncoding: String, Sendable, Equatable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-sig"
    /// UTF-8 with invalid bytes, each replaced by U+FFFD (and reported).
    case utf8Lenient = "utf-8 (octets invalides remplacés)"
    case windows1252 = "windows-1252"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"

    public var label: String {
        switch self {
        case .utf8: "UTF-8"
        case .utf8BOM: "UTF-8 (BOM)"
        case .utf8Lenient: "UTF-8 (octets invalides / invalid bytes)"
        case .windows1252: "Windows-1252 / Latin-1"
        case .utf16LE: "UTF-16 LE"
        case .utf16BE: "UTF-16 BE"
        }
    }
}

/// Turns raw chunks into UTF-8, statefully (a character may straddle two chunks).
struct ChunkDecoder {
    struct NotUTF8: Error { let offset: Int }

    let encoding: TextEncoding
    private var carry: [UInt8] = []
    private var output: [UInt8] = []
    private var consumed = 0  // bytes of input seen, for error offsets
    private var atStart = true

    init(encoding: TextEncoding) { self.encoding = encoding }

    /// Decodes one chunk; `final` flushes what is left. Calls `body` with UTF-8 bytes.
    mutating func decode(
        _ input: UnsafeBufferPointer<UInt8>, final: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        var chunk = input
        var joined: [UInt8] = []
        if !carry.isEmpty {
            joined = carry + Array(input)
            carry.removeAll(keepingCapacity: true)
        }
        try joined.withUnsafeBufferPointer { j in
            if !joined.isEmpty { chunk = j }
            if atStart, !final, chunk.count < 4 {
                // Too short to tell whether a byte-order mark starts the file: wait for more.
                carry = Array(chunk)
                return
            }
            let start = skippedMark(chunk)
            let payload = UnsafeBufferPointer(rebasing: chunk[start...])
            switch encoding {
            case .utf8, .utf8BOM: try passUTF8(payload, after: start, final: final, body)
            case .utf8Lenient: try replaceInvalidUTF8(payload, final: final, body)
            case .windows1252: try convertWindows1252(payload, body)
            case .utf16LE, .utf16BE: try convertUTF16(payload, final: final, body)
            }
        }
    }

    /// The length of the byte-order mark at the start of the file (0 after the first chunk).
    private mutating func skippedMark(_ chunk: UnsafeBufferPointer<UInt8>) -> Int {
        guard atStart else { return 0 }
        atStart = false
        switch encoding {
        case .utf8BOM: return 3
        case .utf8Lenient where chunk.starts(with: [0xEF, 0xBB, 0xBF]): return 3
        case .utf16LE where chunk.starts(with: [0xFF, 0xFE]): return 2
        case .utf16BE where chunk.starts(with: [0xFE, 0xFF]): return 2
        default: return 0
        }
    }

    /// UTF-8 passes as it is, once checked; `start` bytes of mark were skipped before `payload`.
    private mutating func passUTF8(
        _ payload: UnsafeBufferPointer<UInt8>, after start: Int, final: Bool,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let valid = UTF8Validator.validPrefix(payload)
        if valid < payload.count {
            let rest = payload.count - valid
            // An incomplete sequence at the end of a non-final chunk waits for the next one.
            if !final, rest < 4, UTF8Validator.isIncompleteTail(UnsafeBufferPointer(rebasing: payload[valid...])) {
                carry = Array(payload[valid...])
                try body(UnsafeBufferPointer(rebasing: payload[..<valid]))
                consumed += valid + start
                return
            }
            throw NotUTF8(offset: consumed + start + valid)
        }
        try body(payload)
        consumed += payload.count + start
    }

    /// UTF-8 with each invalid byte replaced by U+FFFD.
    private mutating func replaceInvalidUTF8(
        _ payload: UnsafeBufferPointer<UInt8>, final: Bool, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        output.removeAll(keepingCapacity: true)
        var k = 0
        while k < payload.count {
            let valid = UTF8Validator.validPrefix(UnsafeBufferPointer(rebasing: payload[k...]))
            output.append(contentsOf: payload[k..<(k + valid)])
            k += valid
            guard k < payload.count else { break }
            let tail = UnsafeBufferPointer(rebasing: payload[k...])
            if !final, tail.count < 4, UTF8Validator.isIncompleteTail(tail) {
                carry = Array(tail)
                break
            }
            Self.appendScalar(0xFFFD, to: &output)
            k += 1
        }
        try output.withUnsafeBufferPointer(body)
    }

    /// One byte, one character: nothing straddles two chunks.
    private mutating func convertWindows1252(
        _ payload: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        output.removeAll(keepingCapacity: true)
        output.reserveCapacity(payload.count + payload.count / 8)
        for b in payload {
            if b < 0x80 { output.append(b) } else { Self.appendScalar(Windows1252.scalar(b), to: &output) }
        }
        try output.withUnsafeBufferPointer(body)
    }

    /// Code units of two bytes, surrogate pairs joined, lone surrogates replaced by U+FFFD.
    private mutating func convertUTF16(
        _ payload: UnsafeBufferPointer<UInt8>, final: Bool, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        output.removeAll(keepingCapacity: true)
        var k = 0
        let n = payload.count
        let littleEndian = encoding == .utf16LE
        func unit(_ p: Int) -> UInt32 {
            littleEndian
                ? UInt32(payload[p]) | UInt32(payload[p + 1]) << 8
                : UInt32(payload[p]) << 8 | UInt32(payload[p + 1])
        }
        while k + 1 < n {
            let u = unit(k)
            if (0xD800..<0xDC00).contains(u) {
                guard k + 3 < n else { break }
                let low = unit(k + 2)
                if (0xDC00..<0xE000).contains(low) {
                    Self.appendScalar(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), to: &output)
                    k += 4
                    continue
                }
                Self.appendScalar(0xFFFD, to: &output)
            } else if (0xDC00..<0xE000).contains(u) {
                Self.appendScalar(0xFFFD, to: &output)
            } else {
                Self.appendScalar(u, to: &output)
            }
            k += 2
        }
        if k < n {
            if final { Self.appendScalar(0xFFFD, to: &output) } else { carry = Array(payload[k...]) }
        }
        try output.withUnsafeBufferPointer(body)
    }

    static func appendScalar(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80: out.append(UInt8(v))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (v >> 6)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (v >> 12)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (v >> 18)))
            out.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (v & 0x3F)))
        }
    }
}

/// Windows-1252, with the five unassigned bytes mapped to the C1 controls as Latin-1 does.
enum Windows1252 {
    static let high: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    @inline(__always)
    static func scalar(_ b: UInt8) -> UInt32 { (0x80..<0xA0).contains(b) ? high[Int(b - 0x80)] : UInt32(b) }
}

/// Strict UTF-8 validation (no overlongs, no surrogates, nothing above U+10FFFF), as Python decodes.
enum UTF8Validator {
    /// Length of the longest valid prefix.
    static func validPrefix(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = p.baseAddress else { return 0 }
        let n = p.count
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawPointer(base)
        var i = 0
        while true {
            // ASCII, sixteen then eight bytes at a time, straight to the first byte above 0x7F.
            while i + 16 <= n {
                let w0 = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let w1 = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                if (w0 | w1) & highs != 0 { break }
                i += 16
            }
            if i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & highs
                if w == 0 {
                    i += 8
                    continue
                }
                i += w.trailingZeroBitCount >> 3
            } else {
                while i < n, base[i] < 0x80 { i += 1 }
                if i == n { return n }
            }
            let b = base[i]
            if b >= 0xC2, b <= 0xDF {
                // Two bytes (the accents of French text): the second must be a continuation byte.
                guard i + 1 < n, base[i + 1] & 0xC0 == 0x80 else { return i }
                i += 2
                continue
            }
            let need: Int
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b {
            case 0xE0:
                need = 2
                lo = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: need = 2
            case 0xED:
                need = 2
                hi = 0x9F
            case 0xF0:
                need = 3
                lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4:
                need = 3
                hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            let b1 = base[i + 1]
            guard b1 >= lo, b1 <= hi else { return i }
            for k in 2..<(need + 1) where base[i + k] & 0xC0 != 0x80 { return i }
            i += need + 1
        }
    }

    /// Counts valid multi-byte characters and invalid bytes in a whole file: a file that is
    /// mostly UTF-8 keeps UTF-8 (its few bad bytes become U+FFFD), otherwise it is Windows-1252.
    static func census(_ input: InputFile) -> (validMultibyte: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        var carry: [UInt8] = []
        let chunk = 1 << 20
        let data = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { data.deallocate() }
        var offset = 0
        while let n = try? input.read(at: offset, into: data, count: chunk), n > 0 {
            offset += n
            let bytes = carry + [UInt8](UnsafeRawBufferPointer(start: data, count: n))
            carry = []
            bytes.withUnsafeBufferPointer { p in
                var k = 0
                while k < p.count {
                    if p[k] < 0x80 {
                        k += 1
                        continue
                    }
                    let rest = UnsafeBufferPointer(rebasing: p[k...])
                    let n = validPrefix(UnsafeBufferPointer(rebasing: rest.prefix(4)))
                    if n > 0 {
                        valid += 1
                        k += n
                        continue
                    }
                    if rest.count < 4, isIncompleteTail(rest) {
                        carry = Array(rest)
                        break
                    }
                    invalid += 1
                    k += 1
                }
            }
        }
        return (valid, invalid + carry.count)
    }

    /// Whether the bytes are the valid beginning of a multi-byte character cut by the chunk end.
    static func isIncompleteTail(_ t: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = t.first else { return false }
        let need: Int
        switch first {
        case 0xC2...0xDF: need = 2
        case 0xE0...0xEF: need = 3
        case 0xF0...0xF4: need = 4
        default: return false
        }
        return t.count < need && t.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }
}
