/// OOXML string escapes (ST_Xstring): characters XML cannot carry are written `_xHHHH_`
/// (Excel writes a carriage return as `_x000D_`), and a literal `_x` sequence is protected as `_x005F_x…`.
enum XString {
    static func decode(_ text: String) -> String {
        guard mayContainEscape(text) else { return text }
        let units = Array(text.utf16)
        var decoded: [UInt16] = []
        decoded.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if index + 6 < units.count, units[index] == 0x5F, units[index + 1] == 0x78, units[index + 6] == 0x5F,
                let value = hexValue(units[(index + 2)...(index + 5)])
            {
                decoded.append(value)
                index += 7
            } else {
                decoded.append(units[index])
                index += 1
            }
        }
        // UTF-16 decoding pairs escaped surrogates and replaces lone ones.
        return String(decoding: decoded, as: UTF16.self)
    }

    /// Fast pre-check on the UTF-8 bytes (String.contains goes through NSString on Linux).
    private static func mayContainEscape(_ text: String) -> Bool {
        var previousIsUnderscore = false
        for byte in text.utf8 {
            if previousIsUnderscore && byte == UInt8(ascii: "x") { return true }
            previousIsUnderscore = byte == UInt8(ascii: "_")
        }
        return false
    }

    private static func hexValue(_ digits: ArraySlice<UInt16>) -> UInt16? {
        var value: UInt16 = 0
        for unit in digits {
            let digit: UInt16
            switch unit {
            case 0x30...0x39: digit = unit - 0x30
            case 0x41...0x46: digit = unit - 0x41 + 10
            case 0x61...0x66: digit = unit - 0x61 + 10
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
