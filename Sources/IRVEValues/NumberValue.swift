import Foundation
import IRVEFindings

/// The number a cell means, as people write it (`22,0`, `7 400`, a no-break space between thousands),
/// and the plain text `irve fix` writes for it.
public enum NumberValue {
    /// The value of `s` with its decimal comma read as a point and the spaces between digit groups
    /// dropped; nil when that is no finite number.
    public static func parse(_ s: String) -> Double? {
        let t = s.trimmingSpaces().replacingOccurrencesNatively(of: "\u{A0}", with: "")
            .replacingOccurrencesNatively(of: " ", with: "").replacingOccurrencesNatively(of: ",", with: ".")
        guard let v = Double(t), v.isFinite else { return nil }
        return v
    }

    /// A power as written with its unit (`22 kW`, `3,7kW`, `7400 W`, `11 kVA`): the number, and whether
    /// the unit was watts. Without a unit, the number alone.
    public static func power(_ s: String) -> (value: Double, watts: Bool)? {
        var t = s.trimmingSpaces().lowercased().replacingOccurrencesNatively(of: "\u{A0}", with: "")
        var watts = false
        for unit in ["kva", "kw"] where t.hasSuffix(unit) {
            t = String(t.dropLast(unit.count))
            break
        }
        if t.hasSuffix("w") {
            t.removeLast()
            watts = true
        }
        return parse(t).map { ($0, watts) }
    }

    /// A number read from a cell, written back plainly: every digit kept (`0,7247487` → `0.7247487`),
    /// since a repair must not round the producer's data. Values whose shortest form has an exponent
    /// (`1e-07`) are written out with 15 significant digits (what a Double holds for sure), trailing zeros dropped.
    public static func plainText(_ v: Double) -> String {
        if let i = integerText(v) { return i }
        let shortest = String(v)
        guard shortest.contains("e") else { return shortest }
        let magnitude = v == 0 ? 0 : Int(log10(abs(v)).rounded(.down))
        var s = String(format: "%.\(min(340, max(0, 14 - magnitude)))f", v)
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// `v` as an integer when it is one (below 10^15), else with at most six decimals, no trailing zero:
    /// for computed values (watts divided by 1 000), whose binary digits mean nothing past that.
    public static func text(_ v: Double) -> String {
        if let i = integerText(v) { return i }
        var s = String(format: "%.6f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    /// `v` written as an integer, when it is a whole number below 10^15 (exact in a `Double`).
    public static func integerText(_ v: Double) -> String? {
        guard v == v.rounded(), abs(v) < 1e15 else { return nil }
        return String(Int64(v))
    }
}
