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
                if d == 0x25 {
                    tokens.append(.literal(0x25))
                } else {
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

    /// Where each directive matched (indexed by `slot`), without allocating.
    struct Captures {
        // start/end pairs, -1 when the directive did not match; a tuple keeps it off the heap.
        private var storage:
            (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) =
                (-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1)
        static func slot(_ d: UInt8) -> Int? {
            switch d {
            case 0x59: 0
            case 0x79: 1
            case 0x6D: 2
            case 0x64: 3
            case 0x48: 4
            case 0x4D: 5
            case 0x53: 6
            case 0x66: 7
            case 0x7A: 8
            default: nil
            }
        }
        subscript(d: UInt8) -> Range<Int>? {
            get {
                guard let k = Self.slot(d) else { return nil }
                let (a, b) = withUnsafeBytes(of: storage) { r in
                    let p = r.bindMemory(to: Int.self)
                    return (p[2 * k], p[2 * k + 1])
                }
                return a < 0 ? nil : a..<b
            }
            set {
                guard let k = Self.slot(d) else { return }
                withUnsafeMutableBytes(of: &storage) { r in
                    let p = r.bindMemory(to: Int.self)
                    p[2 * k] = newValue?.lowerBound ?? -1
                    p[2 * k + 1] = newValue?.upperBound ?? -1
                }
            }
        }
    }

    /// A few candidate lengths, in the order the regex tries them, without allocating.
    struct Lengths {
        private var items: (Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int, Int) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        private(set) var count = 0
        mutating func append(_ v: Int) {
            guard count < 16 else { return }
            withUnsafeMutableBytes(of: &items) { $0.bindMemory(to: Int.self)[count] = v }
            count += 1
        }
        subscript(i: Int) -> Int { withUnsafeBytes(of: items) { $0.bindMemory(to: Int.self)[i] } }
    }

    /// `%Y-%m-%d`, the Table Schema default date format: hand-written for speed, same semantics.
    static func parseDefaultDate(_ c: Cell) -> CivilTime? {
        let n = c.count
        guard n >= 8, ASCII.isDigit(c[0]), ASCII.isDigit(c[1]), ASCII.isDigit(c[2]), ASCII.isDigit(c[3]), c[4] == 0x2D
        else { return nil }
        var t = CivilTime()
        t.year = Int(c[0] - 0x30) * 1000 + Int(c[1] - 0x30) * 100 + Int(c[2] - 0x30) * 10 + Int(c[3] - 0x30)
        var p = 5
        // %m: 1[0-2]|0[1-9]|[1-9], then '-'
        let m0 = c[p]
        let m1: UInt8 = p + 1 < n ? c[p + 1] : 0
        if m0 == 0x31, m1 >= 0x30, m1 <= 0x32, p + 2 < n, c[p + 2] == 0x2D {
            t.month = 10 + Int(m1 - 0x30)
            p += 2
        } else if m0 == 0x30, m1 >= 0x31, m1 <= 0x39 {
            t.month = Int(m1 - 0x30)
            p += 2
        } else if m0 >= 0x31, m0 <= 0x39 {
            t.month = Int(m0 - 0x30)
            p += 1
        } else {
            return nil
        }
        guard p < n, c[p] == 0x2D else { return nil }
        p += 1
        guard p < n else { return nil }
        // %d: 3[01]|[12]\d|0[1-9]|[1-9]| [1-9] — the first alternative that matches wins.
        let d0 = c[p]
        let d1: UInt8 = p + 1 < n ? c[p + 1] : 0
        if d0 == 0x33, d1 == 0x30 || d1 == 0x31 {
            t.day = 30 + Int(d1 - 0x30)
            p += 2
        } else if d0 == 0x31 || d0 == 0x32, ASCII.isDigit(d1) {
            t.day = Int(d0 - 0x30) * 10 + Int(d1 - 0x30)
            p += 2
        } else if d0 == 0x30, d1 >= 0x31, d1 <= 0x39 {
            t.day = Int(d1 - 0x30)
            p += 2
        } else if d0 >= 0x31, d0 <= 0x39 {
            t.day = Int(d0 - 0x30)
            p += 1
        } else if d0 == 0x20, d1 >= 0x31, d1 <= 0x39 {
            t.day = Int(d1 - 0x30)
            p += 2
        } else {
            return nil
        }
        guard p == n else { return nil }
        return t.isValid ? t : nil
    }

    /// The parsed value, or nil where Python raises ValueError.
    func parse(_ c: Cell) -> CivilTime? {
        var fields = Captures()
        guard let end = match(token: 0, at: 0, c, &fields), end == c.count else { return nil }
        var t = CivilTime()
        func num(_ r: Range<Int>) -> Int {
            var v = 0
            for k in r where ASCII.isDigit(c[k]) { v = v * 10 + Int(c[k] - 0x30) }
            return v
        }
        if let r = fields[0x59] { t.year = num(r) }  // Y
        if let r = fields[0x79] {
            let y = num(r)
            t.year = y <= 68 ? 2000 + y : 1900 + y
        }  // y
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
            if c[r.lowerBound] == 0x5A {
                t.utcOffset = 0
            } else {
                let sign = c[r.lowerBound] == 0x2D ? -1 : 1
                var digits: [Int] = []
                for k in r where ASCII.isDigit(c[k]) { digits.append(Int(c[k] - 0x30)) }
                let h = digits[0] * 10 + digits[1]
                let m = digits[2] * 10 + digits[3]
                let s = digits.count >= 6 ? digits[4] * 10 + digits[5] : 0
                t.utcOffset = sign * (h * 3600 + m * 60 + s)
            }
        }
        return t.isValid ? t : nil
    }

    /// Depth-first search in regex alternation order; returns the end of the first full match.
    private func match(token k: Int, at p: Int, _ c: Cell, _ fields: inout Captures) -> Int? {
        if k == tokens.count { return p }
        switch tokens[k] {
        case .literal(let b):
            guard p < c.count, ASCII.lower(c[p]) == ASCII.lower(b) else { return nil }
            return match(token: k + 1, at: p + 1, c, &fields)
        case .whitespace:
            var q = p
            var widths = Lengths()
            while q < c.count {
                let w = PyWhitespace.width(at: q, in: c)
                if w == 0 { break }
                q += w
                widths.append(q)
            }
            var k2 = widths.count
            while k2 > 0 {  // greedy `\s+`, backtracking
                k2 -= 1
                if let r = match(token: k + 1, at: widths[k2], c, &fields) { return r }
            }
            return nil
        case .directive(let d):
            let options = candidates(d, at: p, c)
            for i in 0..<options.count {
                let len = options[i]
                fields[d] = p..<(p + len)
                if let r = match(token: k + 1, at: p + len, c, &fields) { return r }
            }
            fields[d] = nil
            return nil
        }
    }

    /// Lengths each directive's alternation can match at `p`, in the order Python tries them.
    private func candidates(_ d: UInt8, at p: Int, _ c: Cell) -> Lengths {
        func digit(_ k: Int) -> UInt8? { p + k < c.count && ASCII.isDigit(c[p + k]) ? c[p + k] : nil }
        func isIn(_ v: UInt8?, _ r: ClosedRange<UInt8>) -> Bool { v.map { r.contains($0) } ?? false }
        let d0 = digit(0)
        let d1 = digit(1)
        var out = Lengths()
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
            var k = n
            while k > 0 {
                out.append(k)
                k -= 1
            }  // greedy: longest first
        case 0x7A:  // %z  [+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|Z
            let z = zoneCandidates(at: p, c)
            for i in 0..<min(z.count, 16) { out.append(z[i]) }
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
            if colon {
                guard q < c.count, c[q] == 0x3A else { continue }
                q += 1
            }
            guard isMinuteLead(q), isDigit(q + 1) else { continue }
            q += 2
            let base = q
            // optional seconds group, greedy: longest alternatives first
            var withSeconds: [Int] = []
            for colon2 in [true, false] {
                var s = base
                if colon2 {
                    guard s < c.count, c[s] == 0x3A else { continue }
                    s += 1
                }
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
