/// JSON text built as bytes: the one JSON encoder of the reports.
///
/// A value type used as a local variable, so that appending costs no exclusivity check; the report
/// hands it to its `OutputSink` every 64 KiB (a JSON report can hold tens of millions of findings).
public struct JSONBytes {
    public var bytes: [UInt8] = []

    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// Inlinable: a report writes a dozen of these per finding, from other modules.
    @inlinable
    public mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// A JSON string literal.
    public mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { string(utf8: $0) }
    }

    /// `null`, or the string.
    public mutating func string(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    /// `null`, or the number.
    public mutating func int(_ v: Int?) {
        guard let v else { return raw("null") }
        if v == 0 { return bytes.append(0x30) }
        if v < 0 { bytes.append(0x2D) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        var magnitude = v.magnitude
        withUnsafeMutableBytes(of: &digits) { raw in
            var k = raw.count
            while magnitude > 0 {
                k -= 1
                raw[k] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
                magnitude /= 10
            }
            bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[k...]))
        }
    }

    public mutating func bool(_ v: Bool) { v ? raw("true") : raw("false") }

    /// A JSON string literal of UTF-8 bytes. Runs that need no escape are copied at once; they are
    /// found eight bytes at a time.
    public mutating func string(utf8 u: UnsafeBufferPointer<UInt8>) {
        bytes.append(0x22)
        guard let base = u.baseAddress else { return bytes.append(0x22) }
        let count = u.count
        var runStart = 0
        var k = 0
        while k < count {
            if k + 8 <= count, !Self.mayNeedEscape(UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)) {
                k += 8
                continue
            }
            let b = base[k]
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                k += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: k - runStart))
            appendEscape(b)
            k += 1
            runStart = k
        }
        bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
        bytes.append(0x22)
    }

    /// Whether one of the eight bytes is a control character, `"` or `\` (the classic SWAR
    /// "has less than" and "has zero" tests: exact as a yes or no, which is all this needs).
    @inline(__always)
    static func mayNeedEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
        let control = (w &- ones &* 0x20) & ~w & high != 0
        return control || hasZero(w ^ (ones &* 0x22)) || hasZero(w ^ (ones &* 0x5C))
    }

    private mutating func appendEscape(_ b: UInt8) {
        switch b {
        case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
        case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
        case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
        case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
        default:
            let hex: StaticString = "0123456789abcdef"
            hex.withUTF8Buffer { h in
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, h[Int(b >> 4)], h[Int(b & 0xF)]])
            }
        }
    }
}

/// The last string written through `JSONBytes.string(_:repeating:)`, as its JSON literal: the findings
/// of the rows of one duplicated id (or of one bad value) repeat the previous message, which is then
/// copied instead of being escaped again.
public struct RepeatedString {
    var text: String?
    var literal: [UInt8] = []
    public init() {}
}

extension JSONBytes {
    public mutating func string(_ s: String, repeating last: inout RepeatedString) {
        if let text = last.text, text == s { return bytes.append(contentsOf: last.literal) }
        let start = bytes.count
        string(s)
        last.text = s
        last.literal.removeAll(keepingCapacity: true)
        last.literal.append(contentsOf: bytes[start...])
    }
}
