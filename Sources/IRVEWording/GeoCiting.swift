import Foundation
import IRVEFindings

// How the geographic messages cite communes, lists and distances, the same in every language.

extension CommuneRef {
    /// "Rouen (76540)"
    var label: String { "\(name) (\(code))" }
}

extension CitedList<CommuneRef> {
    /// "Vernon (27681), Saint-Marcel (27562)…"
    var labels: String { shown.map(\.label).joined(separator: ", ") + (others > 0 ? "…" : "") }
}

extension CitedList<String> {
    /// "27200, 27950…"
    var text: String { shown.joined(separator: ", ") + (others > 0 ? "…" : "") }
}

enum Distance {
    /// "850 m", "2.4 km", "37 km" (`decimalComma` for French): `%.0f` of the rounded value, which
    /// does not trap on inf/NaN. Kilometres get a decimal below `oneDecimalBelow` km.
    static func text(_ metres: Double, oneDecimalBelow: Double, decimalComma: Bool) -> String {
        if metres < 1000 { return String(format: "%.0f m", metres.rounded()) }
        let km = metres / 1000
        let s = km < oneDecimalBelow ? String(format: "%.1f", km) : String(format: "%.0f", km.rounded())
        return (decimalComma ? s.replacingOccurrences(of: ".", with: ",") : s) + " km"
    }
}
