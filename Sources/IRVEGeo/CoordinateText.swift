/// Two numbers read from coordinate text, in the order written, with their decimal counts.
/// Reads what producers write: `[lon, lat]`, `[lon,lat]`, `lon, lat`, `"[lon, lat]"`, and single
/// numbers with a decimal comma for separate longitude/latitude columns. Bytes only: it runs on
/// every row.
public struct CoordinatePair: Sendable, Equatable {
    public var first: Double
    public var second: Double
    public var firstDecimals: Int
    public var secondDecimals: Int

    /// `[x, y]` parsed; nil when the text is not two numbers.
    public static func parse(_ c: UnsafeBufferPointer<UInt8>) -> CoordinatePair? {
        var i = 0
        let n = c.count
        func skip() {
            while i < n, c[i] == 0x20 || c[i] == 0x09 || c[i] == 0x22 || c[i] == 0x5B || c[i] == 0x28 { i += 1 }
        }
        skip()
        guard let a = number(c, &i, decimalComma: false) else { return nil }
        while i < n, c[i] == 0x20 || c[i] == 0x09 { i += 1 }
        guard i < n, c[i] == 0x2C || c[i] == 0x3B else { return nil }
        i += 1
        skip()
        guard let b = number(c, &i, decimalComma: false) else { return nil }
        while i < n, c[i] == 0x20 || c[i] == 0x09 || c[i] == 0x22 || c[i] == 0x5D || c[i] == 0x29 { i += 1 }
        guard i == n else { return nil }
        return CoordinatePair(first: a.value, second: b.value, firstDecimals: a.decimals, secondDecimals: b.decimals)
    }

    /// One number alone in a cell (`2.35`, ` 2,35 `).
    public static func single(_ c: UnsafeBufferPointer<UInt8>) -> (value: Double, decimals: Int)? {
        var i = 0
        while i < c.count, c[i] == 0x20 { i += 1 }
        guard let v = number(c, &i, decimalComma: true) else { return nil }
        while i < c.count, c[i] == 0x20 { i += 1 }
        return i == c.count ? v : nil
    }

    static func number(_ c: UnsafeBufferPointer<UInt8>, _ i: inout Int, decimalComma: Bool) -> (
        value: Double, decimals: Int
    )? {
        let n = c.count
        var negative = false
        if i < n, c[i] == 0x2D || c[i] == 0x2B {
            negative = c[i] == 0x2D
            i += 1
        }
        var mantissa: Double = 0
        var digits = 0
        var decimals = 0
        while i < n, c[i] >= 0x30, c[i] <= 0x39 {
            mantissa = mantissa * 10 + Double(c[i] - 0x30)
            i += 1
            digits += 1
        }
        if i < n, c[i] == 0x2E || (decimalComma && c[i] == 0x2C) {
            i += 1
            var scale = 0.1
            while i < n, c[i] >= 0x30, c[i] <= 0x39 {
                mantissa += Double(c[i] - 0x30) * scale
                scale /= 10
                i += 1
                decimals += 1
            }
        }
        guard digits + decimals > 0, digits <= 4 else { return nil }
        return (negative ? -mantissa : mantissa, decimals)
    }
}
