import IRVEFindings
import IRVEReport
import IRVEValidate
import IRVEWording

/// What the verdict's station filter needs, computed once per upload: each row's station (read by
/// the library's `StationRows`) and the stations that have findings, in file order.
final class StationScope: @unchecked Sendable {
    let rows: StationRows
    /// The filter's options: bounded, so that a file of 20 000 stations keeps a light page.
    let withFindings: [String]
    static let maxOptions = 1000

    init(path: String, result: ValidationResult) {
        rows = StationRows.read(path: path)
        var seen: Set<String> = []
        var list: [String] = []
        for f in result.allFindings(.fr) {
            guard list.count < Self.maxOptions else { break }
            guard let r = f.rowNumber, let s = rows.station(ofRow: r), seen.insert(s).inserted else { continue }
            list.append(s)
        }
        withFindings = list
    }
}

extension VerdictPage {
    /// The link to the map of the stations, in the "what next" section.
    static func mapLink(_ lang: Language, _ r: ValidationResult) -> String {
        let text = HTML.escape(Wording.message(WebMapPhrase.openMap, lang))
        return "<p><a id=\"open-map\" href=\"/map?lang=\(lang.rawValue)\">\(text)</a></p>\n"
    }
}
