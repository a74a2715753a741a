import Foundation

/// Small pure helpers the rules share (the hot checks themselves work on bytes, see `CellBytes`).
enum TextChecks {
    /// Characters nobody can see, often pasted with a phone number or an id.
    static func isInvisible(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF, 0x00AD: true
        default: false
        }
    }

    /// A power in kW as people write it: `22`, `7.4`, `3.68`.
    static func formatKW(_ v: Double) -> String {
        let r = (v * 1000).rounded() / 1000
        if r == r.rounded(), let whole = Int(exactly: r) { return String(whole) }
        guard r.isFinite, abs(r) < 1e15 else { return "\(r)" }
        var s = String(format: "%.3f", r)
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }
}
