import IRVEFindings
import IRVEValues

/// What a column's values look like, read on a bounded sample of its non-empty cells (never per
/// row of the whole file). Dates, booleans, numbers and coordinates are read by IRVEValues, as
/// `irve check`'s advice and `irve fix`'s repairs read them.
public enum ContentDetector {
    /// The rows sampled per column: enough to be sure, cheap on a million-row file.
    public static let sampleRows = 1000
    /// The share of values a kind must fit to be proposed at all.
    public static let minimumShare = 0.6
    /// The share of values a kind must fit for a certain mapping.
    public static let certainShare = 0.95

    /// Kinds tried in this order: the most specific first (a 14-digit PDL is no phone number, a
    /// `1`/`0` column is booleans before powers).
    static let order: [ContentKind] = [
        .coordinates, .pointId, .stationId, .siren, .pdl, .phone, .email, .openingHours, .date, .inseeCode,
        .boolean, .power,
    ]

    /// The kind most of `values` fit (at least `minimumShare` of them), with how many fit.
    /// `values` are a column's non-empty cells.
    public static func detect(_ values: [String]) -> (kind: ContentKind, matching: Int)? {
        guard !values.isEmpty else { return nil }
        for kind in order {
            let matching = values.reduce(0) { $0 + (matches(kind, $1) ? 1 : 0) }
            guard Double(matching) >= minimumShare * Double(values.count) else { continue }
            switch kind {
            // Five digits without a Corsican code may as well be postcodes.
            case .inseeCode:
                let corsican = values.contains { $0.uppercased().hasPrefix("2A") || $0.uppercased().hasPrefix("2B") }
                return (corsican ? .inseeCode : .communeCode, matching)
            // Counts of charge points (1, 2, 4…) are numbers too: a power has a unit, decimals or is > 12.
            case .power:
                guard values.contains(where: looksLikePowerOnly) else { return nil }
                return (.power, matching)
            default: return (kind, matching)
            }
        }
        return nil
    }

    /// Whether one value looks like `kind`.
    public static func matches(_ kind: ContentKind, _ raw: String) -> Bool {
        let value = raw.trimmingSpaces()
        switch kind {
        case .coordinates: return isCoordinates(value)
        case .stationId: return afirev(value, kind: "P")
        case .pointId: return afirev(value, kind: "E")
        case .inseeCode, .communeCode: return isCommuneCode(value)
        case .siren: return isSIREN(value)
        case .pdl: return digitsOnly(value, spaces: true).map { $0.count == 14 } ?? false
        case .boolean: return BooleanValue.parse(value) != nil
        case .date: return DateValue.iso(value) != nil
        case .power: return isPower(value)
        case .openingHours: return isOpeningHours(value)
        case .phone: return isPhone(value)
        case .email: return isEmail(value)
        }
    }

    /// Two numbers that fit a longitude and a latitude, one of them with decimals (`1, 2` is no point).
    static func isCoordinates(_ value: String) -> Bool {
        guard let c = CoordinateValue.read(value), let x = Double(c.first), let y = Double(c.second) else {
            return false
        }
        guard abs(x) <= 180, abs(y) <= 180, min(abs(x), abs(y)) <= 90 else { return false }
        return c.first.contains(".") || c.second.contains(".")
    }

    /// An AFIREV id: `FR`, a three-character operator code, `P` (station) or `E` (point), then
    /// letters and digits; the `*` separators are optional.
    static func afirev(_ value: String, kind: Character) -> Bool {
        let compact = value.uppercased().filter { $0 != "*" }
        let chars = Array(compact)
        guard chars.count >= 7, chars[0] == "F", chars[1] == "R", chars[5] == kind else { return false }
        return chars.allSatisfy { ($0.isASCII && $0.isLetter) || ($0.isASCII && $0.isNumber) }
    }

    static func isCommuneCode(_ value: String) -> Bool {
        let chars = Array(value.uppercased())
        guard chars.count == 5 else { return false }
        let digitsFrom = chars[0] == "2" && (chars[1] == "A" || chars[1] == "B") ? 2 : 0
        return chars[digitsFrom...].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// The ASCII digits of `value` when it holds nothing else (spaces between groups allowed if asked).
    static func digitsOnly(_ value: String, spaces: Bool) -> String? {
        var out = ""
        for ch in value {
            if ch.isASCII, ch.isNumber {
                out.append(ch)
            } else if !(spaces && (ch == " " || ch == "\u{A0}")) {
                return nil
            }
        }
        return out.isEmpty ? nil : out
    }

    /// Nine digits whose Luhn sum is a multiple of ten (what INSEE gives every SIREN).
    static func isSIREN(_ value: String) -> Bool {
        guard let d = digitsOnly(value, spaces: true), d.count == 9 else { return false }
        var sum = 0
        for (i, ch) in d.reversed().enumerated() {
            var v = Int(String(ch)) ?? 0
            if i % 2 == 1 {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
        }
        return sum % 10 == 0
    }

    /// The powers charge points are sold with, in kW: a column of counts, department numbers or
    /// latitudes rarely fits them, a column of powers nearly always does.
    static let usualPowers: [Double] = [
        2.3, 3, 3.7, 4.6, 6, 7, 7.4, 11, 12, 18, 20, 22, 24, 25, 30, 36, 40, 43, 44, 45, 48, 50, 60, 62.5, 75, 80, 90,
        100, 120, 125, 150, 160, 175, 180, 200, 225, 240, 250, 300, 320, 350, 360, 400,
    ]

    /// A usual charging power (within 0.1 kW: `7.36`, `22.08`), in kW or in W with its unit (`7400 W`).
    static func isPower(_ value: String) -> Bool {
        guard let (v, watts) = NumberValue.power(value) else { return false }
        let kw = watts ? v / 1000 : v
        return usualPowers.contains { abs(kw - $0) <= 0.1 }
    }

    static func looksLikePowerOnly(_ raw: String) -> Bool {
        let value = raw.trimmingSpaces().lowercased()
        guard isPower(value) else { return false }
        if value.hasSuffix("w") || value.hasSuffix("kva") || value.contains(".") || value.contains(",") { return true }
        return (NumberValue.parse(value) ?? 0) > 12
    }

    /// `24/7`, or a time range `08:00-20:00` (OSM opening_hours and its French variants `8h-20h`).
    static func isOpeningHours(_ value: String) -> Bool {
        let t = value.lowercased()
        if t == "24/7" || t == "24h/24" || t == "24h/24 7j/7" || t == "24h/24, 7j/7" { return true }
        let chars = Array(t)
        // A digit, `:` or `h`, a digit, then `-` a few characters on: one time range is enough.
        for i in chars.indices where chars[i] == "-" && i > 0 && i + 1 < chars.count {
            let before = chars[max(0, i - 3)..<i]
            let after = chars[(i + 1)..<min(chars.count, i + 4)]
            let timeBefore = before.contains(":") || before.contains("h")
            if timeBefore, before.contains(where: \.isNumber), after.contains(where: \.isNumber) { return true }
        }
        return false
    }

    /// A French phone number: ten digits starting with 0, or +33 / 0033 and nine digits; spaces,
    /// dots, dashes and brackets between groups.
    static func isPhone(_ value: String) -> Bool {
        var digits = ""
        var plus = false
        for ch in value {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
            } else if ch == "+" && digits.isEmpty && !plus {
                plus = true
            } else if !" .-()\u{A0}".contains(ch) {
                return false
            }
        }
        if plus || digits.hasPrefix("00") {
            let national = digits.hasPrefix("0033") ? digits.dropFirst(4) : digits.dropFirst(2)
            return digits.dropFirst(plus ? 0 : 2).hasPrefix("33") && national.count == 9 && national.first != "0"
        }
        return digits.count == 10 && digits.hasPrefix("0") && digits.dropFirst().first != "0"
    }

    /// `local@domain.tld`, no space.
    static func isEmail(_ value: String) -> Bool {
        let t = value.lowercased().hasPrefix("mailto:") ? String(value.dropFirst(7)) : value
        let parts = t.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !t.contains(" ") else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }
}
