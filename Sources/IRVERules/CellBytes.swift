import Foundation

/// Byte-level readings of cells for the per-row rules: the common, valid case must cost almost
/// nothing (no `String`), the slow paths run only on suspicious cells.
enum CellBytes {
    typealias Cell = UnsafeBufferPointer<UInt8>

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    static func equals(_ c: Cell, _ s: StaticString) -> Bool {
        guard c.count == s.utf8CodeUnitCount else { return false }
        let p = s.utf8Start
        for k in 0..<c.count where c[k] != p[k] { return false }
        return true
    }

    /// Table Schema default booleans.
    static func boolean(_ c: Cell) -> Bool? {
        switch c.count {
        case 1: return c[0] == 0x31 ? true : (c[0] == 0x30 ? false : nil)
        case 4: return equals(c, "true") || equals(c, "True") || equals(c, "TRUE") ? true : nil
        case 5: return equals(c, "false") || equals(c, "False") || equals(c, "FALSE") ? false : nil
        default: return nil
        }
    }

    /// A plain decimal number (`22`, `7.4`, ` 22 `); other forms go through `Double(String)`.
    static func number(_ c: Cell) -> Double? {
        var i = 0
        var end = c.count
        while i < end, c[i] == 0x20 { i += 1 }
        while end > i, c[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        var value = 0.0
        var scale = 0.0
        var digits = 0
        var negative = false
        if c[i] == 0x2D || c[i] == 0x2B {
            negative = c[i] == 0x2D
            i += 1
        }
        while i < end {
            let b = c[i]
            if isDigit(b) {
                value = value * 10 + Double(b - 0x30)
                if scale > 0 { scale *= 10 }
                digits += 1
            } else if b == 0x2E, scale == 0 {
                scale = 1
            } else {
                return Double(String(decoding: c, as: UTF8.self).trimmingCharacters(in: .whitespaces))
            }
            i += 1
        }
        guard digits > 0, digits < 16 else {
            return Double(String(decoding: c, as: UTF8.self).trimmingCharacters(in: .whitespaces))
        }
        let v = scale > 0 ? value / scale : value
        return negative ? -v : v
    }

    /// `yyyy-mm-dd` as a comparable number yyyymmdd.
    static func isoDate(_ c: Cell) -> Int? {
        guard c.count == 10, c[4] == 0x2D, c[7] == 0x2D else { return nil }
        var v = 0
        for k in [0, 1, 2, 3, 5, 6, 8, 9] {
            guard isDigit(c[k]) else { return nil }
            v = v * 10 + Int(c[k] - 0x30)
        }
        let m = (v / 100) % 100
        let d = v % 100
        return (1...12).contains(m) && (1...31).contains(d) ? v : nil
    }

    /// An AFIREV-shaped id: 2 letters, 3 upper-case letters or digits, then upper-case letters and digits.
    /// Returns the operator code bytes (as a number) and the kind letter.
    static func afirev(_ c: Cell) -> (operatorCode: UInt32, kind: UInt8)? {
        guard c.count >= 7 else { return nil }
        func upper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        guard upper(c[0]), upper(c[1]), let p = c.baseAddress, capitalsAndDigits(p + 2, c.count &- 2) else {
            return nil
        }
        return (UInt32(c[2]) << 16 | UInt32(c[3]) << 8 | UInt32(c[4]), c[5])
    }

    /// Whether the `n` bytes at `p` are all ASCII capitals or digits, eight at a time (two ids per
    /// row are read so).
    static func capitalsAndDigits(_ p: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let raw = UnsafeRawPointer(p)
        var i = 0
        while i &+ 8 <= n {
            guard capitalsAndDigits(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) else { return false }
            i &+= 8
        }
        while i < n {
            let b = p[i]
            guard (b >= 0x41 && b <= 0x5A) || isDigit(b) else { return false }
            i &+= 1
        }
        return true
    }

    /// The same test on the eight bytes of a word. For an ASCII byte, adding 0x80 − x sets its high
    /// bit exactly when the byte is at least x, with no carry into the next byte (0x7F + 0x50 < 0x100).
    @inline(__always)
    static func capitalsAndDigits(_ w: UInt64) -> Bool {
        let highs: UInt64 = 0x8080_8080_8080_8080
        guard w & highs == 0 else { return false }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeast0 = w &+ ones &* (0x80 - 0x30)
        let above9 = w &+ ones &* (0x80 - 0x3A)
        let atLeastA = w &+ ones &* (0x80 - 0x41)
        let aboveZ = w &+ ones &* (0x80 - 0x5B)
        return (atLeast0 & ~above9 | atLeastA & ~aboveZ) & highs == highs
    }

    /// Luhn check over ASCII digits (SIREN).
    static func luhnOK(_ c: Cell) -> Bool {
        var sum = 0
        for (i, b) in c.reversed().enumerated() {
            guard isDigit(b) else { return false }
            let d = Int(b &- 0x30)
            let v = i % 2 == 1 ? d * 2 : d
            sum += v > 9 ? v - 9 : v
        }
        return sum % 10 == 0
    }

    /// Only upper-case ASCII letters and digits (no `*`, spaces, lower case).
    static func isCleanId(_ c: Cell) -> Bool {
        for b in c where !((b >= 0x41 && b <= 0x5A) || isDigit(b)) { return false }
        return true
    }

    static func contains(_ c: Cell, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        let p = s.utf8Start
        guard c.count >= n else { return false }
        outer: for i in 0...(c.count - n) {
            for k in 0..<n where c[i + k] | 0x20 != p[k] | 0x20 { continue outer }
            return true
        }
        return false
    }

    /// A short ASCII word (≤ 8 letters) lower-cased and packed in a number; nil otherwise.
    static func wordKey<C: Collection<UInt8>>(_ word: C) -> UInt64? {
        guard word.count > 0, word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for b in word {
            guard (b | 0x20) >= 0x61, (b | 0x20) <= 0x7A else { return nil }
            key = key << 8 | UInt64(b | 0x20)
        }
        return key
    }

    /// Whether one of the ASCII words of the cell is in `keys` (see `wordKey`), without allocating.
    static func hasWord(_ c: Cell, in keys: Set<UInt64>) -> Bool {
        var i = 0
        while i < c.count {
            while i < c.count, !((c[i] | 0x20) >= 0x61 && (c[i] | 0x20) <= 0x7A) { i += 1 }
            let start = i
            while i < c.count, (c[i] | 0x20) >= 0x61, (c[i] | 0x20) <= 0x7A { i += 1 }
            // A word glued to a non-ASCII letter (fériés) is left to the String path.
            if i > start, i - start <= 8, !(i < c.count && c[i] >= 0x80), let key = wordKey(c[start..<i]),
                keys.contains(key)
            {
                return true
            }
        }
        return false
    }

    /// Lower-cased words (runs of letters) of a cell, for spotting French day names.
    static func words(_ c: Cell) -> [String] {
        String(decoding: c, as: UTF8.self).lowercased().split { !$0.isLetter }.map(String.init)
    }
}
