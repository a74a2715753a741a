import IRVEValues

/// The labels portal exports give the 2.3.1 fields. OpenDataSoft exports a dataset with each
/// field's human label as the header: the labels of Paris's Belib' export (« Coordonnées
/// géographiques », « Puissance max KW »…, all 42 of them) and of the other ODS portals, plus
/// the names the schema's descriptions give the fields (« Code INSEE de la commune », « Nombre de
/// points de charge »…). Compared folded (`TextFolding.fold(_, .portalLabel)`), so case, accents,
/// spaces, apostrophes and brackets do not matter.
public enum ColumnSynonyms {
    /// Field → the labels that mean it.
    static let labelsOfField: [(field: String, labels: [String])] = [
        ("nom_amenageur", ["Nom aménageur", "Nom de l'aménageur", "Aménageur"]),
        ("siren_amenageur", ["SIREN aménageur", "SIREN de l'aménageur", "Numéro SIREN aménageur"]),
        ("contact_amenageur", ["Contact aménageur", "Contact de l'aménageur", "Email aménageur"]),
        ("nom_operateur", ["Nom opérateur", "Nom de l'opérateur", "Opérateur"]),
        ("contact_operateur", ["Contact opérateur", "Contact de l'opérateur", "Email opérateur"]),
        ("telephone_operateur", ["Téléphone opérateur", "Téléphone de l'opérateur", "Tel opérateur"]),
        ("nom_enseigne", ["Nom enseigne", "Enseigne", "Nom de l'enseigne"]),
        ("id_station_itinerance", ["ID Station itinérance", "Identifiant station itinérance", "ID station"]),
        ("id_station_local", ["ID Station local", "Identifiant station local"]),
        ("nom_station", ["Nom station", "Nom de la station"]),
        ("implantation_station", ["Type implantation", "Implantation station", "Type d'implantation"]),
        ("adresse_station", ["Adresse station", "Adresse de la station"]),
        ("code_insee_commune", ["Code INSEE commune", "Code INSEE", "Code INSEE de la commune", "Code commune"]),
        (
            "coordonneesXY",
            ["Coordonnées géographiques", "Coordonnées XY", "Géolocalisation", "Geo point", "geo_point_2d"]
        ),
        (
            "nbre_pdc",
            ["Nombre point de recharge", "Nombre points de recharge", "Nombre de points de charge", "Nombre PDC"]
        ),
        ("id_pdc_itinerance", ["ID PDC itinérance", "Identifiant PDC itinérance", "ID point de charge itinérance"]),
        ("id_pdc_local", ["ID PDC local", "Identifiant PDC local", "ID point de charge local"]),
        (
            "puissance_nominale",
            ["Puissance max KW", "Puissance nominale", "Puissance max", "Puissance (kW)", "Puissance nominale (kW)"]
        ),
        ("prise_type_ef", ["Prise type EF", "Prise EF", "Prise type E/F"]),
        ("prise_type_2", ["Prise type 2", "Prise T2"]),
        ("prise_type_combo_ccs", ["Prise type Combo CCS", "Prise Combo CCS", "Prise CCS"]),
        ("prise_type_chademo", ["Prise type Chademo", "Prise Chademo"]),
        ("prise_type_autre", ["Prise type Autre", "Prise autre", "Autre type de prise"]),
        ("gratuit", ["Gratuit", "Gratuité", "Recharge gratuite"]),
        ("paiement_acte", ["Paiement à l'acte", "Paiement acte"]),
        ("paiement_cb", ["Paiement CB", "Paiement par carte bancaire", "Paiement carte bancaire"]),
        ("paiement_autre", ["Paiement autre", "Autre moyen de paiement"]),
        ("tarification", ["Tarification", "Tarif", "Tarifs"]),
        ("condition_acces", ["Conditions d'accès", "Condition d'accès", "Condition accès", "Conditions accès"]),
        ("reservation", ["Réservation", "Réservation possible"]),
        ("horaires", ["Horaires", "Horaires d'ouverture", "Horaires d'accès"]),
        ("accessibilite_pmr", ["Accessibilité PMR", "Accessibilité personnes à mobilité réduite"]),
        ("restriction_gabarit", ["Restriction gabarit", "Restriction de gabarit", "Restrictions gabarit"]),
        ("station_deux_roues", ["Stationnement 2 roues", "Station deux roues", "Station 2 roues", "Deux roues"]),
        ("raccordement", ["Raccordement", "Type de raccordement"]),
        (
            "num_pdl",
            ["Numéro point livraison électricité", "Numéro PDL", "Numéro de point de livraison", "Point de livraison"]
        ),
        ("date_mise_en_service", ["Date mise en service", "Date de mise en service"]),
        ("observations", ["Observations", "Observation", "Commentaires"]),
        ("date_maj", ["Date mise à jour", "Date de mise à jour", "Date de la dernière mise à jour", "Mise à jour"]),
        ("cable_t2_attache", ["Câble T2 attaché", "Cable T2 attache", "Câble type 2 attaché"]),
    ]

    /// Folded label → field, built once.
    static let fieldOfLabel: [String: String] = {
        var table: [String: String] = [:]
        for (field, labels) in labelsOfField {
            for label in labels { table[TextFolding.fold(label, .portalLabel)] = field }
        }
        return table
    }()

    /// The field a portal label means, if the table knows it.
    public static func field(for label: String) -> String? {
        fieldOfLabel[TextFolding.fold(label, .portalLabel)]
    }
}
