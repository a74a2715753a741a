extension English: NumberWords {
    /// No thousands separator: the English outputs have always printed counts as plain digits.
    static func count(_ n: Int) -> String { String(n) }

    /// A decimal point.
    static func decimal(_ x: Double, digits: Int) -> String { DecimalText.dotted(x, digits: digits) }

    static func datePattern(_ strptime: String) -> String {
        strptime.replacingOccurrences(of: "%Y", with: "yyyy").replacingOccurrences(of: "%m", with: "mm")
            .replacingOccurrences(of: "%d", with: "dd")
    }
}
