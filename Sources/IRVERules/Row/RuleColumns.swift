/// Where the columns the rules read sit in the file, by name (like the header matching), looked up
/// once per file. A rule that needs another column asks `columns["name"]` when it is built.
public struct RuleColumns: Sendable {
    public let labels: [String]
    private let index: [String: Int]

    let pdc: Int?
    let station: Int?
    let pdcLocal: Int?
    let stationLocal: Int?
    let power: Int?
    let dateService: Int?
    let dateMaj: Int?
    let siren: Int?
    let phone: Int?
    let horaires: Int?
    let nbre: Int?
    let nomStation: Int?
    let adresse: Int?
    /// `connectorNames`, in that order (the bits of `RowExtracts.connectors`).
    let connectors: [Int?]
    /// `stationLevel`, in that order (the hashes of `RowExtracts.columnHashes`).
    let stationColumns: [Int?]

    public init(labels: [String]) {
        self.labels = labels
        var index: [String: Int] = [:]
        for (i, l) in labels.enumerated() where index[l] == nil { index[l] = i }
        self.index = index
        pdc = index["id_pdc_itinerance"]
        station = index["id_station_itinerance"]
        pdcLocal = index["id_pdc_local"]
        stationLocal = index["id_station_local"]
        power = index["puissance_nominale"]
        dateService = index["date_mise_en_service"]
        dateMaj = index["date_maj"]
        siren = index["siren_amenageur"]
        phone = index["telephone_operateur"]
        horaires = index["horaires"]
        nbre = index["nbre_pdc"]
        nomStation = index["nom_station"]
        adresse = index["adresse_station"]
        connectors = Self.connectorNames.map { index[$0] }
        stationColumns = Self.stationLevel.map { index[$0] }
    }

    /// The first column of that name.
    public subscript(name: String) -> Int? { index[name] }

    static let connectorNames = [
        "prise_type_ef", "prise_type_2", "prise_type_combo_ccs", "prise_type_chademo", "prise_type_autre",
    ]

    /// Columns that describe the station and must hold one value per station.
    static let stationLevel = [
        "nom_amenageur", "siren_amenageur", "contact_amenageur", "nom_operateur", "contact_operateur",
        "telephone_operateur",
        "nom_enseigne", "nom_station", "implantation_station", "adresse_station", "code_insee_commune", "coordonneesXY",
        "nbre_pdc", "condition_acces", "horaires", "station_deux_roues", "raccordement",
    ]
}
