import Foundation
import IRVEFindings

/// How a language writes numbers, decimals and date patterns: one formatter per language, used by
/// every family of words, so that a count or a decimal reads the same in every message.
protocol NumberWords {
    /// A count: 1234567 → "1 234 567" in French (narrow no-break spaces), "1234567" in English.
    static func count(_ n: Int) -> String
    /// `x` with `digits` decimals ("2,4" in French, "2.4" in English), from `%.Nf`: no trap on inf or NaN.
    static func decimal(_ x: Double, digits: Int) -> String
    /// A strptime date pattern for people: "%Y-%m-%d" → "aaaa-mm-jj" in French, "yyyy-mm-dd" in English.
    static func datePattern(_ strptime: String) -> String
}

extension NumberWords {
    /// "850 m", "2,4 km", "37 km": kilometres get a decimal below `oneDecimalBelow` km; `%.0f` of
    /// the rounded value, which does not trap on inf or NaN.
    static func distance(_ metres: Double, oneDecimalBelow: Double) -> String {
        if metres < 1000 { return decimal(metres.rounded(), digits: 0) + " m" }
        let km = metres / 1000
        return (km < oneDecimalBelow ? decimal(km, digits: 1) : decimal(km.rounded(), digits: 0)) + " km"
    }
}

/// `%.Nf` with a dot, the one place numbers are printed with decimals.
enum DecimalText {
    static func dotted(_ x: Double, digits: Int) -> String { String(format: "%.\(max(0, digits))f", x) }
}

extension Wording {
    /// A count as `lang` writes it (for the modules that print figures themselves).
    public static func count(_ n: Int, _ lang: Language) -> String { numbers(lang).count(n) }

    /// A decimal as `lang` writes it.
    public static func decimal(_ x: Double, digits: Int, _ lang: Language) -> String {
        numbers(lang).decimal(x, digits: digits)
    }

    static func numbers(_ lang: Language) -> any NumberWords.Type {
        Wording.words(lang).self
    }
}
