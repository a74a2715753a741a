/// A cell as the engine sees it: a view on UTF-8 bytes owned by the reader's row buffer.
public typealias Cell = UnsafeBufferPointer<UInt8>

@usableFromInline
enum ASCII {
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
    @inline(__always) static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: Int(b - 0x30)
        case 0x41...0x46: Int(b - 0x41 + 10)
        case 0x61...0x66: Int(b - 0x61 + 10)
        default: nil
        }
    }
}

/// Python's `str.strip()` whitespace, on UTF-8 bytes (ASCII and the Unicode `White_Space` set).
enum PyWhitespace {
    /// Length in bytes of a whitespace character starting at `i`, or 0.
    @inline(__always)
    static func width(at i: Int, in c: Cell) -> Int {
        let b = c[i]
        if b < 0x80 {
            // \t \n \v \f \r, \x1c-\x1f and space are whitespace for str.isspace().
            return (b == 0x20 || (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x1F)) ? 1 : 0
        }
        if b == 0xC2, i + 1 < c.count, c[i + 1] == 0x85 || c[i + 1] == 0xA0 { return 2 }
        if b == 0xE1, i + 2 < c.count, c[i + 1] == 0x9A, c[i + 2] == 0x80 { return 3 }  // U+1680
        if b == 0xE2, i + 2 < c.count {
            let b1 = c[i + 1]
            let b2 = c[i + 2]
            if b1 == 0x80, (b2 >= 0x80 && b2 <= 0x8A) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return 3 }
            if b1 == 0x81, b2 == 0x9F { return 3 }  // U+205F
        }
        if b == 0xE3, i + 2 < c.count, c[i + 1] == 0x80, c[i + 2] == 0x80 { return 3 }  // U+3000
        return 0
    }

    /// Whether the character ending just before `end` is whitespace; returns its width.
    @inline(__always)
    static func widthBefore(_ end: Int, in c: Cell, from start: Int) -> Int {
        let b = c[end - 1]
        if b < 0x80 { return width(at: end - 1, in: c) }
        // Walk back to the lead byte of the last character.
        var s = end - 1
        while s > start, c[s] & 0xC0 == 0x80 { s -= 1 }
        let w = width(at: s, in: c)
        return w == end - s ? w : 0
    }

    /// The bounds of `c` without leading and trailing whitespace.
    @inline(__always)
    static func strip(_ c: Cell) -> Range<Int> {
        var lo = 0
        var hi = c.count
        while lo < hi {
            let w = width(at: lo, in: c)
            if w == 0 { break }
            lo += w
        }
        while hi > lo {
            let w = widthBefore(hi, in: c, from: lo)
            if w == 0 { break }
            hi -= w
        }
        return lo..<hi
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// Number of Unicode code points (what Python's `len` counts); the bytes are valid UTF-8.
    @inline(__always)
    var codePointCount: Int {
        var n = 0
        for b in self where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    @inline(__always)
    func equals(_ other: [UInt8]) -> Bool {
        guard count == other.count else { return false }
        return other.withUnsafeBufferPointer { o in
            guard let a = baseAddress, let b = o.baseAddress else { return true }
            return memcmp(a, b, count) == 0
        }
    }

    var string: String { String(decoding: self, as: UTF8.self) }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
