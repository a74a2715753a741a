/// Text damaged by a wrong encoding on the way (UTF-8 read as Latin-1 or MacRoman, replacement
/// characters): `Ã©` for `é`, `accŽlŽrŽe`, `accessibilit√©`, `�`.
public enum Mojibake {
    @inline(__always)
    public static func contains(_ c: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = c.count
        var i = 0
        guard let base = c.baseAddress else { return false }
        while i < n {
            // Skip plain ASCII eight bytes at a time.
            while i + 8 <= n, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let b = c[i]
            if b < 0xC3 {
                i += 1
                continue
            }
            // Ã (C3 83) or Â (C3 82) followed by another non-ASCII character: UTF-8 decoded twice.
            if b == 0xC3, i + 2 < n, c[i + 1] == 0x83 || c[i + 1] == 0x82, c[i + 2] >= 0xC2 { return true }
            // â€ (C3 A2 E2 82 AC…): a smart quote or dash decoded twice.
            if b == 0xC3, i + 3 < n, c[i + 1] == 0xA2, c[i + 2] == 0xE2, c[i + 3] == 0x82 { return true }
            // U+FFFD replacement character.
            if b == 0xEF, i + 2 < n, c[i + 1] == 0xBF, c[i + 2] == 0xBD { return true }
            // √ (E2 88 9A) followed by a non-ASCII character: UTF-8 read as MacRoman.
            if b == 0xE2, i + 3 < n, c[i + 1] == 0x88, c[i + 2] == 0x9A, c[i + 3] >= 0xC2 { return true }
            // Ž (C5 BD) right after a lower-case letter: MacRoman é read as Windows-1252.
            if b == 0xC5, i + 1 < n, c[i + 1] == 0xBD, i > 0, c[i - 1] >= 0x61, c[i - 1] <= 0x7A { return true }
            i += 1
        }
        return false
    }

    public static func contains(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { contains($0) }
    }
}
