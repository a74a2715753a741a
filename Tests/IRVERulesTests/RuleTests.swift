import Foundation
import IRVEFindings
import IRVERules
import IRVEValidate
import XCTest

/// Each business rule on a small file written for it, then on the real corpus.
final class RuleTests: XCTestCase {
    private var dir: URL!

    override func setUp() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-rules-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    static let header =
        "nom_amenageur,siren_amenageur,contact_amenageur,nom_operateur,contact_operateur,telephone_operateur,nom_enseigne,id_station_itinerance,id_station_local,nom_station,implantation_station,adresse_station,code_insee_commune,coordonneesXY,nbre_pdc,id_pdc_itinerance,id_pdc_local,puissance_nominale,prise_type_ef,prise_type_2,prise_type_combo_ccs,prise_type_chademo,prise_type_autre,gratuit,paiement_acte,paiement_cb,paiement_autre,tarification,condition_acces,reservation,horaires,accessibilite_pmr,restriction_gabarit,station_deux_roues,raccordement,num_pdl,date_mise_en_service,observations,date_maj,cable_t2_attache"
    static let fields = header.split(separator: ",").map(String.init)

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

    private func check(_ rows: [String], disabled: Set<String> = [], schemaValid: Bool = true) throws -> [Finding] {
        let url = dir.appendingPathComponent("f\(UUID().uuidString.prefix(6)).csv")
        try Data(([Self.header] + rows).joined(separator: "\n").utf8).write(to: url)
        var options = ValidationOptions()
        options.today = (2026, 11, 21)
        options.disabledRules = disabled
        let r = try Validation.check(path: url.path, options: options)
        // The files are schema-valid: only rule findings (and the schema info) may appear.
        let schema = Array(r.allFindings(.fr)).filter { ["type-error", "constraint-error"].contains($0.type) }
        if schemaValid { XCTAssertEqual(schema.map(\.message), [], "the test rows must be schema-valid") }
        return Array(r.allFindings(.fr)).filter { RuleCatalog.rule($0.type) != nil }
    }

    func testAValidStationHasNoFinding() throws {
        XCTAssertEqual(try check([Self.row()]).map(\.type), [])
    }

    func testDuplicateIdsListEveryRow() throws {
        let f = try check([
            Self.row(["nbre_pdc": "3"]), Self.row(["nbre_pdc": "3", "id_pdc_itinerance": "FRXYZE00012"]),
            Self.row(["nbre_pdc": "3"]),
        ])
        let dup = f.filter { $0.type == "duplicate-id-pdc" }
        XCTAssertEqual(dup.map(\.rowNumber), [2, 4])
        XCTAssertTrue(dup[0].message.contains("(2, 4)"), dup[0].message)
        XCTAssertEqual(dup[0].severity, .error)
        // « Non concerné » is not a duplicate.
        let nc = try check([
            Self.row(["nbre_pdc": "2", "id_pdc_itinerance": "Non concerné", "id_pdc_local": "A"]),
            Self.row(["nbre_pdc": "2", "id_pdc_itinerance": "Non concerné", "id_pdc_local": "B"]),
        ])
        XCTAssertEqual(nc.map(\.type), [])
    }

    /// Many rows sharing one id: three are cited, then how many others (linear, not quadratic).
    func testDuplicateIdsCiteThreeRowsAndACount() throws {
        let f = try check(Array(repeating: Self.row(["nbre_pdc": "8"]), count: 8))
        let dup = f.filter { $0.type == "duplicate-id-pdc" }
        XCTAssertEqual(dup.map(\.rowNumber), Array(2...9))
        XCTAssertTrue(dup.allSatisfy { $0.message.contains("8 lignes (2, 3, 4… et 5 autre(s))") }, dup[0].message)
    }

    /// A station column with many values: five are quoted, then « et d'autres ».
    func testIncoherentStationQuotesFiveValuesThenSaysThereAreOthers() throws {
        let rows = (1...7).map { k in
            Self.row(["nbre_pdc": "7", "id_pdc_itinerance": "FRXYZE0001\(k)", "nom_station": "Nom \(k)"])
        }
        let inc = try check(rows).filter { $0.type == "station-incoherent" && $0.fieldName == "nom_station" }
        XCTAssertEqual(inc.count, 1)
        XCTAssertTrue(inc[0].message.contains("« Nom 5 » (ligne 6)… et d'autres"), inc[0].message)
        XCTAssertFalse(inc[0].message.contains("Nom 6"), inc[0].message)
    }

    func testStationCoherenceNamesTheColumnAndTheValues() throws {
        let f = try check([
            Self.row(["nbre_pdc": "2"]),
            Self.row([
                "nbre_pdc": "2", "id_pdc_itinerance": "FRXYZE00012", "coordonneesXY": "\"[1.45,43.61]\"",
                "nom_station": "Capitole",
            ]),
        ])
        let inc = f.filter { $0.type == "station-incoherent" }
        XCTAssertEqual(Set(inc.compactMap(\.fieldName)), ["coordonneesXY", "nom_station"])
        let coords = try XCTUnwrap(inc.first { $0.fieldName == "coordonneesXY" })
        XCTAssertTrue(
            coords.message.contains("[1.4442,43.6047]") && coords.message.contains("[1.45,43.61]"), coords.message)
        XCTAssertTrue(coords.message.contains("ligne 3"), coords.message)
        XCTAssertEqual(coords.rowNumber, 2)
    }

    func testNbrePdcMustMatchTheRows() throws {
        let f = try check([
            Self.row(["nbre_pdc": "4"]), Self.row(["nbre_pdc": "4", "id_pdc_itinerance": "FRXYZE00012"]),
        ])
        let m = try XCTUnwrap(f.first { $0.type == "nbre-pdc-mismatch" })
        XCTAssertEqual(m.rowNumber, 2)
        XCTAssertEqual(m.proposedChange?.newValue, "2")
        XCTAssertEqual(m.proposedChange?.confidence, .guess)
    }

    func testIdentifierStructure() throws {
        let f = try check([Self.row(["id_station_itinerance": "FRXYZE0001", "id_pdc_itinerance": "FRABCE00011"])])
        XCTAssertEqual(f.filter { $0.type == "id-structure" }.map(\.fieldName), ["id_station_itinerance"])
        XCTAssertEqual(f.filter { $0.type == "id-operator-mismatch" }.map(\.cell), ["FRABCE00011"])
        // Legacy AFIREV stars and spaces (the pattern rejects them too): the corrected id is proposed with certainty.
        let legacy = try check([Self.row(["id_pdc_itinerance": "FR*XYZ*E00011"])], schemaValid: false)
        let fix = try XCTUnwrap(legacy.first { $0.type == "id-structure" })
        XCTAssertEqual(fix.proposedChange?.newValue, "FRXYZE00011")
        XCTAssertEqual(fix.proposedChange?.confidence, .certain)
        XCTAssertEqual(
            try check([Self.row(["id_pdc_itinerance": "fr xyz e00011"])], schemaValid: false).first?.proposedChange?
                .newValue, "FRXYZE00011")
    }

    func testExampleIdAndMissingLocalId() throws {
        let f = try check([
            Self.row(["id_station_itinerance": "FRA68P68021001", "id_pdc_itinerance": "FRA68E680210015"])
        ])
        XCTAssertEqual(f.filter { $0.type == "id-example-copied" }.count, 2)
        let g = try check([Self.row(["id_pdc_itinerance": "Non concerné"])])
        XCTAssertEqual(g.filter { $0.type == "id-local-missing" }.map(\.fieldName), ["id_pdc_itinerance"])
    }

    func testPowerRules() throws {
        let watts = try check([Self.row(["puissance_nominale": "22000"])])
        let w = try XCTUnwrap(watts.first { $0.type == "power-in-watts" })
        XCTAssertEqual(w.proposedChange?.newValue, "22")
        XCTAssertEqual(
            try check([Self.row(["puissance_nominale": "7400"])]).first { $0.type == "power-in-watts" }?.proposedChange?
                .newValue, "7.4")
        XCTAssertEqual(try check([Self.row(["puissance_nominale": "1.2"])]).map(\.type), ["power-implausible"])
        let ccsOnly = Self.row(["puissance_nominale": "3.7", "prise_type_2": "false", "prise_type_combo_ccs": "true"])
        XCTAssertEqual(try check([ccsOnly]).map(\.type), ["power-implausible"])
        let efOnly = Self.row(["puissance_nominale": "22", "prise_type_2": "false", "prise_type_ef": "true"])
        XCTAssertEqual(try check([efOnly]).map(\.type), ["power-implausible"])
        let acFast = Self.row(["puissance_nominale": "150"])
        XCTAssertEqual(try check([acFast]).map(\.type), ["power-implausible"])
        XCTAssertEqual(
            try check([Self.row(["puissance_nominale": "150", "prise_type_combo_ccs": "true"])]).map(\.type), [])
    }

    /// Issue 10: `1e300` or a 25-digit number trapped in `formatKW`; and a proposal must be a fixed
    /// point (`1e308` became `1e305`, then `1e302`… on every `fix`).
    func testAbsurdPowerIsReportedWithoutProposalNorTrap() throws {
        for value in ["1e300", "1234567890123456789012345", "1e308", "500001", "9223372036854775808"] {
            let f = try check([Self.row(["puissance_nominale": value])])
            XCTAssertEqual(f.map(\.type), ["power-implausible"], value)
            XCTAssertNil(f.first?.proposedChange, "\(value): nothing to propose, in kW or in watts")
            XCTAssertTrue(f.first?.message.contains("impossible") ?? false, f.first?.message ?? "")
        }
        // The largest watt power gives 500 kW, which is not read as watts again.
        let top = try check([Self.row(["puissance_nominale": "500000", "prise_type_combo_ccs": "true"])])
        XCTAssertEqual(top.first { $0.type == "power-in-watts" }?.proposedChange?.newValue, "500")
        let kilowatts = try check([Self.row(["puissance_nominale": "500", "prise_type_combo_ccs": "true"])])
        XCTAssertEqual(kilowatts.map(\.type), [])
    }

    func testDates() throws {
        XCTAssertEqual(
            try check([Self.row(["date_mise_en_service": "2027-01-01", "date_maj": "2027-02-01"])]).map(\.type),
            ["date-in-future", "date-in-future"])
        XCTAssertEqual(
            try check([Self.row(["date_mise_en_service": "2024-06-01", "date_maj": "2023-01-01"])]).map(\.type),
            ["dates-inverted"])
        XCTAssertEqual(try check([Self.row(["date_maj": "2026-11-21"])]).map(\.type), [], "today is not the future")
    }

    func testSirenPhoneAndHoraires() throws {
        XCTAssertEqual(try check([Self.row(["siren_amenageur": "213105555"])]).map(\.type), ["siren-checksum"])
        XCTAssertEqual(
            try check([Self.row(["siren_amenageur": "356000000"])]).map(\.type), [],
            "La Poste's SIREN is the documented exception")
        let lost = try check([Self.row(["telephone_operateur": "111111111"])])
        XCTAssertEqual(lost.first?.proposedChange?.newValue, "0111111111")
        let invisible = try check([Self.row(["telephone_operateur": "\u{2066}0102030405\u{2069}"])])
        XCTAssertEqual(invisible.first?.proposedChange?.newValue, "0102030405")
        XCTAssertEqual(invisible.first?.proposedChange?.confidence, .certain)
        XCTAssertEqual(try check([Self.row(["telephone_operateur": "+33 1 02 03 04 05"])]).map(\.type), [])
        // Seconds fail the schema pattern; the rule adds the exact repair.
        let seconds = try check([Self.row(["horaires": "\"Mo-Fr 07:00:00-20:59:00\""])], schemaValid: false)
        XCTAssertEqual(seconds.map(\.type), ["horaires-format"])
        XCTAssertEqual(seconds.first?.proposedChange?.newValue, "Mo-Fr 07:00-20:59")
        XCTAssertEqual(
            try check([Self.row(["horaires": "24h/24 7j/7"])], schemaValid: false).first?.proposedChange?.newValue,
            "24/7")
        let french = try check([Self.row(["horaires": "Lundi-Vendredi 08:00-18:00"])])
        XCTAssertEqual(french.map(\.type), ["horaires-format"], "the pattern accepts it, the rule does not")
    }

    func testConnectorsDeclaredAsChargePoints() throws {
        let a = Self.row([
            "nbre_pdc": "2", "puissance_nominale": "50", "prise_type_2": "false", "prise_type_combo_ccs": "true",
            "id_pdc_itinerance": "FRXYZE00011",
        ])
        let b = Self.row([
            "nbre_pdc": "2", "puissance_nominale": "50", "prise_type_2": "false", "prise_type_chademo": "true",
            "id_pdc_itinerance": "FRXYZE00012",
        ])
        let f = try check([a, b])
        XCTAssertEqual(f.map(\.type), ["connectors-as-pdc"])
        XCTAssertEqual(f.first?.severity, .warning)
    }

    func testDisableSwitchesARuleOff() throws {
        XCTAssertEqual(
            try check([Self.row(["puissance_nominale": "22000"])], disabled: ["power-in-watts"]).map(\.type), [])
    }

    func testCatalogueIsComplete() {
        let codes = RuleCatalog.all.map(\.code)
        XCTAssertEqual(Set(codes).count, codes.count)
        for code in [
            "duplicate-id-pdc", "station-incoherent", "nbre-pdc-mismatch", "id-structure", "id-operator-mismatch",
            "id-example-copied",
            "id-local-missing", "power-in-watts", "power-implausible", "date-in-future", "dates-inverted",
            "siren-checksum",
            "phone-format", "horaires-format", "connectors-as-pdc",
        ] {
            XCTAssertNotNil(RuleCatalog.rule(code), code)
        }
    }
}
