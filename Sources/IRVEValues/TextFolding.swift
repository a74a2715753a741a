import Foundation
import IRVEFindings

/// How a text is folded before it is compared. The callers compare different things against
/// different references, and their outputs depend on the exact folding (tests pin each style):
public enum FoldingStyle: Sendable {
    /// Column labels against field names: lower case, the accents of French letters removed, spaces,
    /// hyphens, dots, tabs, NBSP and BOM → `_`, `_` trimmed (`Coordonnées XY` → `coordonnees_xy`).
    case label
    /// A label that may be mojibake (`Ã©`, `√©`, U+FFFD for `é`) folded as `.label`: what `irve fix`
    /// maps a header with.
    case mojibakeLabel
    /// A human label of a portal export folded as `.mojibakeLabel`, then apostrophes, brackets,
    /// slashes, commas and colons as `_` too, runs of `_` as one (`Conditions d’accès` and
    /// `Conditions d'accès` → `conditions_d_acces`, `Puissance max (kW)` → `puissance_max_kw`): what
    /// the synonym table of `IRVEColumns` is compared with.
    case portalLabel
    /// Commune names the way La Poste writes them: upper case, no accents, hyphens and apostrophes as
    /// spaces, `SAINT`/`SAINTE` as `ST`/`STE`, no leading article, single spaces (`L'Haÿ-les-Roses`
    /// → `HAY LES ROSES`). Runs for every distinct address of a file.
    case communeName
    /// Address text as addok's `ascii()` (unidecode + lower + non-word → space): lower case, accents
    /// removed (é → e, œ → oe), anything but letters and digits → one space.
    case address
}

/// The one folding function, and the edit distance used on folded labels.
public enum TextFolding {
    public static func fold(_ s: String, _ style: FoldingStyle) -> String {
        switch style {
        case .label: label(s)
        case .mojibakeLabel:
            label(
                s.replacingOccurrences(of: "Ã©", with: "é").replacingOccurrences(of: "√©", with: "é")
                    .replacingOccurrences(of: "\u{FFFD}", with: "e"))
        case .portalLabel: portalLabel(fold(s, .mojibakeLabel))
        case .communeName: communeName(s)
        case .address: address(s)
        }
    }

    private static func label(_ s: String) -> String {
        let lowered = s.lowercased()
        var out = ""
        for scalar in lowered.unicodeScalars {
            switch scalar {
            case "à", "â", "ä", "á": out.append("a")
            case "é", "è", "ê", "ë": out.append("e")
            case "î", "ï", "í": out.append("i")
            case "ô", "ö", "ó": out.append("o")
            case "ù", "û", "ü", "ú": out.append("u")
            case "ç": out.append("c")
            case " ", "-", ".", "\u{FEFF}", "\u{A0}", "\t": out.append("_")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.trimming { $0 == "_" }
    }

    private static func portalLabel(_ folded: String) -> String {
        var out = ""
        for scalar in folded.unicodeScalars {
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "\u{2BC}", "`", "(", ")", "[", "]", "/", ",", ":", ";", "_", "°":
                if !out.hasSuffix("_") { out.append("_") }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.trimming { $0 == "_" }
    }

    /// On UTF-8 bytes, upper case first, then the words (scanned in place: no array of words, no
    /// string per word).
    private static func communeName(_ s: String) -> String {
        let out = communeNameBytes(s)  // words separated by one space, none at either end
        var start = 0
        if let space = out.firstIndex(of: 0x20), articles.contains(where: { out[..<space].elementsEqual($0) }) {
            start = space + 1
        }
        var result: [UInt8] = []
        result.reserveCapacity(out.count)
        var i = start
        while i < out.count {
            var j = i
            while j < out.count, out[j] != 0x20 { j += 1 }
            if i > start { result.append(0x20) }
            let word = out[i..<j]
            if word.elementsEqual("SAINT".utf8) {
                result.append(contentsOf: "ST".utf8)
            } else if word.elementsEqual("SAINTE".utf8) {
                result.append(contentsOf: "STE".utf8)
            } else {
                result.append(contentsOf: word)
            }
            i = j + 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Articles dropped before a commune name of several words.
    private static let articles: [[UInt8]] = ["LE", "LA", "LES", "L"].map { Array($0.utf8) }

    /// Upper-case ASCII letters and digits, single spaces between words, none at the end.
    private static func communeNameBytes(_ s: String) -> [UInt8] {
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
        return out
    }

    private static func address(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if (0x300...0x36F).contains(v) { continue }  // combining accents left by the decomposition
            let replacement: String?
            switch scalar {
            case "œ": replacement = "oe"
            case "æ": replacement = "ae"
            case "ß": replacement = "ss"
            case "ø": replacement = "o"
            case "đ": replacement = "d"
            case "ł": replacement = "l"
            default: replacement = nil
            }
            if let replacement {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(contentsOf: replacement.unicodeScalars)
            } else if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else if scalar.properties.isAlphabetic {
                // Letters from other scripts stay (rare in BAN, but not noise).
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return String(out)
    }

    /// Levenshtein distance, giving up above `limit` (two reused rows, stop once a row passes it).
    public static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var previous = Array(0...y.count)
        var current = Array(repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            var rowMin = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
