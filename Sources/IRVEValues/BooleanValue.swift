import IRVEFindings

/// The yes/no a cell means, in French or English, as `irve check` suggests it and `irve fix` writes it.
public enum BooleanValue {
    /// Case and spaces around aside. `x` is a ticked box; `1` and `0` are what spreadsheets export.
    static let yes: Set<String> = ["vrai", "oui", "yes", "true", "o", "y", "x", "1", "t"]
    static let no: Set<String> = ["faux", "non", "no", "false", "n", "0", "f"]

    /// `true` for `VRAI`, `Oui`, `1`…, `false` for `Faux`, `NON`, `0`…, nil for anything else.
    public static func parse(_ s: String) -> Bool? {
        let t = s.trimmingSpaces().lowercased()
        if yes.contains(t) { return true }
        if no.contains(t) { return false }
        return nil
    }

    /// The field's own spelling of what `s` means (the first of its true or false values, else
    /// `true`/`false`); nil when `s` means nothing or is already one of the accepted spellings.
    public static func written(_ s: String, trueValues: [String], falseValues: [String]) -> String? {
        guard let value = parse(s) else { return nil }
        let accepted = value ? trueValues : falseValues
        let target = accepted.first ?? (value ? "true" : "false")
        guard s != target, !accepted.contains(s) else { return nil }
        return target
    }
}
