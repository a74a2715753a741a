/// Where the columns the rules read sit in the file (by name, like the header matching).
struct StatiqueColumns: Sendable {
    let labels: [String]
    let index: [String: Int]

    init(labels: [String]) {
        self.labels = labels
        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() where index[l] == nil { index[l] = i }
        self.index = index
    }

    subscript(name: String) -> Int? { index[name] }

    /// Columns that describe the station and must hold one value per station.
    static let stationLevel = [
        "nom_amenageur", "siren_amenageur", "contact_amenageur", "nom_operateur", "contact_operateur",
        "telephone_operateur",
        "nom_enseigne", "nom_station", "implantation_station", "adresse_station", "code_insee_commune", "coordonneesXY",
        "nbre_pdc", "condition_acces", "horaires", "station_deux_roues", "raccordement",
    ]
}
