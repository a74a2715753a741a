import IRVEValues

/// dateutil's `isoparser().isoparse`, which frictionless uses for `datetime` and `time` in the
/// default format (after its own guards). Any single character may separate date and time.
enum ISOParser {
    static func parseDateTime(_ c: Cell) -> CivilTime? {
        // ISO 8601 only covers ASCII: dateutil refuses anything else.
        for b in c where b >= 0x80 { return nil }
        var t = CivilTime(year: 1, month: 1, day: 1)
        let pos: Int
        if let (y, m, d, p) = commonDate(c) {
            (t.year, t.month, t.day, pos) = (y, m, d, p)
        } else if let (y, m, d, p) = uncommonDate(c) {
            (t.year, t.month, t.day, pos) = (y, m, d, p)
        } else {
            return nil
        }
        if c.count > pos {
            guard parseTime(UnsafeBufferPointer(rebasing: c[(pos + 1)...]), into: &t) else { return nil }
        }
        if t.hour == 24 {
            t.hour = 0
            guard t.isValid else { return nil }
            let next = t.nextDay()
            return next.isValid ? next : nil
        }
        return t.isValid ? t : nil
    }

    private static func digits(_ c: Cell, _ pos: Int, _ n: Int) -> Int? {
        guard pos >= 0, pos + n <= c.count else { return nil }
        var v = 0
        for k in pos..<(pos + n) {
            guard ASCII.isDigit(c[k]) else { return nil }
            v = v * 10 + Int(c[k] - 0x30)
        }
        return v
    }

    private static func commonDate(_ c: Cell) -> (Int, Int, Int, Int)? {
        let n = c.count
        guard n >= 4, let year = digits(c, 0, 4) else { return nil }
        var pos = 4
        if pos >= n { return (year, 1, 1, pos) }
        let hasSep = c[pos] == 0x2D
        if hasSep { pos += 1 }
        guard n - pos >= 2, let month = digits(c, pos, 2) else { return nil }
        pos += 2
        if pos >= n { return hasSep ? (year, month, 1, pos) : nil }
        if hasSep {
            guard c[pos] == 0x2D else { return nil }
            pos += 1
        }
        guard n - pos >= 2, let day = digits(c, pos, 2) else { return nil }
        return (year, month, day, pos + 2)
    }

    private static func uncommonDate(_ c: Cell) -> (Int, Int, Int, Int)? {
        guard c.count >= 4, let year = digits(c, 0, 4) else { return nil }
        let hasSep = c.count > 4 && c[4] == 0x2D
        var pos = 4 + (hasSep ? 1 : 0)
        var ordinal: Int
        if pos < c.count, c[pos] == 0x57 {  // week date YYYY-?Www-?D?
            pos += 1
            guard let week = digits(c, pos, 2) else { return nil }
            pos += 2
            var dayno = 1
            if c.count > pos {
                if (c[pos] == 0x2D) != hasSep { return nil }
                pos += hasSep ? 1 : 0
                guard let d = digits(c, pos, 1) else { return nil }
                dayno = d
                pos += 1
            }
            guard (1...53).contains(week), (1...7).contains(dayno) else { return nil }
            // ISO week 1 contains January 4th.
            let jan4 = dayOfYearWeekday(year: year, ordinal: 4)  // 0 = Monday
            ordinal = 4 - jan4 + (week - 1) * 7 + (dayno - 1)
        } else {
            guard c.count - pos >= 3, let o = digits(c, pos, 3) else { return nil }
            pos += 3
            guard o >= 1, o <= (DateValue.isLeap(year) ? 366 : 365) else { return nil }
            ordinal = o
        }
        guard let (y, m, d) = fromOrdinal(year: year, ordinal: ordinal) else { return nil }
        return (y, m, d, pos)
    }

    private static func dayOfYearWeekday(year: Int, ordinal: Int) -> Int {
        // Days since 0001-01-01 (a Monday) modulo 7.
        let y = year - 1
        let days = y * 365 + y / 4 - y / 100 + y / 400 + ordinal - 1
        return ((days % 7) + 7) % 7
    }

    private static func fromOrdinal(year: Int, ordinal: Int) -> (Int, Int, Int)? {
        var y = year
        var o = ordinal
        while o < 1 {
            y -= 1
            o += DateValue.isLeap(y) ? 366 : 365
        }
        while o > (DateValue.isLeap(y) ? 366 : 365) {
            o -= DateValue.isLeap(y) ? 366 : 365
            y += 1
        }
        guard (1...9999).contains(y) else { return nil }
        var m = 1
        while o > DateValue.daysIn(month: m, year: y) {
            o -= DateValue.daysIn(month: m, year: y)
            m += 1
        }
        return (y, m, o)
    }

    /// `_parse_isotime`: HH[:MM[:SS[.f]]] or compact, then an optional zone.
    static func parseTime(_ s: Cell, into t: inout CivilTime) -> Bool {
        let n = s.count
        guard n >= 2 else { return false }
        var comps = [0, 0, 0, 0]
        var pos = 0
        var comp = -1
        var hasSep = false
        while pos < n, comp < 5 {
            comp += 1
            let b = s[pos]
            if b == 0x2D || b == 0x2B || b == 0x5A || b == 0x7A {
                guard let offset = zone(UnsafeBufferPointer(rebasing: s[pos...])) else { return false }
                t.utcOffset = offset
                pos = n
                break
            }
            if comp == 1, b == 0x3A {
                hasSep = true
                pos += 1
            } else if comp == 2, hasSep {
                guard b == 0x3A else { return false }
                pos += 1
            }
            if comp < 3 {
                guard let v = digits(s, pos, 2) else { return false }
                comps[comp] = v
                pos += 2
            }
            if comp == 3 {
                // [.,][0-9]+ ; truncated to microseconds
                guard pos < n, s[pos] == 0x2E || s[pos] == 0x2C, pos + 1 < n, ASCII.isDigit(s[pos + 1]) else {
                    continue
                }
                var q = pos + 1
                var us = 0
                var count = 0
                while q < n, ASCII.isDigit(s[q]) {
                    if count < 6 {
                        us = us * 10 + Int(s[q] - 0x30)
                        count += 1
                    }
                    q += 1
                }
                for _ in count..<6 { us *= 10 }
                comps[3] = us
                pos = q
            }
        }
        guard pos >= n else { return false }
        if comps[0] == 24, comps[1] != 0 || comps[2] != 0 || comps[3] != 0 { return false }
        t.hour = comps[0]
        t.minute = comps[1]
        t.second = comps[2]
        t.microsecond = comps[3]
        return true
    }

    private static func zone(_ z: Cell) -> Int? {
        if z.count == 1, z[0] == 0x5A || z[0] == 0x7A { return 0 }
        guard [3, 5, 6].contains(z.count) else { return nil }
        let sign: Int
        switch z[0] {
        case 0x2D: sign = -1
        case 0x2B: sign = 1
        default: return nil
        }
        guard let hours = digits(z, 1, 2) else { return nil }
        var minutes = 0
        if z.count != 3 {
            let pos = z[3] == 0x3A ? 4 : 3
            guard z.count == pos + 2, let m = digits(z, pos, 2) else { return nil }
            minutes = m
        }
        if hours == 0 && minutes == 0 { return 0 }
        guard minutes <= 59, hours <= 23 else { return nil }
        return sign * (hours * 60 + minutes) * 60
    }
}
