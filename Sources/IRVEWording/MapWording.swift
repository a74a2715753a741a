import IRVEFindings

/// The words of the map (`irve map`, the web assistant's map) and of its GeoJSON export.
public enum MapPhrase: Sendable, Equatable {
    case title(file: String)
    case summary(stations: Int, valid: Int, warnings: Int, errors: Int)
    case status(MapStatus)
    case stationLabel(name: String, id: String, status: MapStatus, findings: Int)
    case writtenHere(point: String)
    case fallsIn(commune: String)
    case legendSwapped
    case legendCommune
    case help
    case rows
    case findings
    case noFinding
    case rowNumber(Int)
    case leftOut(stations: Int, communes: Int, rows: Int, rowsWithoutPoint: Int)
    case written(path: String, stations: Int)
    case unknownOutput(path: String)
    case exportKindExpected(received: String)
}

protocol MapWords {
    static func map(_ p: MapPhrase) -> String
    static func mapHelp(_ t: HelpTopic.Map) -> String
}

extension Wording {
    public static func map(_ p: MapPhrase, _ lang: Language) -> String {
        let words: any MapWords.Type = Wording.words(lang).self
        return words.map(p)
    }
}
