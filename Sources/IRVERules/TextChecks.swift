/// Small pure helpers the rules share.
enum TextChecks {
    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// `yyyy-mm-dd` (the schema's form); nil for anything else (the schema check reports it).
    static func isoDate(_ s: String) -> (Int, Int, Int)? {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return nil }
        func n(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r { guard u[k] >= 0x30, u[k] <= 0x39 else { return nil }; v = v * 10 + Int(u[k] - 0x30) }
            return v
        }
        guard let y = n(0..<4), let m = n(5..<7), let d = n(8..<10), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    static func isTrue(_ s: String) -> Bool? {
        switch s {
        case "true", "True", "TRUE", "1": true
        case "false", "False", "FALSE", "0": false
        default: nil
        }
    }

    /// Luhn over the 9 digits of a SIREN (La Poste's 356000000 is the one documented exception).
    static func sirenChecksumOK(_ siren: String) -> Bool {
        let digits = siren.compactMap(\.wholeNumberValue)
        guard digits.count == 9 else { return true }
        if siren == "356000000" { return true }
        var sum = 0
        for (i, d) in digits.reversed().enumerated() {
            let v = i % 2 == 1 ? d * 2 : d
            sum += v > 9 ? v - 9 : v
        }
        return sum % 10 == 0
    }

    /// Characters nobody can see, often pasted with a phone number or an id.
    static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0x00AD: true
        default: false
        }
    }

    static func formatKW(_ v: Double) -> String {
        let r = (v * 1000).rounded() / 1000
        if r == r.rounded() { return String(Int(r)) }
        var s = String(format: "%.3f", r)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}

import Foundation
