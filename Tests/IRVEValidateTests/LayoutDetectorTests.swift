import IRVEValidate
import Testing

/// Which kind of IRVE file a header belongs to (Swift Testing: one case per layout).
@Suite struct LayoutDetectorTests {
    static let statique =
        "nom_amenageur,siren_amenageur,contact_amenageur,nom_operateur,contact_operateur,telephone_operateur,nom_enseigne,id_station_itinerance,id_station_local,nom_station,implantation_station,adresse_station,code_insee_commune,coordonneesXY,nbre_pdc,id_pdc_itinerance,id_pdc_local,puissance_nominale,prise_type_ef,prise_type_2,prise_type_combo_ccs,prise_type_chademo,prise_type_autre,gratuit,paiement_acte,paiement_cb,paiement_autre,tarification,condition_acces,reservation,horaires,accessibilite_pmr,restriction_gabarit,station_deux_roues,raccordement,num_pdl,date_mise_en_service,observations,date_maj,cable_t2_attache"

    @Test("v2 statique header, also in upper case", arguments: [statique, statique.uppercased()])
    func statiqueHeader(_ header: String) {
        #expect(LayoutDetector.detect(labels: header.split(separator: ",").map(String.init)).layout == .statique)
    }

    @Test func v1Header() {
        let labels = [
            "n_amenageur", "n_operateur", "n_enseigne", "id_station", "n_station", "ad_station", "code_insee",
            "Xlongitude", "Ylatitude", "nbre_pdc", "id_pdc", "puiss_max", "type_prise", "acces_recharge",
            "accessibilité",
        ]
        #expect(LayoutDetector.detect(labels: labels).layout == .v1)
    }

    @Test func dynamiqueHeader() {
        #expect(
            LayoutDetector.detect(labels: ["id_pdc_itinerance", "etat_pdc", "occupation_pdc", "horodatage"]).layout
                == .dynamique)
    }

    @Test func preV1Header() {
        let labels = [
            "ID_station", "nom_station", "adresse_station", "latitude", "longitude", "nom_porteur", "type_charge",
            "nbre_pdc",
        ]
        #expect(LayoutDetector.detect(labels: labels).layout == .preV1)
    }

    @Test func notIRVE() {
        #expect(LayoutDetector.detect(labels: ["nom", "prenom", "telephone", "ville"]).layout == .notIRVE)
        #expect(LayoutDetector.detect(labels: []).layout == .notIRVE)
    }
}
