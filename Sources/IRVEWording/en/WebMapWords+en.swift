import IRVEFindings

extension English: WebMapWords {
    static func webMap(_ p: WebMapPhrase) -> String {
        switch p {
        case .openMap: "See the stations on the map"
        case .backToVerdict: "Back to the result"
        case .stationLabel: "Station"
        case .scriptNeeded: "Zooming and the stations' details need JavaScript; the map stays readable without it."
        }
    }
}
