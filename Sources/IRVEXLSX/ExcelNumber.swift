import Foundation

/// Renders the number stored in a cell the way it was typed: `22` not `22.0`, `3.7` not
/// `3.7000000000000002`, `12345678912345` not `1.2345678912345e+13`.
enum ExcelNumber {
    /// Excel keeps 15 significant digits of what is typed: a longer shortest form
    /// (0.30000000000000004 from =0.1+0.2) is a binary artefact, rounded away as Excel displays it.
    private static let excelPrecision = 15

    static func render(_ value: Double) -> String {
        if value == 0 { return "0" }  // also -0
        if let integer = exactInteger(value) { return integer }
        var number = value
        var text = "\(number)"  // Swift prints the shortest text that reads back as the same Double
        if number != number.rounded(), significantDigits(text) > excelPrecision,
            let rounded = Double(String(format: "%.\(excelPrecision - 1)e", number))
        {
            number = rounded
            if let integer = exactInteger(number) { return integer }
            text = "\(number)"
        }
        return positional(text)
    }

    /// Integers up to 2^53, all exact in a Double, print as such; larger ones go through `positional`.
    private static func exactInteger(_ value: Double) -> String? {
        guard value == value.rounded(), abs(value) <= 9_007_199_254_740_992 else { return nil }
        return String(Int64(value))
    }

    private static func significantDigits(_ text: String) -> Int {
        var count = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            if byte >= UInt8(ascii: "1") && byte <= UInt8(ascii: "9") || byte == UInt8(ascii: "0") && count > 0 {
                count += 1
            }
        }
        return count
    }

    /// "1.5e-07" → "0.00000015", "1.2345678912345678e+17" → "123456789123456780":
    /// Table Schema numbers and French readers both expect positional notation.
    static func positional(_ text: String) -> String {
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }),
            let exponent = Int(text[text.index(after: e)...]), abs(exponent) <= 40
        else { return text }
        var mantissa = text[..<e]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        if !sign.isEmpty { mantissa = mantissa.dropFirst() }
        let parts = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerPart = parts[0]
        let digits = integerPart + (parts.count > 1 ? parts[1] : "")
        let point = integerPart.count + exponent
        let body: String
        if point <= 0 {
            body = "0." + String(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            body = digits + String(repeating: "0", count: point - digits.count)
        } else {
            body = digits.prefix(point) + "." + digits.dropFirst(point)
        }
        return sign + body
    }
}
