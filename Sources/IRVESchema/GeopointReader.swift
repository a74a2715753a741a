/// frictionless' geopoint reader: `default` ("lon, lat"), `array` (JSON `[lon, lat]`) and
/// `object` (JSON `{"lon":…, "lat":…}`), each item read with Python's `Decimal`, then
/// longitude within ±180 and latitude within ±90.
enum GeopointReader {
    /// One coordinate as Python would hold it before the range check.
    enum Coordinate {
        case double(Double)  // a JSON float
        case exact(DecimalNumber)  // a JSON int, a string, a bool
        case small  // known to lie within ±89.99: valid as longitude and latitude
    }

    // Written as digits and exponent (value = 0.digits × 10^exponent): no parsing, no `!`.
    static let bound180 = DecimalNumber(kind: .finite, negative: false, digits: Array("18".utf8), exponent: 3)
    /// Below 89.99 in magnitude a float cannot round across ±90 or ±180.
    static let nearLimit = DecimalNumber(kind: .finite, negative: false, digits: Array("8999".utf8), exponent: 2)
    static let bound90 = DecimalNumber(kind: .finite, negative: false, digits: Array("9".utf8), exponent: 2)

    static func isValid(_ c: Cell, format: String) -> Bool {
        switch format {
        case "array":
            if let pair = fastArray(c) { return inRange(pair.0, pair.1) }
            guard let v = PyJSONParser.parse(c) else { return false }
            let items: [PyJSONValue]
            switch v {
            case .array(let a): items = a
            case .string(let s): items = s.map { .string(String($0)) }
            case .object(let o): items = o.map { .string($0.0) }
            default: return false
            }
            guard items.count == 2, let lon = coordinate(items[0]), let lat = coordinate(items[1]) else { return false }
            return inRange(lon, lat)
        case "object":
            guard case .object(let o)? = PyJSONParser.parse(c), o.count == 2,
                let lonValue = o.value("lon"), let latValue = o.value("lat"),
                let lon = coordinate(lonValue), let lat = coordinate(latValue)
            else { return false }
            return inRange(lon, lat)
        default:
            guard let comma = c.firstIndex(of: 0x2C), !c[(comma + 1)...].contains(0x2C) else { return false }
            let lon = UnsafeBufferPointer(rebasing: c[..<comma])
            let lat = UnsafeBufferPointer(rebasing: c[(comma + 1)...])
            guard let a = DecimalView.parseDecimal(lon), let b = DecimalView.parseDecimal(lat) else { return false }
            return inRange(.exact(a.materialize(in: lon)), .exact(b.materialize(in: lat)))
        }
    }

    private static func coordinate(_ v: PyJSONValue) -> Coordinate? {
        switch v {
        case .float(let d): return .double(d)
        case .int(let s): return DecimalNumber(text: s).map { .exact($0) }
        case .bool(let b): return DecimalNumber(text: b ? "1" : "0").map { .exact($0) }
        case .string(let s): return DecimalNumber(text: s).map { .exact($0) }
        default: return nil
        }
    }

    private static func inRange(_ lon: Coordinate, _ lat: Coordinate) -> Bool {
        within(lon, 180, bound180) && within(lat, 90, bound90)
    }

    private static func within(_ c: Coordinate, _ limit: Double, _ exactLimit: DecimalNumber) -> Bool {
        switch c {
        case .small: return true
        case .double(let d): return !d.isNaN && d >= -limit && d <= limit
        case .exact(let n):
            if n.kind == .nan { return false }
            if n.kind == .infinite { return false }
            if n.isZero { return true }
            // |n| <= limit, compared exactly
            var magnitude = n
            magnitude.negative = false
            return compare(magnitude, exactLimit) <= 0
        }
    }

    static func compare(_ a: DecimalNumber, _ b: DecimalNumber) -> Int {
        var text = a.digits
        if text.isEmpty { text = [0x30] }
        let view = text.withUnsafeBufferPointer { p in
            DecimalView(
                kind: a.kind, negative: a.negative, mantissa: 0..<p.count,
                firstSignificant: a.digits.isEmpty ? nil : 0, exponent: a.exponent)
        }
        return text.withUnsafeBufferPointer { view.compare(to: b, in: $0) } ?? 1
    }

    /// `[number, number]` with JSON whitespace: the shape of nearly every real cell, read without allocating.
    private static func fastArray(_ c: Cell) -> (Coordinate, Coordinate)? {
        var i = 0
        @inline(__always) func ws() {
            while i < c.count, c[i] == 0x20 || c[i] == 0x09 || c[i] == 0x0A || c[i] == 0x0D { i += 1 }
        }
        func number() -> Coordinate? {
            let start = i
            if i < c.count, c[i] == 0x2D { i += 1 }
            guard i < c.count, ASCII.isDigit(c[i]) else { return nil }
            if c[i] == 0x30 { i += 1 } else { while i < c.count, ASCII.isDigit(c[i]) { i += 1 } }
            var isFloat = false
            if i + 1 < c.count, c[i] == 0x2E, ASCII.isDigit(c[i + 1]) {
                isFloat = true
                i += 1
                while i < c.count, ASCII.isDigit(c[i]) { i += 1 }
            }
            if i < c.count, c[i] == 0x65 || c[i] == 0x45 {
                var j = i + 1
                if j < c.count, c[j] == 0x2B || c[j] == 0x2D { j += 1 }
                if j < c.count, ASCII.isDigit(c[j]) {
                    isFloat = true
                    i = j
                    while i < c.count, ASCII.isDigit(c[i]) { i += 1 }
                }
            }
            let slice = UnsafeBufferPointer(rebasing: c[start..<i])
            if isFloat {
                // Python reads a JSON float as a binary double; only the range check needs it, and
                // only a value within a hair of a bound can round differently: decide exactly first.
                guard var magnitude = DecimalView.parseDecimal(slice) else { return nil }
                magnitude.negative = false
                if let r = magnitude.compare(to: nearLimit, in: slice), r < 0 { return .small }
                guard let d = parseDouble(slice) else { return nil }
                return .double(d)
            }
            guard let v = DecimalView.parseInteger(slice) else { return nil }
            return .exact(v.materialize(in: slice))
        }
        ws()
        guard i < c.count, c[i] == 0x5B else { return nil }
        i += 1
        ws()
        guard let a = number() else { return nil }
        ws()
        guard i < c.count, c[i] == 0x2C else { return nil }
        i += 1
        ws()
        guard let b = number() else { return nil }
        ws()
        guard i < c.count, c[i] == 0x5D else { return nil }
        i += 1
        ws()
        return i == c.count ? (a, b) : nil
    }

    private static func parseDouble(_ s: Cell) -> Double? {
        // strtod on a NUL-terminated copy: correctly rounded, like Python's float().
        withUnsafeTemporaryAllocation(of: CChar.self, capacity: s.count + 1) { buf in
            for k in 0..<s.count { buf[k] = CChar(bitPattern: s[k]) }
            buf[s.count] = 0
            guard let p = buf.baseAddress else { return nil }
            return strtod(p, nil)
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
