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
