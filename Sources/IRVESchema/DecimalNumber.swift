/// A number read the way Python's `Decimal(str)` and `int(str)` read it, without allocating:
/// it keeps where its digits are in the cell and compares exactly (no binary rounding), so
/// `minimum`/`maximum` behave like frictionless' `Decimal` comparisons.
public struct DecimalNumber: Sendable {
    public enum Kind: Sendable { case finite, infinite, nan }
    public var kind: Kind
    public var negative: Bool
    /// Significant digits as ASCII (no leading/trailing zeros); empty for zero.
    public var digits: [UInt8]
    /// Value = 0.digits × 10^exponent.
    public var exponent: Int

    public var isZero: Bool { kind == .finite && digits.isEmpty }

    /// Parses a schema bound or enum value given as text (off the hot path).
    public init?(text: String) {
        var s = text
        guard let view = s.withUTF8({ DecimalView.parseDecimal($0) }) else { return nil }
        self = s.withUTF8 { view.materialize(in: $0) }
    }

    init(kind: Kind, negative: Bool, digits: [UInt8], exponent: Int) {
        self.kind = kind
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
    }
}

/// Where a number's pieces are inside a cell; valid only while the cell's bytes are.
struct DecimalView {
    var kind: DecimalNumber.Kind
    var negative: Bool
    /// Mantissa bytes (digits, `_`, at most one `.`).
    var mantissa: Range<Int>
    /// Index of the first significant digit inside `mantissa`, or nil when the value is zero.
    var firstSignificant: Int?
    var exponent: Int  // value = 0.D × 10^exponent (D = significant digits)

    static let exponentClamp = 1 << 40

    /// Python `Decimal(str)`: surrounding whitespace and every underscore are ignored.
    static func parseDecimal(_ c: Cell) -> DecimalView? {
        let r = PyWhitespace.strip(c)
        var i = r.lowerBound
        let end = r.upperBound
        @inline(__always) func skipUnderscores() { while i < end, c[i] == 0x5F { i += 1 } }
        skipUnderscores()
        var negative = false
        if i < end, c[i] == 0x2B || c[i] == 0x2D {
            negative = c[i] == 0x2D
            i += 1
        }
        skipUnderscores()
        guard i < end else { return nil }
        let first = ASCII.lower(c[i])
        if first == 0x69 || first == 0x6E || first == 0x73 {  // inf / nan / snan
            return parseSpecial(c, from: i, to: end, negative: negative)
        }
        let mStart = i
        var digitsBefore = 0
        var digitsAfter = 0
        var sawDot = false
        var firstSig: Int? = nil
        var sigDigitIndex = 0  // index (among digits) of the first significant digit
        var digitIndex = 0
        while i < end {
            let b = c[i]
            if ASCII.isDigit(b) {
                if firstSig == nil, b != 0x30 {
                    firstSig = i
                    sigDigitIndex = digitIndex
                }
                if sawDot { digitsAfter += 1 } else { digitsBefore += 1 }
                digitIndex += 1
            } else if b == 0x5F {
            } else if b == 0x2E, !sawDot {
                sawDot = true
            } else {
                break
            }
            i += 1
        }
        guard digitsBefore + digitsAfter > 0 else { return nil }
        let mEnd = i
        var exp = 0
        if i < end, c[i] == 0x65 || c[i] == 0x45 {
            i += 1
            skipUnderscores()
            var expNegative = false
            if i < end, c[i] == 0x2B || c[i] == 0x2D {
                expNegative = c[i] == 0x2D
                i += 1
            }
            var any = false
            var significant = 0
            while i < end, ASCII.isDigit(c[i]) || c[i] == 0x5F {
                if c[i] != 0x5F {
                    any = true
                    if significant > 0 || c[i] != 0x30 { significant += 1 }
                    if exp < exponentClamp { exp = exp * 10 + Int(c[i] - 0x30) }
                }
                i += 1
            }
            // libmpdec refuses exponents beyond 18 digits (|e| > 999999999999999999).
            guard any, significant <= 18 else { return nil }
            if expNegative { exp = -exp }
        }
        guard i == end else { return nil }
        return DecimalView(
            kind: .finite, negative: negative, mantissa: mStart..<mEnd, firstSignificant: firstSig,
            exponent: digitsBefore - sigDigitIndex + exp)
    }

    private static func parseSpecial(_ c: Cell, from start: Int, to end: Int, negative: Bool) -> DecimalView? {
        func word(_ w: String, at p: Int) -> Int? {
            var j = p
            for ch in w.utf8 {
                while j < end, c[j] == 0x5F { j += 1 }
                guard j < end, ASCII.lower(c[j]) == ch else { return nil }
                j += 1
            }
            return j
        }
        func onlyDigitsOrUnderscores(from p: Int) -> Bool {
            var j = p
            while j < end {
                guard ASCII.isDigit(c[j]) || c[j] == 0x5F else { return false }
                j += 1
            }
            return true
        }
        if let j = word("infinity", at: start) ?? word("inf", at: start) {
            var k = j
            while k < end, c[k] == 0x5F { k += 1 }
            guard k == end else { return nil }
            return DecimalView(
                kind: .infinite, negative: negative, mantissa: start..<start, firstSignificant: nil, exponent: 0)
        }
        if let j = word("snan", at: start) ?? word("nan", at: start), onlyDigitsOrUnderscores(from: j) {
            return DecimalView(
                kind: .nan, negative: negative, mantissa: start..<start, firstSignificant: nil, exponent: 0)
        }
        return nil
    }

    /// Python `int(str)`: whitespace around, a sign, digits with single underscores between them.
    static func parseInteger(_ c: Cell) -> DecimalView? {
        let r = PyWhitespace.strip(c)
        var i = r.lowerBound
        let end = r.upperBound
        var negative = false
        if i < end, c[i] == 0x2B || c[i] == 0x2D {
            negative = c[i] == 0x2D
            i += 1
        }
        let mStart = i
        var count = 0
        var firstSig: Int? = nil
        var sigIndex = 0
        var previousUnderscore = true  // forbids a leading underscore
        while i < end {
            let b = c[i]
            if ASCII.isDigit(b) {
                if firstSig == nil, b != 0x30 {
                    firstSig = i
                    sigIndex = count
                }
                count += 1
                previousUnderscore = false
            } else if b == 0x5F, !previousUnderscore {
                previousUnderscore = true
            } else {
                return nil
            }
            i += 1
        }
        // Python refuses to convert integers of more than 4300 digits.
        guard count > 0, count <= 4300, !previousUnderscore else { return nil }
        return DecimalView(
            kind: .finite, negative: negative, mantissa: mStart..<end, firstSignificant: firstSig,
            exponent: count - sigIndex)
    }

    func materialize(in c: Cell) -> DecimalNumber {
        var digits: [UInt8] = []
        if let s = firstSignificant {
            for i in s..<mantissa.upperBound where ASCII.isDigit(c[i]) { digits.append(c[i]) }
            while digits.last == 0x30 { digits.removeLast() }
        }
        return DecimalNumber(kind: kind, negative: negative, digits: digits, exponent: exponent)
    }

    /// Exact comparison with a bound; nil when either side is NaN (incomparable).
    func compare(to bound: DecimalNumber, in c: Cell) -> Int? {
        if kind == .nan || bound.kind == .nan { return nil }
        let selfZero = kind == .finite && firstSignificant == nil
        let selfSign = selfZero ? 0 : (negative ? -1 : 1)
        let boundSign = bound.isZero ? 0 : (bound.negative ? -1 : 1)
        if selfSign != boundSign { return selfSign < boundSign ? -1 : 1 }
        if selfSign == 0 { return 0 }
        let magnitude = compareMagnitude(to: bound, in: c)
        return selfSign > 0 ? magnitude : -magnitude
    }

    private func compareMagnitude(to bound: DecimalNumber, in c: Cell) -> Int {
        switch (kind, bound.kind) {
        case (.infinite, .infinite): return 0
        case (.infinite, _): return 1
        case (_, .infinite): return -1
        default: break
        }
        if exponent != bound.exponent { return exponent < bound.exponent ? -1 : 1 }
        var i = firstSignificant ?? mantissa.upperBound
        var k = 0
        while true {
            while i < mantissa.upperBound, !ASCII.isDigit(c[i]) { i += 1 }
            let a: UInt8 = i < mantissa.upperBound ? c[i] : 0x30
            let b: UInt8 = k < bound.digits.count ? bound.digits[k] : 0x30
            if a != b { return a < b ? -1 : 1 }
            if i >= mantissa.upperBound {
                // Remaining bound digits are all non-zero-terminated: any left means bound is larger.
                return k + 1 < bound.digits.count ? -1 : 0
            }
            i += 1
            k += 1
            if k >= bound.digits.count {
                // Bound exhausted: self is larger iff a non-zero digit remains.
                while i < mantissa.upperBound {
                    if ASCII.isDigit(c[i]), c[i] != 0x30 { return 1 }
                    i += 1
                }
                return 0
            }
        }
    }
}
