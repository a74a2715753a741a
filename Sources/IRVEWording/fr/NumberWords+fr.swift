extension French: NumberWords {
    /// Groups of three digits separated by a narrow no-break space (U+202F), as French typography wants.
    static func count(_ n: Int) -> String {
        let digits = Array(String(n))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0, d != "-", digits[i - 1] != "-", (digits.count - i) % 3 == 0 { out.append("\u{202F}") }
            out.append(d)
        }
        return out
    }

    /// A decimal comma.
    static func decimal(_ x: Double, digits: Int) -> String {
        DecimalText.dotted(x, digits: digits).replacingOccurrences(of: ".", with: ",")
    }

    static func datePattern(_ strptime: String) -> String {
        strptime.replacingOccurrences(of: "%Y", with: "aaaa").replacingOccurrences(of: "%m", with: "mm")
            .replacingOccurrences(of: "%d", with: "jj")
    }
}
