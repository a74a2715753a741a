import IRVEFindings

/// The two numbers of a `coordonneesXY` cell as producers write them: `[lon, lat]`, `lat, lon`, without
/// brackets, with tabs or semicolons, or with decimal commas (`7,48, 48,34`). Read the same way by
/// `irve check`'s advice and `irve fix`'s repair.
public struct CoordinateValue: Sendable, Equatable {
    /// The numbers in the order written, as texts with a decimal point (their digits unchanged).
    public var first: String
    public var second: String
    /// The cell was already a well-formed `[x, y]` array (brackets, one comma, no semicolon).
    public var wellFormedArray: Bool
    /// The numbers were written with decimal commas (four groups of digits).
    public var decimalCommas: Bool

    public init(first: String, second: String, wellFormedArray: Bool, decimalCommas: Bool) {
        self.first = first
        self.second = second
        self.wellFormedArray = wellFormedArray
        self.decimalCommas = decimalCommas
    }

    /// The two numbers of `cell` (spaces and line breaks around ignored); nil when it does not hold two.
    public static func read(_ cell: String) -> CoordinateValue? {
        let t = cell.trimmingSpacesAndNewlines()
        let inner = t.trimming { u in u == "[" || u == "]" || u == "(" || u == ")" || u == " " || u == "\t" }
        let bracketed = t.hasPrefix("[") && t.hasSuffix("]")
        // Number-like tokens: digits, sign, dot, exponent.
        var tokens: [String] = []
        var current = ""
        var separators: [Character] = []
        for ch in inner {
            if ch.isNumber || ch == "." || ch == "-" || ch == "+" || ch == "e" || ch == "E" {
                current.append(ch)
                continue
            }
            if !current.isEmpty {
                tokens.append(current)
                current = ""
            }
            separators.append(ch)
        }
        if !current.isEmpty { tokens.append(current) }
        if tokens.count == 2 {
            let commas = separators.filter { $0 == "," }.count
            let wellFormed = bracketed && commas == 1 && !separators.contains(";")
            return CoordinateValue(
                first: tokens[0], second: tokens[1], wellFormedArray: wellFormed, decimalCommas: false)
        }
        // Decimal commas: "7,48, 48,34" or "7,48;48,34" → four integer groups.
        if tokens.count == 4, tokens.allSatisfy({ !$0.contains(".") }) {
            return CoordinateValue(
                first: tokens[0] + "." + tokens[1], second: tokens[2] + "." + tokens[3], wellFormedArray: false,
                decimalCommas: true)
        }
        return nil
    }
}
