import Foundation
import IRVEFindings

/// One schema field compiled for fast checking of raw UTF-8 cells, value for value like frictionless-py 5.
///
/// Built once per validation; `check` is called for every cell and allocates nothing in the common case.
public final class FieldChecker: @unchecked Sendable {
    public let field: Field
    private let missingValues: [[UInt8]]
    private let emptyIsMissing: Bool
    private let pattern: PatternMatcher?
    private let enumStrings: [[UInt8]]?
    private let enumNumbers: [DecimalNumber]?
    private let enumBools: [Bool]?
    private let enumTimes: [CivilTime]?
    private let enumInts: [Int]?
    private let minNumber, maxNumber, exMinNumber, exMaxNumber: DecimalNumber?
    private let minTime, maxTime, exMinTime, exMaxTime: CivilTime?
    private let minInt, maxInt, exMinInt, exMaxInt: Int?
    private let trueValues: [[UInt8]]
    private let falseValues: [[UInt8]]
    private let strptime: Strptime?
    private let hasConstraints: Bool
    private let formats: StringFormats?

    public init(field: Field, schemaMissingValues: [String]) throws(SchemaError) {
        self.field = field
        let missing = field.missingValues ?? schemaMissingValues
        missingValues = missing.map { Array($0.utf8) }
        emptyIsMissing = missing.contains("")
        let k = field.constraints
        if let p = k.pattern, field.type == .string {
            do { pattern = try PatternMatcher(pattern: p) } catch {
                if case .invalid(_, let offset, let reason) = error {
                    throw .invalidPattern(field: field.name, pattern: p, offset: offset, reason: reason)
                }
                throw .invalidPattern(field: field.name, pattern: p, offset: 0, reason: "?")
            }
        } else {
            pattern = nil
        }
        trueValues = field.trueValues.map { Array($0.utf8) }
        falseValues = field.falseValues.map { Array($0.utf8) }
        let isDateLike = [.date, .time, .datetime].contains(field.type)
        // `%Y-%m-%d` (written out or implied by "default") has a hand-written reader.
        strptime =
            isDateLike && field.format != "default" && field.format != "any"
                && !(field.type == .date && field.format == "%Y-%m-%d") ? Strptime(field.format) : nil

        // Bounds and enum members are read with the field's own reader, as frictionless does.
        func number(_ s: JSONScalar?) -> DecimalNumber? { s.flatMap { DecimalNumber(text: $0.text) } }
        func int(_ s: JSONScalar?) -> Int? { s.flatMap { Int($0.text.trimmingCharacters(in: .whitespaces)) } }
        let readTime: (JSONScalar?) -> CivilTime? = { [strptime, field] s in
            guard let s, s.kind == .string else { return nil }
            var text = s.text
            return text.withUTF8 {
                FieldChecker.readTime($0, type: field.type, format: field.format, strptime: strptime)
            }
        }
        switch field.type {
        case .number, .integer:
            minNumber = number(k.minimum)
            maxNumber = number(k.maximum)
            exMinNumber = number(k.exclusiveMinimum)
            exMaxNumber = number(k.exclusiveMaximum)
            (minTime, maxTime, exMinTime, exMaxTime) = (nil, nil, nil, nil)
            (minInt, maxInt, exMinInt, exMaxInt) = (nil, nil, nil, nil)
        case .date, .time, .datetime:
            minTime = readTime(k.minimum)
            maxTime = readTime(k.maximum)
            exMinTime = readTime(k.exclusiveMinimum)
            exMaxTime = readTime(k.exclusiveMaximum)
            (minNumber, maxNumber, exMinNumber, exMaxNumber) = (nil, nil, nil, nil)
            (minInt, maxInt, exMinInt, exMaxInt) = (nil, nil, nil, nil)
        case .year:
            minInt = int(k.minimum)
            maxInt = int(k.maximum)
            exMinInt = int(k.exclusiveMinimum)
            exMaxInt = int(k.exclusiveMaximum)
            (minNumber, maxNumber, exMinNumber, exMaxNumber) = (nil, nil, nil, nil)
            (minTime, maxTime, exMinTime, exMaxTime) = (nil, nil, nil, nil)
        default:
            (minNumber, maxNumber, exMinNumber, exMaxNumber) = (nil, nil, nil, nil)
            (minTime, maxTime, exMinTime, exMaxTime) = (nil, nil, nil, nil)
            (minInt, maxInt, exMinInt, exMaxInt) = (nil, nil, nil, nil)
        }
        let members = k.enumValues
        // A cell is text: for string/any fields only string members can ever equal it (Python `==`).
        enumStrings = members.map { m in
            [.string, .any].contains(field.type)
                ? m.filter { $0.kind == .string }.map { Array($0.text.utf8) } : m.map { Array($0.text.utf8) }
        }
        enumNumbers =
            [.number, .integer].contains(field.type)
            ? members.map { $0.compactMap { DecimalNumber(text: $0.text) } } : nil
        enumBools =
            field.type == .boolean
            ? members.map { m in
                m.compactMap { s -> Bool? in
                    if s.kind == .bool { return s.text == "True" }
                    if field.trueValues.contains(s.text) { return true }
                    if field.falseValues.contains(s.text) { return false }
                    return nil
                }
            } : nil
        enumTimes = isDateLike ? members.map { $0.compactMap { readTime($0) } } : nil
        enumInts = field.type == .year ? members.map { $0.compactMap { int($0) } } : nil
        if field.type == .string, ["email", "uri", "uuid"].contains(field.format) {
            do { formats = try StringFormats() } catch {
                switch error {
                case .invalid(let pattern, let offset, let reason):
                    throw .invalidPattern(field: field.name, pattern: pattern, offset: offset, reason: reason)
                }
            }
        } else {
            formats = nil
        }
        hasConstraints =
            k.required || k.pattern != nil || members != nil || k.minimum != nil || k.maximum != nil
            || k.exclusiveMinimum != nil || k.exclusiveMaximum != nil || k.minLength != nil || k.maxLength != nil
    }

    /// Checks one cell; `nil` means the cell is absent (row shorter than the header).
    @inline(__always)
    public func check(_ cell: Cell?) -> CellVerdict {
        guard let cell, !isMissing(cell) else {
            return CellVerdict(isBlank: true, typeError: false, failed: field.constraints.required ? .required : [])
        }
        let verdict = checkPresent(cell)
        if verdict.typeError, readsDigits, cell.contains(where: { $0 >= 0x80 }) {
            // Python reads any Unicode decimal digit (`٣`, `３`) as a digit: retry with ASCII ones.
            // strptime's `%Y` is `\d\d\d\d` (any digit) but `%m`/`%d` spell out ASCII ranges.
            if let ascii = UnicodeDigits.asciiDigits(cell, limit: field.type == .date ? 4 : Int.max) {
                return ascii.withUnsafeBufferPointer { checkPresent($0) }
            }
        }
        return verdict
    }

    private var readsDigits: Bool {
        switch field.type {
        case .number, .integer, .year, .yearmonth, .geopoint: true
        case .date: strptime != nil || field.format == "default" || field.format == "%Y-%m-%d"
        default: false
        }
    }

    @inline(__always)
    private func isMissing(_ cell: Cell) -> Bool {
        if cell.count == 0 { return emptyIsMissing }
        if missingValues.count <= 1 && emptyIsMissing { return false }
        for m in missingValues where cell.equals(m) { return true }
        return false
    }

    private func checkPresent(_ c: Cell) -> CellVerdict {
        var failed: ConstraintSet = []
        let k = field.constraints
        switch field.type {
        case .string:
            if !formatOK(c) { return typeError }
            if k.minLength != nil || k.maxLength != nil {
                let n = c.codePointCount
                if let m = k.minLength, n < m { failed.insert(.minLength) }
                if let m = k.maxLength, n > m { failed.insert(.maxLength) }
            }
            if let pattern, !pattern.matches(c) { failed.insert(.pattern) }
            if let e = enumStrings, !e.contains(where: { c.equals($0) }) { failed.insert(.enumeration) }
        case .any:
            if let e = enumStrings, !e.contains(where: { c.equals($0) }) { failed.insert(.enumeration) }
        case .number, .integer:
            guard let v = readNumber(c) else { return typeError }
            if hasConstraints { failed = numberConstraints(v, c) }
        case .boolean:
            let value: Bool
            if trueValues.contains(where: { c.equals($0) }) {
                value = true
            } else if falseValues.contains(where: { c.equals($0) }) {
                value = false
            } else {
                return typeError
            }
            if let e = enumBools, !e.contains(value) { failed.insert(.enumeration) }
        case .date, .time, .datetime:
            guard let t = Self.readTime(c, type: field.type, format: field.format, strptime: strptime) else {
                return typeError
            }
            if hasConstraints { failed = timeConstraints(t) }
        case .year:
            guard let y = Self.readYear(c) else { return typeError }
            if hasConstraints { failed = yearConstraints(y) }
        case .yearmonth:
            guard Self.readYearMonth(c) else { return typeError }
        case .geopoint:
            guard GeopointReader.isValid(c, format: field.format) else { return typeError }
            if let e = enumStrings, !e.contains(where: { c.equals($0) }) { failed.insert(.enumeration) }
        case .array, .object, .geojson:
            guard let v = PyJSONParser.parse(c) else { return typeError }
            switch (field.type, v) {
            case (.array, .array), (.object, .object), (.geojson, .object): break
            default: return typeError
            }
            if let n = v.pythonLength, field.type != .geojson {
                if let m = k.minLength, n < m { failed.insert(.minLength) }
                if let m = k.maxLength, n > m { failed.insert(.maxLength) }
            }
        case .list:
            // Items are strings by default: any text splits into a valid list.
            if k.minLength != nil || k.maxLength != nil {
                let n = c.split(separator: field.delimiter.utf8.first ?? 0x2C, omittingEmptySubsequences: false).count
                if let m = k.minLength, n < m { failed.insert(.minLength) }
                if let m = k.maxLength, n > m { failed.insert(.maxLength) }
            }
        case .duration:
            guard Self.readDuration(c) else { return typeError }
        }
        return failed.isEmpty ? .valid : CellVerdict(isBlank: false, typeError: false, failed: failed)
    }

    private var typeError: CellVerdict { CellVerdict(isBlank: false, typeError: true, failed: []) }

    @inline(__always)
    private func formatOK(_ c: Cell) -> Bool {
        switch field.format {
        case "default": true
        case "email": formats?.isEmail(c) ?? true
        case "uri": formats?.isURI(c) ?? true
        case "uuid": formats?.isUUID(c) ?? true
        default: true
        }
    }

    @inline(__always)
    private func readNumber(_ c: Cell) -> DecimalView? {
        if field.type == .integer {
            if field.bareNumber { return DecimalView.parseInteger(c) }
            return DecimalView.parseInteger(c)  // non-bare integers: rare; treated as bare
        }
        guard let v = DecimalView.parseDecimal(c) else { return nil }
        return v
    }

    private func numberConstraints(_ v: DecimalView, _ c: Cell) -> ConstraintSet {
        var failed: ConstraintSet = []
        // NaN fails every bound (frictionless' `cell != cell` guard).
        func check(_ bound: DecimalNumber?, _ flag: ConstraintSet, _ ok: (Int) -> Bool) {
            guard let bound else { return }
            guard let r = v.compare(to: bound, in: c), ok(r) else {
                failed.insert(flag)
                return
            }
        }
        check(minNumber, .minimum) { $0 >= 0 }
        check(maxNumber, .maximum) { $0 <= 0 }
        check(exMinNumber, .exclusiveMinimum) { $0 > 0 }
        check(exMaxNumber, .exclusiveMaximum) { $0 < 0 }
        if let e = enumNumbers, !e.contains(where: { v.compare(to: $0, in: c) == 0 }) { failed.insert(.enumeration) }
        if field.constraints.required {}  // present: required holds
        return failed
    }

    private func timeConstraints(_ t: CivilTime) -> ConstraintSet {
        var failed: ConstraintSet = []
        if let m = minTime, t < m { failed.insert(.minimum) }
        if let m = maxTime, t > m { failed.insert(.maximum) }
        if let m = exMinTime, !(t > m) { failed.insert(.exclusiveMinimum) }
        if let m = exMaxTime, !(t < m) { failed.insert(.exclusiveMaximum) }
        if let e = enumTimes, !e.contains(t) { failed.insert(.enumeration) }
        return failed
    }

    private func yearConstraints(_ y: Int) -> ConstraintSet {
        var failed: ConstraintSet = []
        if let m = minInt, y < m { failed.insert(.minimum) }
        if let m = maxInt, y > m { failed.insert(.maximum) }
        if let m = exMinInt, !(y > m) { failed.insert(.exclusiveMinimum) }
        if let m = exMaxInt, !(y < m) { failed.insert(.exclusiveMaximum) }
        if let e = enumInts, !e.contains(y) { failed.insert(.enumeration) }
        return failed
    }

    static func readTime(_ c: Cell, type: Field.FieldType, format: String, strptime: Strptime?) -> CivilTime? {
        if let strptime { return strptime.parse(c) }
        switch (type, format) {
        case (.date, "default"), (.date, "%Y-%m-%d"):
            return Strptime.parseDefaultDate(c)
        case (.datetime, "default"):
            // frictionless' guard before dateutil: character 17 is ':' and at least 19 characters.
            guard c.count >= 17, c[16] == 0x3A, c.codePointCount >= 19 else { return nil }
            return ISOParser.parseDateTime(c)
        case (.time, "default"):
            guard c.count >= 6, c[5] == 0x3A, c.codePointCount >= 8 else { return nil }
            var t = CivilTime(year: 2000, month: 1, day: 1)
            for b in c where b >= 0x80 { return nil }
            guard ISOParser.parseTime(c, into: &t), t.hour != 24 || true else { return nil }
            if t.hour == 24 { t.hour = 0 }
            return t.isValid ? t : nil
        default:
            // `any`: dateutil's free-form parser; we accept what the ISO or common French forms give.
            return ISOParser.parseDateTime(c) ?? frenchDate.parse(c) ?? defaultDate.parse(c)
        }
    }

    private static let defaultDate = Strptime("%Y-%m-%d")
    private static let frenchDate = Strptime("%d/%m/%Y")

    static func readYear(_ c: Cell) -> Int? {
        guard c.codePointCount == 4, let v = DecimalView.parseInteger(c), v.exponent <= 4 else { return nil }
        var n = 0
        for b in c where ASCII.isDigit(b) { n = n * 10 + Int(b - 0x30) }
        if v.negative { n = -n }
        return (0...9999).contains(n) ? n : nil
    }

    static func readYearMonth(_ c: Cell) -> Bool {
        let parts = c.split(separator: 0x2D, omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return DecimalView.parseInteger(UnsafeBufferPointer(rebasing: parts[0])) != nil
            && { (b: Cell) -> Bool in
                guard let v = DecimalView.parseInteger(b), !v.negative || v.firstSignificant == nil else {
                    return false
                }
                var n = 0
                for x in b where ASCII.isDigit(x) {
                    n = n * 10 + Int(x - 0x30)
                    if n > 12 { return false }
                }
                return n >= 1 && n <= 12
            }(UnsafeBufferPointer(rebasing: parts[1]))
    }

    /// ISO 8601 durations (`P1Y2M3DT4H5M6S`, `P2W`), as the isodate package reads them.
    static func readDuration(_ c: Cell) -> Bool {
        var s = String(decoding: c, as: UTF8.self)
        if s.hasPrefix("-") || s.hasPrefix("+") { s.removeFirst() }
        guard s.hasPrefix("P"), s.count > 1 else { return false }
        return s.wholeMatch(
            of:
                /P(?:\d+(?:[.,]\d+)?W|(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?D)?(?:T(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?)/
        ) != nil
            && !s.hasSuffix("T")
    }
}
