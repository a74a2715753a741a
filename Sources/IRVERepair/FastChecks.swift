/// Byte-level answers to "could this valid cell still hide a known mistake?" for the fields with
/// business repairs, so that the common case is copied without building a `String`.
enum FastChecks {
    typealias Cell = UnsafeBufferPointer<UInt8>

    static func plausible(_ field: String, _ c: Cell) -> Bool {
        switch field {
        case "puissance_nominale": return power(c)
        case "telephone_operateur": return phone(c)
        case "coordonneesXY": return coordinates(c)
        default: return true
        }
    }

    /// A plain number not above 500 (above: watts).
    static func power(_ c: Cell) -> Bool {
        guard let v = plainNumber(c[...]) else { return false }
        return v <= 500
    }

    /// Empty, or ten digits starting with 0, or an international number.
    static func phone(_ c: Cell) -> Bool {
        if c.isEmpty { return true }
        if c.first == 0x2B { return true }
        return c.count == 10 && c[0] == 0x30 && c.allSatisfy { $0 &- 0x30 < 10 }
    }

    /// `[lon,lat]` (optional spaces) with plain numbers, inside one of the France boxes.
    static func coordinates(_ c: Cell) -> Bool {
        guard c.count >= 5, c.first == 0x5B, c.last == 0x5D, let comma = c.firstIndex(of: 0x2C) else { return false }
        guard let lon = plainNumber(c[(c.startIndex + 1)..<comma]),
            let lat = plainNumber(c[(comma + 1)..<(c.endIndex - 1)])
        else { return false }
        return CoordinateRepairs.inFrance(lon: lon, lat: lat)
    }

    /// `-12.345` with optional surrounding spaces; nil for anything else.
    static func plainNumber(_ s: Slice<Cell>) -> Double? {
        var i = s.startIndex
        var end = s.endIndex
        while i < end, s[i] == 0x20 { i += 1 }
        while end > i, s[end - 1] == 0x20 { end -= 1 }
        guard i < end else { return nil }
        var negative = false
        if s[i] == 0x2D {
            negative = true
            i += 1
        }
        var value = 0.0
        var scale = 1.0
        var seenDot = false
        var digits = 0
        while i < end {
            let b = s[i]
            if b &- 0x30 < 10 {
                value = value * 10 + Double(b - 0x30)
                if seenDot { scale *= 10 }
                digits += 1
            } else if b == 0x2E, !seenDot {
                seenDot = true
            } else {
                return nil
            }
            i += 1
        }
        guard digits > 0, digits <= 17 else { return nil }
        return (negative ? -value : value) / scale
    }
}
