import IRVEColumns
import IRVEFindings
import IRVEValues

/// Which kind of IRVE file a header belongs to: the basis of automatic schema selection and of
/// the file-level findings (v1 layout, pre-2019 layout, dynamique file, not IRVE at all).
public enum Layout: String, Sendable {
    case statique, dynamique, v1, preV1, notIRVE
}

public enum LayoutDetector {
    static let statique = Set([
        "nom_amenageur", "siren_amenageur", "contact_amenageur", "nom_operateur", "contact_operateur",
        "telephone_operateur",
        "nom_enseigne", "id_station_itinerance", "id_station_local", "nom_station", "implantation_station",
        "adresse_station",
        "code_insee_commune", "coordonneesxy", "nbre_pdc", "id_pdc_itinerance", "id_pdc_local", "puissance_nominale",
        "prise_type_ef", "prise_type_2", "prise_type_combo_ccs", "prise_type_chademo", "prise_type_autre", "gratuit",
        "paiement_acte", "paiement_cb", "paiement_autre", "tarification", "condition_acces", "reservation", "horaires",
        "accessibilite_pmr", "restriction_gabarit", "station_deux_roues", "raccordement", "num_pdl",
        "date_mise_en_service",
        "observations", "date_maj", "cable_t2_attache",
    ])
    static let dynamique = Set([
        "id_pdc_itinerance", "etat_pdc", "occupation_pdc", "horodatage", "etat_prise_type_2",
        "etat_prise_type_combo_ccs",
        "etat_prise_type_chademo", "etat_prise_type_ef",
    ])
    static let v1 = Set([
        "n_amenageur", "n_operateur", "n_enseigne", "id_station", "n_station", "ad_station", "code_insee", "xlongitude",
        "ylatitude", "nbre_pdc", "id_pdc", "puiss_max", "type_prise", "acces_recharge", "accessibilite", "observations",
        "date_maj",
    ])
    static let preV1 = Set([
        "id_station", "nom_station", "adresse_station", "latitude", "longitude", "nom_porteur", "type_charge",
        "nbre_pdc",
        "type_connecteur", "date_maj", "observations", "source", "latitude_wsg84", "longitude_wsg84",
    ])

    /// The layout whose column names the header shares most (after folding case and accents).
    public static func detect(labels: [String]) -> (layout: Layout, matched: Int) {
        let folded = Set(labels.map { TextFolding.fold($0, .label).replacingOccurrences(of: "√©", with: "e") })
        func score(_ s: Set<String>) -> Int { folded.intersection(s).count }
        let scores: [(Layout, Int, Int)] = [
            (.statique, score(statique), statique.count),
            (.dynamique, score(dynamique), dynamique.count),
            (.v1, score(v1), v1.count),
            (.preV1, score(preV1), preV1.count),
        ]
        // Distinctive columns decide between layouts that share names (nbre_pdc, date_maj…).
        let distinctiveV1 =
            folded.contains("n_operateur") || folded.contains("n_amenageur") || folded.contains("puiss_max")
            || folded.contains("xlongitude") || folded.contains("id_pdc")
        let distinctiveStatique =
            folded.contains("id_pdc_itinerance")
            && (folded.contains("puissance_nominale") || folded.contains("coordonneesxy"))
        if distinctiveStatique { return (.statique, scores[0].1) }
        if folded.contains("etat_pdc") || folded.contains("occupation_pdc") { return (.dynamique, scores[1].1) }
        if distinctiveV1 && !folded.contains("nom_operateur") { return (.v1, scores[2].1) }
        let best = scores.max { Double($0.1) / Double($0.2) < Double($1.1) / Double($1.2) }!
        // Fewer than four shared columns: not an IRVE table, unless its labels are those of a portal
        // export (« Puissance max KW », « Coordonnées géographiques »…) of the statique fields.
        if best.1 < 4 {
            let portal = Set(labels.compactMap { ColumnSynonyms.field(for: $0)?.lowercased() })
            let named = portal.union(folded.intersection(statique)).count
            return named >= 4 ? (.statique, named) : (.notIRVE, best.1)
        }
        return (best.0, best.1)
    }
}
