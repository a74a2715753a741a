import IRVEFindings

/// Why the XML of a part cannot be read.
enum XMLScanError: Error, Equatable {
    case malformed(XMLProblem)
    /// `&name;` other than the five predefined entities: never expanded (no XXE, no billion laughs).
    case unknownEntity(String)
    case notUTF8
    case tooDeep
    case tokenTooLong
}

/// The attributes of one element, in order: a few pairs, searched linearly (a dictionary per
/// element cost more than the rest of the reading).
struct XMLAttributes {
    var pairs: [(key: String, value: String)] = []
    subscript(_ key: String) -> String? { pairs.first { $0.key == key }?.value }
    func first(where match: ((key: String, value: String)) -> Bool) -> (key: String, value: String)? {
        pairs.first(where: match)
    }
}

/// Receives what `XMLScanner` finds. Names keep their prefix; texts are decoded.
protocol XMLScannerDelegate: AnyObject {
    func scannerStart(_ name: String, attributes: XMLAttributes) throws
    func scannerEnd(_ name: String) throws
    func scannerText(_ text: String) throws
}

/// A streaming reader of the XML that OOXML parts use, fed chunk by chunk straight from the zip
/// entry: no temporary file, no DOM, memory bounded by the longest tag. Bytes, not Foundation's
/// XMLParser: a stray byte in a name is an error, not a crash, and no entity is ever expanded
/// (a DOCTYPE is skipped; a reference to one of its entities is reported).
struct XMLScanner {
    private var pending: [UInt8] = []
    private var stack: [String] = []
    private(set) var sawRoot = false
    private(set) var sawDoctype = false
    static let maxDepth = 256
    static let maxTagBytes = 1 << 20

    /// Consumes `chunk`; `final` at the end of the part.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool, to d: XMLScannerDelegate) throws {
        pending.append(contentsOf: chunk)
        var consumed = 0
        try pending.withUnsafeBufferPointer { b in consumed = try scan(b, final: final, d) }
        pending.removeFirst(consumed)
        if final {
            guard sawRoot else { throw XMLScanError.malformed(.emptyDocument) }
            guard stack.isEmpty else {
                throw XMLScanError.malformed(.truncated(element: stack.last ?? ""))
            }
        }
    }

    /// Scans complete tokens; returns how many bytes were used (the rest waits for more data).
    private mutating func scan(_ b: UnsafeBufferPointer<UInt8>, final: Bool, _ d: XMLScannerDelegate) throws -> Int {
        var i = 0
        let n = b.count
        if !sawRoot, n >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { i = 3 }
        while i < n {
            if b[i] != 0x3C {  // text up to the next '<'
                var j = i
                while j < n, b[j] != 0x3C { j += 1 }
                var end = j
                if j == n, !final {
                    // Keep for the next chunk an entity or a UTF-8 character cut by the chunk's end.
                    if let amp = Self.lastOpenAmpersand(b, i, n) { end = amp }
                    end = Self.characterBoundary(b, i, end)
                }
                if end > i { try text(b, i, end, d) }
                if end < j || (j == n && !final) { return end }
                i = j
                continue
            }
            guard let used = try markup(b, i, final: final, d) else {
                if n - i > Self.maxTagBytes { throw XMLScanError.tokenTooLong }
                if final { throw XMLScanError.malformed(.unclosedTagAtEnd) }
                return i
            }
            i = used
        }
        return i
    }

    /// `to`, or the start of a UTF-8 sequence that `to` cuts.
    private static func characterBoundary(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var k = to - 1
        while k >= from, to - k <= 4 {
            let c = b[k]
            if c & 0xC0 != 0x80 {
                let length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
                return k + length > to ? k : to
            }
            k -= 1
        }
        return to
    }

    /// An '&' whose ';' is not in this chunk yet.
    private static func lastOpenAmpersand(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Int? {
        var k = to - 1
        while k >= from, to - k <= 12 {
            if b[k] == 0x3B { return nil }
            if b[k] == 0x26 { return k }
            k -= 1
        }
        return nil
    }

    private func text(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ d: XMLScannerDelegate) throws {
        if stack.isEmpty { return }  // whitespace between the prolog and the root
        try d.scannerText(try Self.decode(b, from, to))
    }

    /// One markup token at `i` ('<'); the index after it, or nil when it is not complete yet.
    private mutating func markup(
        _ b: UnsafeBufferPointer<UInt8>, _ i: Int, final: Bool,
        _ d: XMLScannerDelegate
    ) throws -> Int? {
        let second: UInt8 = i + 1 < b.count ? b[i + 1] : 0
        if second == 0x3F { return Self.find(b, i + 2, "?>").map { $0 + 2 } }  // <?…?>
        if second == 0x21 { return try declaration(b, i, d) }
        return try element(b, i, d)
    }

    /// `<!--…-->`, `<![CDATA[…]]>` or `<!DOCTYPE…>` at `i`.
    private mutating func declaration(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ d: XMLScannerDelegate) throws -> Int?
    {
        if Self.starts(b, i, "<!--") { return Self.find(b, i + 4, "-->").map { $0 + 3 } }
        if Self.starts(b, i, "<![CDATA[") {
            guard let end = Self.find(b, i + 9, "]]>") else { return nil }
            guard !stack.isEmpty else { throw XMLScanError.malformed(.cdataOutsideRoot) }
            try d.scannerText(try Self.utf8(UnsafeBufferPointer(rebasing: b[(i + 9)..<end])))
            return end + 3
        }
        return try doctype(b, i)
    }

    /// `<name …>`, `<name …/>` or `</name>` at `i`.
    private mutating func element(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ d: XMLScannerDelegate) throws -> Int? {
        guard let end = Self.tagEnd(b, i + 1) else { return nil }
        if i + 1 < b.count, b[i + 1] == 0x2F {  // </name>
            let name = try Self.name(b, i + 2, end).name
            guard let open = stack.popLast(), open == name else {
                throw XMLScanError.malformed(.closingWithoutOpening(element: name))
            }
            try d.scannerEnd(name)
            return end + 1
        }
        let selfClosing = b[end - 1] == 0x2F
        let (name, afterName) = try Self.name(b, i + 1, selfClosing ? end - 1 : end)
        let attributes = try Self.attributes(b, afterName, selfClosing ? end - 1 : end)
        if stack.isEmpty, sawRoot { throw XMLScanError.malformed(.twoRoots) }
        sawRoot = true
        guard stack.count < Self.maxDepth else { throw XMLScanError.tooDeep }
        stack.append(name)
        try d.scannerStart(name, attributes: attributes)
        if selfClosing {
            stack.removeLast()
            try d.scannerEnd(name)
        }
        return end + 1
    }

    /// `<!DOCTYPE …>` with an optional internal subset: skipped, its entities never expanded.
    private mutating func doctype(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) throws -> Int? {
        guard Self.starts(b, i, "<!DOCTYPE") else { throw XMLScanError.malformed(.unknownDeclaration) }
        var k = i + 9
        var inSubset = false
        var quote: UInt8 = 0
        while k < b.count {
            let c = b[k]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == 0x5B {
                inSubset = true
            } else if c == 0x5D {
                inSubset = false
            } else if c == 0x3E, !inSubset {
                sawDoctype = true
                return k + 1
            }
            k += 1
        }
        return nil
    }

    // MARK: Lexical helpers

    private static func starts(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let p = s.utf8Start
        for k in 0..<n where b[i + k] != p[k] { return false }
        return true
    }

    private static func find(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ s: StaticString) -> Int? {
        let n = s.utf8CodeUnitCount
        var k = from
        while k + n <= b.count {
            if b[k] == s.utf8Start[0], starts(b, k, s) { return k }
            k += 1
        }
        return nil
    }

    /// The '>' closing a tag, skipping quoted attribute values.
    private static func tagEnd(_ b: UnsafeBufferPointer<UInt8>, _ from: Int) -> Int? {
        var quote: UInt8 = 0
        var k = from
        while k < b.count {
            let c = b[k]
            if quote != 0 {
                if c == quote { quote = 0 }
            } else if c == 0x22 || c == 0x27 {
                quote = c
            } else if c == 0x3E {
                return k
            }
            k += 1
        }
        return nil
    }

    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    private static func isNameByte(_ c: UInt8) -> Bool {
        !isSpace(c) && c != 0x3D && c != 0x2F && c != 0x3E && c != 0x22 && c != 0x27 && c != 0x3C && c != 0x26
    }

    private static func name(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) throws -> (name: String, end: Int)
    {
        var k = from
        while k < to, isNameByte(b[k]) { k += 1 }
        guard k > from else { throw XMLScanError.malformed(.missingTagName) }
        return (try utf8(UnsafeBufferPointer(rebasing: b[from..<k])), k)
    }

    private static func attributes(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) throws -> XMLAttributes {
        var out = XMLAttributes()
        var k = from
        while true {
            while k < to, isSpace(b[k]) { k += 1 }
            if k >= to { return out }
            let (key, afterKey) = try name(b, k, to)
            k = afterKey
            while k < to, isSpace(b[k]) { k += 1 }
            guard k < to, b[k] == 0x3D else { throw XMLScanError.malformed(.attributeWithoutValue(name: key)) }
            k += 1
            while k < to, isSpace(b[k]) { k += 1 }
            guard k < to, b[k] == 0x22 || b[k] == 0x27 else {
                throw XMLScanError.malformed(.unquotedAttributeValue)
            }
            let quote = b[k]
            var e = k + 1
            while e < to, b[e] != quote { e += 1 }
            guard e < to else { throw XMLScanError.malformed(.unclosedAttributeValue) }
            if out[key] == nil { out.pairs.append((key, try decode(b, k + 1, e))) }
            k = e + 1
        }
    }

    /// UTF-8 text with the five predefined entities and character references decoded.
    static func decode(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) throws -> String {
        var k = from
        while k < to, b[k] != 0x26 { k += 1 }
        if k == to { return try utf8(UnsafeBufferPointer(rebasing: b[from..<to])) }
        var bytes = Array(UnsafeBufferPointer(rebasing: b[from..<k]))
        while k < to {
            guard b[k] == 0x26 else {
                bytes.append(b[k])
                k += 1
                continue
            }
            var semi = k + 1
            while semi < to, b[semi] != 0x3B, semi - k < 12 { semi += 1 }
            guard semi < to, b[semi] == 0x3B else { throw XMLScanError.malformed(.loneAmpersand) }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[(k + 1)..<semi]), as: UTF8.self)
            bytes.append(contentsOf: try entity(name).utf8)
            k = semi + 1
        }
        return try bytes.withUnsafeBufferPointer { try utf8($0) }
    }

    /// The string of valid UTF-8 bytes (checked here: the generic `String(validating:)` cost a
    /// quarter of the reading time).
    static func utf8(_ b: UnsafeBufferPointer<UInt8>) throws -> String {
        var k = 0
        let n = b.count
        while k < n {
            let c = b[k]
            if c < 0x80 {
                k += 1
                continue
            }
            let length: Int
            let minimum: UInt32
            switch c {
            case 0xC2...0xDF:
                length = 2
                minimum = 0x80
            case 0xE0...0xEF:
                length = 3
                minimum = 0x800
            case 0xF0...0xF4:
                length = 4
                minimum = 0x10000
            default: throw XMLScanError.notUTF8
            }
            guard k + length <= n else { throw XMLScanError.notUTF8 }
            var v = UInt32(c) & (0xFF >> UInt32(length + 1))
            for j in 1..<length {
                let t = b[k + j]
                guard t & 0xC0 == 0x80 else { throw XMLScanError.notUTF8 }
                v = v << 6 | UInt32(t & 0x3F)
            }
            guard v >= minimum, v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v) else { throw XMLScanError.notUTF8 }
            k += length
        }
        return String(decoding: b, as: UTF8.self)
    }

    private static func entity(_ name: String) throws -> String {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        var digits = Substring(name)
        guard digits.first == "#" else { throw XMLScanError.unknownEntity(name) }
        digits = digits.dropFirst()
        var radix = 10
        if digits.first == "x" || digits.first == "X" {
            radix = 16
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, let v = UInt32(digits, radix: radix), v != 0, let scalar = Unicode.Scalar(v) else {
            throw XMLScanError.malformed(.invalidCharacterReference(name: name))
        }
        return String(Character(scalar))
    }
}
