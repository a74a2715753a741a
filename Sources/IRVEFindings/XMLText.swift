/// XML text, the one escaper of every XML irve writes (the JUnit report, the map's SVG and page).
public enum XMLText {
    /// XML text and attribute escaping; characters XML 1.0 forbids (controls other than tab, LF and
    /// CR) are replaced by U+FFFD, so a hostile cell cannot make the report unreadable.
    /// In text (`attribute` false) line breaks stay as they are, for people reading the failure.
    public static func escape(_ s: String, attribute: Bool = true) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += attribute ? "&#10;" : "\n"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default: if c.value < 0x20 { out += "\u{FFFD}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
    }
}
