/// A1-style cell references.
enum CellReference {
    /// Excel's last column, XFD.
    static let maxColumns = 16_384

    /// Zero-based column of "C5", "$C$5" or "c5"; nil when the reference starts with no letter.
    /// Saturates instead of overflowing, so a hostile "ZZZZZZZZZZZZZZ1" is just out of range.
    static func column(of reference: String) -> Int? {
        var column = 0
        var sawLetter = false
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "$"):
                continue
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                sawLetter = true
                column = min(column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1, Int(Int32.max))
            default:
                return sawLetter ? column - 1 : nil
            }
        }
        return sawLetter ? column - 1 : nil
    }

    /// "A1" for column 0, row 1: names a cell in error messages.
    static func name(column: Int, row: Int) -> String {
        var letters = ""
        var rest = column + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(remainder))) + letters
            rest = (rest - 1) / 26
        }
        return letters + String(row)
    }
}
