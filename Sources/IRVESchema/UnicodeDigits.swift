/// Python's `int()`, `Decimal()` and `strptime` accept every Unicode decimal digit (`٣`, `３`):
/// this maps them to ASCII so the byte-level readers can retry (rare, off the hot path).
enum UnicodeDigits {
    /// `limit`: only the first `limit` characters are mapped.
    static func asciiDigits(_ c: Cell, limit: Int = Int.max) -> [UInt8]? {
        let text = String(decoding: c, as: UTF8.self)
        var out: [UInt8] = []
        var changed = false
        for (k, scalar) in text.unicodeScalars.enumerated() {
            if k < limit, scalar.value >= 0x80, scalar.properties.numericType == .decimal,
                let v = scalar.properties.numericValue.flatMap({ UInt8(exactly: $0) }), v <= 9
            {
                out.append(0x30 + v)
                changed = true
            } else {
                out.append(contentsOf: String(scalar).utf8)
            }
        }
        return changed ? out : nil
    }
}
