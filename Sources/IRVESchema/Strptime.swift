/// Python's `datetime.strptime` for the directives schemas use (`%Y %m %d %H %M %S %y %f %z %%`
/// and literal text): the format becomes a regular expression whose *first* match must cover the
/// whole text, like CPython's `_strptime` (so `2021-2-3` is a valid `%Y-%m-%d` date).
public struct Strptime: Sendable {
    enum Token: Sendable, Equatable {
        case literal(UInt8)  // compared case-insensitively for ASCII letters (re.IGNORECASE)
        case whitespace  // a run of format whitespace = `\s+`
        case directive(UInt8)
    }

    let tokens: [Token]
    public let format: String
    /// Directives this reader does not implement (locale names, week numbers…).
    public let unsupported: [String]

    static let supported: Set<UInt8> = Set("YmdHMSyfz".utf8)

    public init(_ format: String) {
        self.format = format
        var tokens: [Token] = []
        var unsupported: [String] = []
        let bytes = Array(format.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x25, i + 1 < bytes.count {
                let d = bytes[i + 1]
                if d == 0x25 { tokens.append(.literal(0x25)) }
                else {
                    if !Self.supported.contains(d) { unsupported.append("%" + String(UnicodeScalar(d))) }
                    tokens.append(.directive(d))
                }
                i += 2
            } else if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                while i < bytes.count, bytes[i] == 0x20 || (bytes[i] >= 0x09 && bytes[i] <= 0x0D) { i += 1 }
                tokens.append(.whitespace)
            } else {
                tokens.append(.literal(b))
                i += 1
            }
        }
        self.tokens = tokens
        self.unsupported = unsupported
    }

    /// The parsed value, or nil where Python raises ValueError.
    func parse(_ c: Cell) -> CivilTime? {
        var fields = [UInt8: Range<Int>]()
        guard let end = match(token: 0, at: 0, c, &fields), end == c.count else { return nil }
        var t = CivilTime()
        func num(_ r: Range<Int>) -> Int {
            var v = 0
            for k in r where ASCII.isDigit(c[k]) { v = v * 10 + Int(c[k] - 0x30) }
            return v
        }
        if let r = fields[0x59] { t.year = num(r) }  // Y
        if let r = fields[0x79] { let y = num(r); t.year = y <= 68 ? 2000 + y : 1900 + y }  // y
        if let r = fields[0x6D] { t.month = num(r) }
        if let r = fields[0x64] { t.day = num(r) }
        if let r = fields[0x48] { t.hour = num(r) }
        if let r = fields[0x4D] { t.minute = num(r) }
        if let r = fields[0x53] { t.second = num(r) }
        if let r = fields[0x66] {
            var us = num(r)
            for _ in r.count..<6 { us *= 10 }
            t.microsecond = us
        }
        if let r = fields[0x7A] {
            if c[r.lowerBound] == 0x5A { t.utcOffset = 0 } else {
                let sign = c[r.lowerBound] == 0x2D ? -1 : 1
                var digits: [Int] = []
                for k in r where ASCII.isDigit(c[k]) { digits.append(Int(c[k] - 0x30)) }
                let h = digits[0] * 10 + digits[1], m = digits[2] * 10 + digits[3]
                let s = digits.count >= 6 ? digits[4] * 10 + digits[5] : 0
                t.utcOffset = sign * (h * 3600 + m * 60 + s)
            }
        }
        return t.isValid ? t : nil
    }

    /// Depth-first search in regex alternation order; returns the end of the first full match.
    private func match(token k: Int, at p: Int, _ c: Cell, _ fields: inout [UInt8: Range<Int>]) -> Int? {
        if k == tokens.count { return p }
        switch tokens[k] {
        case let .literal(b):
            guard p < c.count, ASCII.lower(c[p]) == ASCII.lower(b) else { return nil }
            return match(token: k + 1, at: p + 1, c, &fields)
        case .whitespace:
            var q = p
            var widths: [Int] = []
            while q < c.count {
                let w = PyWhitespace.width(at: q, in: c)
                if w == 0 { break }
                q += w
                widths.append(q)
            }
            for end in widths.reversed() {  // greedy `\s+`, backtracking
                if let r = match(token: k + 1, at: end, c, &fields) { return r }
            }
            return nil
        case let .directive(d):
            for len in candidates(d, at: p, c) {
                fields[d] = p..<(p + len)
                if let r = match(token: k + 1, at: p + len, c, &fields) { return r }
            }
            fields[d] = nil
            return nil
        }
    }

    /// Lengths each directive's alternation can match at `p`, in the order Python tries them.
    private func candidates(_ d: UInt8, at p: Int, _ c: Cell) -> [Int] {
        func digit(_ k: Int) -> UInt8? { p + k < c.count && ASCII.isDigit(c[p + k]) ? c[p + k] : nil }
        func isIn(_ v: UInt8?, _ r: ClosedRange<UInt8>) -> Bool { v.map { r.contains($0) } ?? false }
        let d0 = digit(0), d1 = digit(1)
        var out: [Int] = []
        switch d {
        case 0x59:  // %Y  \d\d\d\d
            if d0 != nil, d1 != nil, digit(2) != nil, digit(3) != nil { out.append(4) }
        case 0x79:  // %y  \d\d
            if d0 != nil, d1 != nil { out.append(2) }
        case 0x6D:  // %m  1[0-2]|0[1-9]|[1-9]
            if d0 == 0x31, isIn(d1, 0x30...0x32) { out.append(2) }
            if d0 == 0x30, isIn(d1, 0x31...0x39) { out.append(2) }
            if isIn(d0, 0x31...0x39) { out.append(1) }
        case 0x64:  // %d  3[01]|[12]\d|0[1-9]|[1-9]| [1-9]
            if d0 == 0x33, isIn(d1, 0x30...0x31) { out.append(2) }
            if isIn(d0, 0x31...0x32), d1 != nil { out.append(2) }
            if d0 == 0x30, isIn(d1, 0x31...0x39) { out.append(2) }
            if isIn(d0, 0x31...0x39) { out.append(1) }
            if p < c.count, c[p] == 0x20, isIn(d1, 0x31...0x39) { out.append(2) }
        case 0x48:  // %H  2[0-3]|[0-1]\d|\d
            if d0 == 0x32, isIn(d1, 0x30...0x33) { out.append(2) }
            if isIn(d0, 0x30...0x31), d1 != nil { out.append(2) }
            if d0 != nil { out.append(1) }
        case 0x4D:  // %M  [0-5]\d|\d
            if isIn(d0, 0x30...0x35), d1 != nil { out.append(2) }
            if d0 != nil { out.append(1) }
        case 0x53:  // %S  6[0-1]|[0-5]\d|\d
            if d0 == 0x36, isIn(d1, 0x30...0x31) { out.append(2) }
            if isIn(d0, 0x30...0x35), d1 != nil { out.append(2) }
            if d0 != nil { out.append(1) }
        case 0x66:  // %f  [0-9]{1,6} greedy
            var n = 0
            while n < 6, digit(n) != nil { n += 1 }
            if n > 0 { out.append(contentsOf: (1...n).reversed()) }
        case 0x7A:  // %z  [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z
            out.append(contentsOf: zoneCandidates(at: p, c))
        default:
            break  // unsupported directive: never matches
        }
        return out
    }

    private func zoneCandidates(at p: Int, _ c: Cell) -> [Int] {
        guard p < c.count else { return [] }
        if c[p] == 0x5A { return [1] }
        guard c[p] == 0x2B || c[p] == 0x2D else { return [] }
        func isDigit(_ q: Int) -> Bool { q < c.count && ASCII.isDigit(c[q]) }
        func isMinuteLead(_ q: Int) -> Bool { q < c.count && (0x30...0x35).contains(c[q]) }
        guard isDigit(p + 1), isDigit(p + 2) else { return [] }
        var results: [Int] = []
        // `:?` is greedy: try with the colon first.
        for colon in [true, false] {
            var q = p + 3
            if colon { guard q < c.count, c[q] == 0x3A else { continue }; q += 1 }
            guard isMinuteLead(q), isDigit(q + 1) else { continue }
            q += 2
            let base = q
            // optional seconds group, greedy: longest alternatives first
            var withSeconds: [Int] = []
            for colon2 in [true, false] {
                var s = base
                if colon2 { guard s < c.count, c[s] == 0x3A else { continue }; s += 1 }
                guard isMinuteLead(s), isDigit(s + 1) else { continue }
                s += 2
                if s < c.count, c[s] == 0x2E, isDigit(s + 1) {
                    var n = 0
                    while n < 6, isDigit(s + 1 + n) { n += 1 }
                    for m in (1...n).reversed() { withSeconds.append(s + 1 + m) }
                }
                withSeconds.append(s)
            }
            results.append(contentsOf: withSeconds.map { $0 - p })
            results.append(base - p)
        }
        return results
    }
}
