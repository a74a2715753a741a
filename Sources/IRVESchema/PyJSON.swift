import IRVEFindings

/// A JSON value as Python's `json.loads` builds it (numbers keep their kind: int vs float).
indirect enum PyJSONValue: Equatable {
    case null
    case bool(Bool)
    case int(String)  // exact digits, compared as decimals
    case float(Double)
    case string(String)
    case array([PyJSONValue])
    case object([(String, PyJSONValue)])

    static func == (a: PyJSONValue, b: PyJSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Python's `len()` of the value, when it has one.
    var pythonLength: Int? {
        switch self {
        case .array(let a): a.count
        case .object(let o): o.count
        case .string(let s): s.unicodeScalars.count
        default: nil
        }
    }
}

/// Python `json.loads` on UTF-8 bytes: strict strings, `NaN`/`Infinity` accepted, no BOM,
/// whitespace = space, tab, CR, LF. Returns nil where Python raises.
struct PyJSONParser {
    private let c: Cell
    private var i: Int
    private var depth = 0
    /// Nesting bound (`Limits`): deeper input is refused, never recursed into.
    private let maxDepth: Int
    /// Whether the input went past `maxDepth`.
    private(set) var tooDeep = false

    static func parse(_ cell: Cell, maxDepth: Int = Limits.jsonCellDepth) -> PyJSONValue? {
        parseReportingDepth(cell, maxDepth: maxDepth).value
    }

    static func parseReportingDepth(_ cell: Cell, maxDepth: Int) -> (value: PyJSONValue?, tooDeep: Bool) {
        var p = PyJSONParser(c: cell, i: 0, maxDepth: maxDepth)
        p.skipWhitespace()
        guard let v = p.value() else { return (nil, p.tooDeep) }
        p.skipWhitespace()
        return (p.i == cell.count ? v : nil, false)
    }

    private init(c: Cell, i: Int, maxDepth: Int) {
        self.c = c
        self.i = i
        self.maxDepth = maxDepth
    }

    private mutating func skipWhitespace() {
        while i < c.count, c[i] == 0x20 || c[i] == 0x09 || c[i] == 0x0A || c[i] == 0x0D { i += 1 }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= c.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where c[i + k] != p[k] { return false }
        i += n
        return true
    }

    private mutating func value() -> PyJSONValue? {
        guard i < c.count else { return nil }
        switch c[i] {
        case 0x22: return string().map { .string($0) }
        case 0x7B: return object()
        case 0x5B: return array()
        case 0x6E: return literal("null") ? .null : nil
        case 0x74: return literal("true") ? .bool(true) : nil
        case 0x66: return literal("false") ? .bool(false) : nil
        case 0x4E: return literal("NaN") ? .float(.nan) : nil
        case 0x49: return literal("Infinity") ? .float(.infinity) : nil
        case 0x2D:
            if i + 1 < c.count, c[i + 1] == 0x49 {
                i += 1
                return literal("Infinity") ? .float(-.infinity) : nil
            }
            return number()
        default: return number()
        }
    }

    private mutating func number() -> PyJSONValue? {
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
        let text = String(decoding: UnsafeBufferPointer(rebasing: c[start..<i]), as: UTF8.self)
        if isFloat { return Double(text).map { .float($0) } }
        return .int(text)
    }

    private mutating func string() -> String? {
        i += 1  // opening quote
        var out = [UInt8]()
        while i < c.count {
            let b = c[i]
            if b == 0x22 {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { return nil }  // strict: no raw control characters
            if b == 0x5C {
                i += 1
                guard i < c.count else { return nil }
                switch c[i] {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x2F: out.append(0x2F)
                case 0x62: out.append(0x08)
                case 0x66: out.append(0x0C)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x74: out.append(0x09)
                case 0x75:
                    guard let u = hex4(at: i + 1) else { return nil }
                    i += 4
                    var scalarValue = u
                    if (0xD800..<0xDC00).contains(u), i + 6 < c.count + 0, i + 2 < c.count, c[i + 1] == 0x5C,
                        c[i + 2] == 0x75,
                        let low = hex4(at: i + 3), (0xDC00..<0xE000).contains(low)
                    {
                        scalarValue = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    }
                    // Lone surrogates are legal in Python strings; keep a replacement for comparison purposes.
                    let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                default: return nil
                }
                i += 1
                continue
            }
            out.append(b)
            i += 1
        }
        return nil
    }

    private func hex4(at p: Int) -> UInt32? {
        guard p + 4 <= c.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            guard let h = ASCII.hexValue(c[p + k]) else { return nil }
            v = v << 4 | UInt32(h)
        }
        return v
    }

    private mutating func array() -> PyJSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= maxDepth else {
            tooDeep = true
            return nil
        }
        i += 1
        var items: [PyJSONValue] = []
        skipWhitespace()
        if i < c.count, c[i] == 0x5D {
            i += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            guard let v = value() else { return nil }
            items.append(v)
            skipWhitespace()
            guard i < c.count else { return nil }
            if c[i] == 0x2C {
                i += 1
                continue
            }
            if c[i] == 0x5D {
                i += 1
                return .array(items)
            }
            return nil
        }
    }

    private mutating func object() -> PyJSONValue? {
        depth += 1
        defer { depth -= 1 }
        guard depth <= maxDepth else {
            tooDeep = true
            return nil
        }
        i += 1
        var pairs: [(String, PyJSONValue)] = []
        skipWhitespace()
        if i < c.count, c[i] == 0x7D {
            i += 1
            return .object(pairs)
        }
        while true {
            skipWhitespace()
            guard i < c.count, c[i] == 0x22, let key = string() else { return nil }
            skipWhitespace()
            guard i < c.count, c[i] == 0x3A else { return nil }
            i += 1
            skipWhitespace()
            guard let v = value() else { return nil }
            // Python dicts keep the last value of a repeated key, at the first key's place.
            if let k = pairs.firstIndex(where: { $0.0 == key }) { pairs[k].1 = v } else { pairs.append((key, v)) }
            skipWhitespace()
            guard i < c.count else { return nil }
            if c[i] == 0x2C {
                i += 1
                continue
            }
            if c[i] == 0x7D {
                i += 1
                return .object(pairs)
            }
            return nil
        }
    }
}
