import Foundation
import IRVEFindings
import IRVERules
import IRVESchema
import IRVEValues

/// Pure repairs of one cell, by what the schema expects. Each returns nil when it has nothing
/// certain or likely to propose; none invents a value (an empty cell stays empty).
public enum CellRepairs {
    /// Whether `clean` could change the cell: spaces around, NBSP, soft hyphen, BOM, zero-width
    /// and bidirectional marks. Decided on bytes (most cells need nothing).
    @inline(__always)
    public static func mayNeedCleaning(_ c: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = c.first, let last = c.last else { return false }
        if first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09 || first == 0x0A || last == 0x0A
            || first == 0x0D || last == 0x0D
        {
            return true
        }
        var i = 0
        while i < c.count {
            let b = c[i]
            if b == 0xC2, i + 1 < c.count, c[i + 1] == 0xA0 || c[i + 1] == 0xAD { return true }
            if b == 0xE2, i + 2 < c.count, c[i + 1] == 0x80 || c[i + 1] == 0x81 { return true }
            if b == 0xEF, i + 2 < c.count, c[i + 1] == 0xBB, c[i + 2] == 0xBF { return true }
            i += 1
        }
        return false
    }

    /// Spaces around, and characters nobody can see (copied with the text).
    public static func clean(_ s: String) -> CellFix? {
        let t = cleaned(s)
        return t != s ? CellFix(t, .trim, .certain) : nil
    }

    /// Zero-width and bidirectional marks, BOM and soft hyphen: never meant to be in a value.
    static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0x00AD: true
        default: false
        }
    }

    /// `clean`'s text: invisible characters out, NBSP → space, white space around trimmed.
    static func cleaned(_ s: String) -> String {
        // Every invisible character and NBSP starts with one of these bytes: most cells skip the scalar pass.
        guard s.utf8.contains(where: { $0 == 0xC2 || $0 == 0xE2 || $0 == 0xEF }) else {
            return s.trimmingSpacesAndNewlines()
        }
        let t = String(String.UnicodeScalarView(s.unicodeScalars.filter { !isInvisible($0) }))
        return t.replacingOccurrencesNatively(of: "\u{A0}", with: " ").trimmingSpacesAndNewlines()
    }

    public static func boolean(_ s: String, field: Field) -> CellFix? {
        BooleanValue.written(s, trueValues: field.trueValues, falseValues: field.falseValues).map {
            CellFix($0, .boolean, .certain)
        }
    }

    /// `dd/mm/yyyy`, `yyyy/mm/dd`, `yyyymmdd`, date-times → `yyyy-mm-dd` (only real calendar dates).
    public static func date(_ s: String) -> CellFix? {
        guard let out = DateValue.iso(s), out != s else { return nil }
        return CellFix(out, .date, .certain)
    }

    /// Decimal comma, spaces, units (`22 kW`, `3,7kW`, `7400 W`) → a plain number in kW.
    public static func power(_ s: String) -> CellFix? {
        guard let (v, unitWatts) = NumberValue.power(s), v >= 0 else { return nil }
        var kw = v
        var rule = RepairCode.number
        if unitWatts || v > PowerBounds.maxKilowatts {
            // Beyond 500 kW even as watts: left as is for the rule to report (dividing on every pass never ends).
            guard v <= PowerBounds.maxWatts else { return nil }
            kw = v / 1000
            rule = .rule(.powerInWatts)
        }
        let text = kw == v ? NumberValue.plainText(kw) : NumberValue.text(kw)
        guard text != s else { return nil }
        return CellFix(text, rule, rule == .rule(.powerInWatts) && !unitWatts ? .likely : .certain)
    }

    /// Decimal comma or spaces in any number.
    public static func number(_ s: String, integer: Bool) -> CellFix? {
        guard let v = NumberValue.parse(s) else { return nil }
        guard let text = integer ? NumberValue.integerText(v) : NumberValue.plainText(v) else { return nil }
        return text != s ? CellFix(text, .number, .certain) : nil
    }

    /// Itinerance ids: legacy AFIREV `*`, spaces, lower case.
    public static func itineranceId(_ s: String) -> CellFix? {
        guard s != "Non concerné" else { return nil }
        if s.lowercased() == "non concerné" || s.lowercased() == "non concerne" {
            return CellFix("Non concerné", .id, .certain)
        }
        let t = s.replacingOccurrencesNatively(of: "*", with: "").replacingOccurrencesNatively(of: " ", with: "")
            .uppercased()
        guard t != s, t.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) }), t.count >= 6 else { return nil }
        return CellFix(t, .id, .certain)
    }

    /// An INSEE code that lost its leading zero (`6084` → `06084`).
    public static func inseeCode(_ s: String) -> CellFix? {
        let t = s.trimmingSpaces()
        guard t.count == 4, t.allSatisfy(\.isNumber), t.first != "0" else {
            if t.count == 5, t.hasPrefix("2a") || t.hasPrefix("2b") {
                return CellFix(t.uppercased(), .insee, .certain)
            }
            return nil
        }
        return CellFix("0" + t, .inseeLeadingZero, .likely)
    }

    /// A phone number that lost its leading zero.
    public static func phone(_ s: String) -> CellFix? {
        let digits = s.filter(\.isNumber)
        guard s.allSatisfy({ $0.isNumber || $0 == " " || $0 == "." }), digits.count == 9, digits.first != "0" else {
            return nil
        }
        return CellFix("0" + digits, .phoneLeadingZero, .likely)
    }

    /// Opening hours: seconds, `24h/24`, `7j/7`.
    public static func horaires(_ s: String) -> CellFix? {
        let lower = s.lowercased()
        if lower.containsNatively("24h") || lower.containsNatively("7j/7") || lower.containsNatively("24/24")
            || lower == "h24" || lower == "24/7 "
        {
            return CellFix("24/7", .horaires, .likely)
        }
        if let fixed = secondsRemoved(s) { return CellFix(fixed, .horaires, .certain) }
        return nil
    }

    static func secondsRemoved(_ s: String) -> String? {
        var out = ""
        var changed = false
        var chars = Array(s)
        var i = 0
        while i < chars.count {
            if i + 7 < chars.count, chars[i].isNumber, chars[i + 1].isNumber, chars[i + 2] == ":",
                chars[i + 3].isNumber, chars[i + 4].isNumber,
                chars[i + 5] == ":", chars[i + 6].isNumber, chars[i + 7].isNumber
            {
                out += String(chars[i..<(i + 5)])
                i += 8
                changed = true
                continue
            }
            out.append(chars[i])
            i += 1
        }
        chars.removeAll()
        return changed ? out : nil
    }
}
