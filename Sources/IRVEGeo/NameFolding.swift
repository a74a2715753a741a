/// Commune names compared the way La Poste writes them: upper case, no accents, hyphens and
/// apostrophes as spaces, `SAINT`/`SAINTE` as `ST`/`STE`, no leading article, single spaces.
/// Works on UTF-8 bytes: it runs for every distinct address of a file.
public enum NameFolding {
    public static func fold(_ s: some StringProtocol) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        var lastSpace = true
        func put(_ b: UInt8) {
            if b == 0x20 {
                if !lastSpace {
                    out.append(0x20)
                    lastSpace = true
                }
            } else {
                out.append(b)
                lastSpace = false
            }
        }
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            switch b {
            case 0x61...0x7A: put(b - 0x20)
            case 0x41...0x5A, 0x30...0x39: put(b)
            case 0xC3:
                guard let c = it.next() else { break }
                switch c | 0x20 {  // lower and upper case share the low five bits
                case 0xA0...0xA5: put(0x41)  // à á â ã ä å
                case 0xA6:
                    put(0x41)
                    put(0x45)  // æ
                case 0xA7: put(0x43)  // ç
                case 0xA8...0xAB: put(0x45)  // è é ê ë
                case 0xAC...0xAF: put(0x49)  // ì í î ï
                case 0xB1: put(0x4E)  // ñ
                case 0xB2...0xB6, 0xB8: put(0x4F)  // ò ó ô õ ö ø
                case 0xB9...0xBC: put(0x55)  // ù ú û ü
                case 0xBD, 0xBF: put(0x59)  // ý ÿ
                default: put(0x20)
                }
            case 0xC5:
                guard let c = it.next() else { break }
                if c == 0x92 || c == 0x93 {
                    put(0x4F)
                    put(0x45)
                } else if c == 0xB8 {
                    put(0x59)
                } else {
                    put(0x20)
                }
            case 0x80...0xBF: break  // continuation of a character handled as a space below
            case 0xC0...0xFF: put(0x20)
            default: put(0x20)
            }
        }
        if out.last == 0x20 { out.removeLast() }
        var words = out.split(separator: 0x20)
        if words.count > 1, ["LE", "LA", "LES", "L"].contains(where: { words[0].elementsEqual($0.utf8) }) {
            words.removeFirst()
        }
        var result = ""
        result.reserveCapacity(out.count)
        for (k, w) in words.enumerated() {
            if k > 0 { result.append(" ") }
            if w.elementsEqual("SAINT".utf8) {
                result.append("ST")
            } else if w.elementsEqual("SAINTE".utf8) {
                result.append("STE")
            } else {
                result.append(String(decoding: w, as: UTF8.self))
            }
        }
        return result
    }
}
