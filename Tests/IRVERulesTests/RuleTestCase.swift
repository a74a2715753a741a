import Foundation
import IRVEFindings
import IRVERules
import IRVEValidate
import XCTest

/// What the rule tests share: a valid row of every column, changed cell by cell, checked as a file.
class RuleTestCase: XCTestCase {
    private var dir: URL!

    override func setUp() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-rules-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    /// Every column of the 2.3 schema, in order.
    static let fields = [
        "nom_amenageur", "siren_amenageur", "contact_amenageur", "nom_operateur", "contact_operateur",
        "telephone_operateur", "nom_enseigne", "id_station_itinerance", "id_station_local", "nom_station",
        "implantation_station", "adresse_station", "code_insee_commune", "coordonneesXY", "nbre_pdc",
        "id_pdc_itinerance", "id_pdc_local", "puissance_nominale", "prise_type_ef", "prise_type_2",
        "prise_type_combo_ccs", "prise_type_chademo", "prise_type_autre", "gratuit", "paiement_acte", "paiement_cb",
        "paiement_autre", "tarification", "condition_acces", "reservation", "horaires", "accessibilite_pmr",
        "restriction_gabarit", "station_deux_roues", "raccordement", "num_pdl", "date_mise_en_service",
        "observations", "date_maj", "cable_t2_attache",
    ]
    static let header = fields.joined(separator: ",")

    /// A valid row (SIREN 213101231 passes the Luhn check); `changes` overrides columns by name.
    static func row(_ changes: [String: String] = [:]) -> String {
        var values: [String: String] = [
            "nom_amenageur": "Commune de Toulouse", "siren_amenageur": "213105554",
            "contact_amenageur": "mairie@toulouse.fr",
            "nom_operateur": "Opérateur", "contact_operateur": "contact@operateur.fr",
            "telephone_operateur": "0102030405",
            "nom_enseigne": "Réseau", "id_station_itinerance": "FRXYZP0001", "nom_station": "Mairie",
            "implantation_station": "Voirie",
            "adresse_station": "1 place du Capitole 31000 Toulouse", "code_insee_commune": "31555",
            "coordonneesXY": "\"[1.4442,43.6047]\"",
            "nbre_pdc": "1", "id_pdc_itinerance": "FRXYZE00011", "puissance_nominale": "22", "prise_type_ef": "false",
            "prise_type_2": "true",
            "prise_type_combo_ccs": "false", "prise_type_chademo": "false", "prise_type_autre": "false",
            "gratuit": "false",
            "paiement_acte": "true", "paiement_cb": "true", "paiement_autre": "false", "condition_acces": "Accès libre",
            "reservation": "false", "horaires": "24/7", "accessibilite_pmr": "Accessibilité inconnue",
            "restriction_gabarit": "Aucune",
            "station_deux_roues": "false", "raccordement": "Direct", "date_mise_en_service": "2021-12-30",
            "date_maj": "2024-01-15",
            "cable_t2_attache": "false",
        ]
        for (k, v) in changes { values[k] = v }
        return fields.map { values[$0] ?? "" }.joined(separator: ",")
    }

    func check(_ rows: [String], disabled: Set<String> = [], schemaValid: Bool = true) throws -> [Finding] {
        let url = dir.appendingPathComponent("f\(UUID().uuidString.prefix(6)).csv")
        try Data(([Self.header] + rows).joined(separator: "\n").utf8).write(to: url)
        var options = ValidationOptions()
        options.today = (2026, 11, 21)
        options.disabledRules = disabled
        let r = try Validation.check(path: url.path, options: options)
        // The files are schema-valid: only rule findings (and the schema info) may appear.
        let schema = Array(r.allFindings(.fr)).filter { ["type-error", "constraint-error"].contains($0.type.rawValue) }
        if schemaValid { XCTAssertEqual(schema.map(\.message), [], "the test rows must be schema-valid") }
        return Array(r.allFindings(.fr)).filter { RuleRegistry.rule($0.type.rawValue) != nil }
    }
}
