import IRVEFindings

extension French: WebMapWords {
    static func webMap(_ p: WebMapPhrase) -> String {
        switch p {
        case .openMap: "Voir les stations sur la carte"
        case .backToVerdict: "Retour au résultat"
        case .stationLabel: "Station"
        case .scriptNeeded: "Le zoom et le détail des stations demandent JavaScript ; la carte reste lisible sans."
        }
    }
}
