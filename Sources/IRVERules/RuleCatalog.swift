import IRVEFindings

/// Every rule `irve check` applies beyond the schema (`irve check --rules` prints this list).
public enum RuleCatalog {
    public static let all: [Rule] = row + geographic

    /// The geographic checks (IRVEGeo), kept below both modules with their severities.
    public static let geographic: [Rule] = GeoRuleCatalog.rules

    /// Rules on the rows' own content (per row and across rows).
    public static let row: [Rule] = [
        Rule(
            code: "duplicate-id-pdc", severity: .error,
            titleFR: "Identifiant de point de recharge en double", titleEN: "Duplicated charge point id",
            explanationFR:
                "Chaque point de recharge (une ligne) doit avoir son propre id_pdc_itinerance ; « Non concerné » "
                + "excepté. Un doublon fait disparaître des points lors de la consolidation nationale.",
            explanationEN:
                "Each charge point (row) needs its own id_pdc_itinerance (\"Non concerné\" excepted); duplicates are "
                + "dropped by the national consolidation."
        ),
        Rule(
            code: "station-incoherent", severity: .error,
            titleFR: "Station décrite de façon contradictoire", titleEN: "Station described inconsistently",
            explanationFR:
                "Les colonnes qui décrivent la station (nom, adresse, coordonnées, commune, implantation, nombre de "
                + "points, aménageur, opérateur…) sont répétées sur chaque ligne de la station et doivent y être "
                + "identiques.",
            explanationEN: "Station-level columns are repeated on every row of a station and must be identical there."),
        Rule(
            code: "nbre-pdc-mismatch", severity: .warning,
            titleFR: "nbre_pdc différent du nombre de lignes de la station",
            titleEN: "nbre_pdc differs from the station's row count",
            explanationFR:
                "nbre_pdc est le nombre de points de recharge de la station ; le fichier doit contenir une ligne par "
                + "point. Vérifiez l'un ou l'autre (nbre_pdc ne compte pas les prises).",
            explanationEN: "nbre_pdc is the station's number of charge points; the file needs one row per point."),
        Rule(
            code: "id-structure", severity: .warning,
            titleFR: "Identifiant mal construit", titleEN: "Badly built identifier",
            explanationFR:
                "Un identifiant d'itinérance s'écrit : code pays (FR), code opérateur AFIREV de 3 caractères, P pour "
                + "une station ou E pour un point de recharge, puis l'identifiant, en majuscules, sans « * » ni "
                + "espace.",
            explanationEN:
                "An itinerance id is: country code (FR), 3-character AFIREV operator code, P for a station or E for "
                + "a charge point, then the id, upper case, without \"*\" or spaces."
        ),
        Rule(
            code: "id-operator-mismatch", severity: .warning,
            titleFR: "Code opérateur différent entre station et point",
            titleEN: "Operator code differs between station and point",
            explanationFR:
                "Le code opérateur (3 caractères après le code pays) doit être le même dans l'identifiant de la "
                + "station et dans celui de ses points de recharge.",
            explanationEN: "The operator code must be the same in the station id and in its charge points' ids."),
        Rule(
            code: "id-example-copied", severity: .error,
            titleFR: "Identifiant d'exemple recopié", titleEN: "Example id copied",
            explanationFR:
                "L'identifiant est celui de l'exemple du schéma (FRA68P68021001, FRA68E680210015…) : il faut "
                + "l'identifiant réel attribué par l'opérateur.",
            explanationEN: "The id is the schema's example: use the real id given by the operator."),
        Rule(
            code: "id-local-missing", severity: .error,
            titleFR: "« Non concerné » sans identifiant local", titleEN: "\"Non concerné\" without a local id",
            explanationFR:
                "Quand l'identifiant d'itinérance vaut « Non concerné », l'identifiant local (id_station_local ou "
                + "id_pdc_local) est indispensable pour reconnaître le point.",
            explanationEN: "When the itinerance id is \"Non concerné\", the local id is indispensable."),
        Rule(
            code: "power-in-watts", severity: .error,
            titleFR: "Puissance saisie en watts", titleEN: "Power given in watts",
            explanationFR:
                "puissance_nominale est en kilowatts : au-delà de 500, la valeur est presque sûrement en watts "
                + "(22000 pour 22 kW).",
            explanationEN: "puissance_nominale is in kW: above 500 the value is almost surely in watts."),
        Rule(
            code: "power-implausible", severity: .warning,
            titleFR: "Puissance peu plausible", titleEN: "Implausible power",
            explanationFR:
                "Une puissance inférieure à 1,5 kW, ou incompatible avec les prises déclarées (3,7 kW sur une prise "
                + "CCS seule, 50 kW sur une prise domestique…), est sans doute une erreur.",
            explanationEN: "A power below 1.5 kW, or inconsistent with the declared connectors, is probably wrong."),
        Rule(
            code: "date-in-future", severity: .warning,
            titleFR: "Date dans le futur", titleEN: "Date in the future",
            explanationFR: "date_mise_en_service et date_maj ne peuvent pas être postérieures à aujourd'hui.",
            explanationEN: "date_mise_en_service and date_maj cannot be later than today."),
        Rule(
            code: "dates-inverted", severity: .warning,
            titleFR: "Mise à jour antérieure à la mise en service", titleEN: "Update before commissioning",
            explanationFR: "date_maj (dernière mise à jour des données) ne peut pas précéder date_mise_en_service.",
            explanationEN: "date_maj cannot precede date_mise_en_service."),
        Rule(
            code: "siren-checksum", severity: .error,
            titleFR: "SIREN invalide (clé de contrôle)", titleEN: "Invalid SIREN (check digit)",
            explanationFR:
                "Un SIREN a une clé de contrôle (formule de Luhn) : ce numéro ne peut pas exister. Recopiez-le "
                + "depuis annuaire-entreprises.data.gouv.fr.",
            explanationEN: "A SIREN has a Luhn check digit: this number cannot exist."),
        Rule(
            code: "phone-format", severity: .warning,
            titleFR: "Numéro de téléphone mal écrit", titleEN: "Badly written phone number",
            explanationFR:
                "Un numéro français a 10 chiffres et commence par 0 (un tableur enlève souvent ce zéro) ; pas de "
                + "lettres ni de caractères invisibles.",
            explanationEN: "A French number has 10 digits starting with 0; no letters or invisible characters."),
        Rule(
            code: "horaires-format", severity: .warning,
            titleFR: "Horaires mal écrits", titleEN: "Badly written opening hours",
            explanationFR:
                "horaires s'écrit « 24/7 » ou au format OpenStreetMap (jours en anglais abrégés Mo Tu We Th Fr Sa "
                + "Su, heures hh:mm sans secondes), par exemple « Mo-Fr 08:00-19:00 ».",
            explanationEN: "horaires is \"24/7\" or OpenStreetMap opening hours (Mo Tu We Th Fr Sa Su, hh:mm)."),
        Rule(
            code: "connectors-as-pdc", severity: .warning,
            titleFR: "Prises déclarées comme points de recharge", titleEN: "Connectors declared as charge points",
            explanationFR:
                "Plusieurs lignes d'une station ont la même puissance, une seule prise chacune et des identifiants "
                + "qui se suivent : ce sont probablement les prises d'un même point de recharge, qui doit tenir "
                + "sur une seule ligne avec toutes ses prises à true.",
            explanationEN:
                "Several rows of a station have the same power, one connector each and consecutive ids: probably the "
                + "connectors of one charge point, which should be one row."
        ),
    ]

    private static let byCode: [String: Rule] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
    public static func rule(_ code: String) -> Rule? { byCode[code] }
}
