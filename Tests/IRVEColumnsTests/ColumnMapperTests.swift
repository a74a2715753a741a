import IRVEColumns
import IRVEFindings
import IRVESchemaCatalog
import IRVEWording
import XCTest

/// The portal labels and the content of unknown columns placed onto the 2.3.1 fields.
final class ColumnMapperTests: XCTestCase {
    let schema = SchemaCatalog.latest("statique")!.schema

    /// Paris's Belib' export (opendata.paris.fr, OpenDataSoft): its 42 labels as the portal writes them.
    static let belibLabels: [(label: String, field: String?)] = [
        ("ID PDC local", "id_pdc_local"), ("Statut du point de charge", nil), ("Arrondissement", nil),
        ("ID Station local", "id_station_local"), ("ID Station itinérance", "id_station_itinerance"),
        ("Nom station", "nom_station"), ("Code INSEE commune", "code_insee_commune"),
        ("Type implantation", "implantation_station"), ("Nombre point de recharge", "nbre_pdc"),
        ("Date mise à jour", "date_maj"), ("Conditions d'accès", "condition_acces"),
        ("Adresse station", "adresse_station"), ("Coordonnées géographiques", "coordonneesXY"),
        ("Gratuit", "gratuit"), ("Paiement à l'acte", "paiement_acte"), ("Paiement CB", "paiement_cb"),
        ("Paiement autre", "paiement_autre"), ("Réservation", "reservation"), ("Observations", "observations"),
        ("Numéro point livraison électricité", "num_pdl"), ("SIREN aménageur", "siren_amenageur"),
        ("Contact aménageur", "contact_amenageur"), ("Nom aménageur", "nom_amenageur"),
        ("Nom opérateur", "nom_operateur"), ("Contact opérateur", "contact_operateur"),
        ("Téléphone opérateur", "telephone_operateur"), ("Nom enseigne", "nom_enseigne"),
        ("Tarification", "tarification"), ("ID PDC itinérance", "id_pdc_itinerance"),
        ("Date mise en service", "date_mise_en_service"), ("Accessibilité PMR", "accessibilite_pmr"),
        ("Restriction gabarit", "restriction_gabarit"), ("Stationnement 2 roues", "station_deux_roues"),
        ("Puissance max KW", "puissance_nominale"), ("Prise type EF", "prise_type_ef"),
        ("Prise type 2", "prise_type_2"), ("Prise type Combo CCS", "prise_type_combo_ccs"),
        ("Prise type Chademo", "prise_type_chademo"), ("Prise type Autre", "prise_type_autre"),
        ("Prise type 3", nil), ("Horaires", "horaires"), ("Raccordement", "raccordement"),
    ]

    func testEveryBelibLabelNamesItsField() {
        for (label, field) in Self.belibLabels {
            XCTAssertEqual(ColumnSynonyms.field(for: label), field, label)
        }
        // Folded: case, accents, curly apostrophes, brackets and mojibake do not matter.
        XCTAssertEqual(ColumnSynonyms.field(for: "CONDITIONS D’ACCES"), "condition_acces")
        XCTAssertEqual(ColumnSynonyms.field(for: "Puissance (kW)"), "puissance_nominale")
        XCTAssertEqual(ColumnSynonyms.field(for: "CoordonnÃ©es gÃ©ographiques"), "coordonneesXY")
        XCTAssertNil(ColumnSynonyms.field(for: "Puissance max KWh"))
    }

    func testEverySynonymNamesASchemaField() {
        let names = Set(schema.fields.map(\.name))
        for field in Set(Self.belibLabels.compactMap(\.field)) { XCTAssertTrue(names.contains(field), field) }
        for label in ["Nom de l'aménageur", "Date de mise à jour", "Câble T2 attaché", "Numéro PDL"] {
            XCTAssertTrue(names.contains(ColumnSynonyms.field(for: label) ?? ""), label)
        }
    }

    func testEveryBelibLabelIsPlacedByTheHeaderAlone() {
        let labels = Self.belibLabels.map(\.label)
        let mapper = ColumnMapper(
            labels: labels, schema: schema, fieldColumns: Array(repeating: nil, count: schema.fields.count))
        let proposals = mapper.propose(sample: [:])
        XCTAssertEqual(proposals.count, 39)
        XCTAssertTrue(proposals.allSatisfy { $0.confidence == .certain && $0.evidence == .synonym })
        XCTAssertEqual(proposals.first { $0.label == "Puissance max KW" }?.column, 34)
    }

    /// Unknown labels: placed by their values; one candidate and nearly every value → certain.
    func testUnknownColumnsArePlacedByTheirContent() {
        let labels = ["col_a", "col_b", "col_c", "col_d", "col_e", "col_f"]
        let sample: [Int: [String]] = [
            0: Array(repeating: "48.83571, 2.286912", count: 2084),
            1: ["FR*V75*E9015*06*2", "FR*V75*E9015*07*3"],
            2: ["assistance@tevgo.fr"],
            3: ["En service", "Hors service"],
            4: ["22", "7.4"],
            5: ["true", "false"],
        ]
        let mapper = ColumnMapper(
            labels: labels, schema: schema, fieldColumns: Array(repeating: nil, count: schema.fields.count))
        let byLabel = Dictionary(uniqueKeysWithValues: mapper.propose(sample: sample).map { ($0.label, $0) })
        XCTAssertEqual(byLabel["col_a"]?.field, "coordonneesXY")
        XCTAssertEqual(byLabel["col_a"]?.confidence, .certain)
        XCTAssertEqual(byLabel["col_a"]?.evidence, .content(kind: .coordinates, matching: 2084, sampled: 2084))
        XCTAssertEqual(byLabel["col_b"]?.field, "id_pdc_itinerance")
        XCTAssertEqual(byLabel["col_c"]?.field, "contact_operateur")
        XCTAssertEqual(byLabel["col_c"]?.confidence, .doubtful)
        XCTAssertNil(byLabel["col_d"])
        XCTAssertEqual(byLabel["col_e"]?.field, "puissance_nominale")
        XCTAssertEqual(byLabel["col_e"]?.confidence, .doubtful)
        // Seven required boolean fields are free: a yes/no column names none of them.
        XCTAssertNil(byLabel["col_f"])
        XCTAssertEqual(
            Wording.evidence(byLabel["col_a"]!.evidence, .fr),
            "2\u{202F}084 valeur(s) sur 2\u{202F}084 ressemblent à des coordonnées")
    }

    func testPostcodesAreNoINSEECodes() {
        let mapper = ColumnMapper(
            labels: ["CP", "Commune"], schema: schema, fieldColumns: Array(repeating: nil, count: schema.fields.count))
        XCTAssertEqual(mapper.propose(sample: [0: ["75015", "59910"]]), [])
        let unnamed = ColumnMapper(
            labels: ["col"], schema: schema, fieldColumns: Array(repeating: nil, count: schema.fields.count))
        XCTAssertEqual(unnamed.propose(sample: [0: ["75115", "59090"]]).map(\.confidence), [.doubtful])
    }

    func testContentNeverTakesAFieldAColumnAlreadyFeeds() {
        let labels = ["coordonneesXY", "geo_point_borne"]
        var fieldColumns: [Int?] = Array(repeating: nil, count: schema.fields.count)
        fieldColumns[schema.fields.firstIndex { $0.name == "coordonneesXY" }!] = 0
        let mapper = ColumnMapper(labels: labels, schema: schema, fieldColumns: fieldColumns)
        XCTAssertEqual(mapper.propose(sample: [1: ["50.68644,3.085165"]]), [])
        // Two unknown columns that both look like points: neither is certain.
        let two = ColumnMapper(
            labels: ["a", "b"], schema: schema, fieldColumns: Array(repeating: nil, count: schema.fields.count))
        let proposals = two.propose(sample: [0: ["48.8, 2.3"], 1: ["48.8, 2.3"]])
        XCTAssertEqual(proposals.map(\.confidence), [.doubtful])
    }

    func testManualPairsAreCheckedAgainstTheHeaderAndTheSchema() throws {
        let labels = ["Puissance max KW", "Statut"]
        let pairs = try ColumnMapper.manualPairs(
            ["puissance max kw = puissance_nominale"], labels: labels, schema: schema)
        XCTAssertEqual(pairs.map(\.column), [0])
        XCTAssertThrowsError(try ColumnMapper.manualPairs(["Statut"], labels: labels, schema: schema)) {
            XCTAssertEqual($0 as? ColumnMapError, .syntax("Statut"))
        }
        XCTAssertThrowsError(try ColumnMapper.manualPairs(["Statut=statut_pdc"], labels: labels, schema: schema)) {
            guard case .unknownField(let field, _) = $0 as? ColumnMapError else { return XCTFail("\($0)") }
            XCTAssertEqual(field, "statut_pdc")
            XCTAssertTrue(Wording.message($0 as! ColumnMapError, .fr).contains("n'est pas un champ du schéma"))
        }
        XCTAssertThrowsError(try ColumnMapper.manualPairs(["Etat=observations"], labels: labels, schema: schema)) {
            XCTAssertEqual($0 as? ColumnMapError, .unknownColumn(label: "Etat", labels: labels))
        }
        XCTAssertThrowsError(
            try ColumnMapper.manualPairs(
                ["Statut=observations", "Statut=tarification"], labels: labels, schema: schema)
        ) { XCTAssertEqual($0 as? ColumnMapError, .twice("Statut=tarification")) }
        let manual = ColumnMapper(
            labels: labels, schema: schema, fieldColumns: Array(repeating: nil, count: schema.fields.count),
            manual: [(1, "observations")])
        XCTAssertEqual(
            manual.propose(sample: [:]).map { "\($0.label)=\($0.field) \($0.evidence)" },
            ["Puissance max KW=puissance_nominale synonym", "Statut=observations manual"])
    }
}
