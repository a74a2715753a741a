import Foundation
import IRVEFindings
import IRVERead
import IRVERepair
import IRVESchemaCatalog
import IRVETestSupport
import IRVEValidate
import IRVEValues
import XCTest

/// Portal exports (OpenDataSoft: human labels, reordered columns, `lat, lon` points, extra portal
/// columns) built from a valid 2.3.1 file, through `irve fix` then `irve check`: every value kept,
/// no required column missing that the input had, dropped columns reported.
final class PortalExportRepairTests: XCTestCase {
    let fields = SchemaCatalog.latest("statique")!.schema.fields.map(\.name)

    /// The labels an OpenDataSoft portal gives the fields (those of Paris's Belib' export).
    static let portalLabel: [String: String] = [
        "nom_amenageur": "Nom aménageur", "siren_amenageur": "SIREN aménageur",
        "contact_amenageur": "Contact aménageur", "nom_operateur": "Nom opérateur",
        "contact_operateur": "Contact opérateur", "telephone_operateur": "Téléphone opérateur",
        "nom_enseigne": "Nom enseigne", "id_station_itinerance": "ID Station itinérance",
        "id_station_local": "ID Station local", "nom_station": "Nom station",
        "implantation_station": "Type implantation", "adresse_station": "Adresse station",
        "code_insee_commune": "Code INSEE commune", "coordonneesXY": "Coordonnées géographiques",
        "nbre_pdc": "Nombre point de recharge", "id_pdc_itinerance": "ID PDC itinérance",
        "id_pdc_local": "ID PDC local", "puissance_nominale": "Puissance max KW", "prise_type_ef": "Prise type EF",
        "prise_type_2": "Prise type 2", "prise_type_combo_ccs": "Prise type Combo CCS",
        "prise_type_chademo": "Prise type Chademo", "prise_type_autre": "Prise type Autre", "gratuit": "Gratuit",
        "paiement_acte": "Paiement à l'acte", "paiement_cb": "Paiement CB", "paiement_autre": "Paiement autre",
        "tarification": "Tarification", "condition_acces": "Conditions d'accès", "reservation": "Réservation",
        "horaires": "Horaires", "accessibilite_pmr": "Accessibilité PMR", "restriction_gabarit": "Restriction gabarit",
        "station_deux_roues": "Stationnement 2 roues", "raccordement": "Raccordement",
        "num_pdl": "Numéro point livraison électricité", "date_mise_en_service": "Date mise en service",
        "observations": "Observations", "date_maj": "Date mise à jour", "cable_t2_attache": "Câble T2 attaché",
    ]

    final class Collect: RowConsumer {
        var rows: [[String]] = []
        func begin(_ info: TableInfo) { rows = [] }
        func row(_ row: RowView) throws { rows.append(row.strings) }
        func ended(_ info: TableInfo) {}
    }

    static func records(_ path: String) throws -> [[String]] {
        let c = Collect()
        try TableReader(path: path).read(into: c)
        return c.rows
    }

    /// The valid sample as a table: field name → its cells, row by row.
    func validColumns() throws -> (rows: Int, cells: [String: [String]]) {
        let rows = try Self.records(TestPaths.correctedSample)
        let header = rows[0]
        var cells: [String: [String]] = [:]
        for (i, name) in header.enumerated() { cells[name] = rows.dropFirst().map { i < $0.count ? $0[i] : "" } }
        return (rows.count - 1, cells)
    }

    /// Writes `columns` (label, cells) as a `;` CSV the way a portal exports it.
    func write(_ columns: [(label: String, cells: [String])], rows: Int, to url: URL) throws {
        func quoted(_ s: String) -> String {
            s.contains(";") || s.contains("\"") || s.contains(",")
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var text = columns.map { quoted($0.label) }.joined(separator: ";") + "\n"
        for r in 0..<rows { text += columns.map { quoted($0.cells[r]) }.joined(separator: ";") + "\n" }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// `[lon, lat]` → `lat, lon`, as ODS writes its geo points.
    static func latLon(_ cell: String) -> String {
        guard let c = CoordinateValue.read(cell) else { return cell }
        return "\(c.second), \(c.first)"
    }

    /// The portal export of the valid sample: labels, reversed column order, `lat, lon`, two extra columns.
    func portalExport(_ url: URL) throws -> (rows: Int, cells: [String: [String]]) {
        let (rows, cells) = try validColumns()
        var columns: [(label: String, cells: [String])] = []
        for name in fields.reversed() {
            let values = cells[name] ?? Array(repeating: "", count: rows)
            columns.append((Self.portalLabel[name]!, name == "coordonneesXY" ? values.map(Self.latLon) : values))
            if name == "id_pdc_local" {
                columns.insert(("Statut du point de charge", Array(repeating: "En service", count: rows)), at: 0)
                columns.append(("Arrondissement", (0..<rows).map { "\($0 % 20 + 1)e Arrondissement" }))
            }
        }
        try write(columns, rows: rows, to: url)
        return (rows, cells)
    }

    /// Every field of the output holds the valid sample's value (points compared as numbers).
    func assertValuesKept(_ output: String, _ expected: [String: [String]], rows: Int) throws {
        let out = try Self.records(output)
        XCTAssertEqual(out.count, rows + 1)
        for (f, name) in fields.enumerated() {
            for r in 0..<rows {
                let want = expected[name]?[r] ?? ""
                let got = f < out[r + 1].count ? out[r + 1][f] : ""
                if name == "coordonneesXY" {
                    let (a, b) = (CoordinateValue.read(want), CoordinateValue.read(got))
                    XCTAssertEqual(
                        a.flatMap { Double($0.first) }, b.flatMap { Double($0.first) }, "row \(r + 2) \(name)")
                    XCTAssertEqual(
                        a.flatMap { Double($0.second) }, b.flatMap { Double($0.second) }, "row \(r + 2) \(name)")
                } else {
                    XCTAssertEqual(got, want, "row \(r + 2) \(name)")
                }
            }
        }
    }

    func testPortalExportKeepsEveryValueThroughFixThenCheck() throws {
        let tmp = try TestPaths.temporaryFolder("irve-portal")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("export-ods.csv")
        let output = tmp.appendingPathComponent("corrige.csv").path
        let (rows, expected) = try portalExport(input)
        let summary = try Repair.run(input: input.path, output: output, force: false, options: RepairOptions())
        XCTAssertTrue(summary.columns.sourceOfField.allSatisfy { $0 != nil }, "every field found its column")
        XCTAssertTrue(summary.columns.mapped.contains { $0.label == "Puissance max KW" && $0.evidence == .synonym })
        XCTAssertEqual(summary.stillMissing, [:], "nothing the input held is left to fill")
        XCTAssertEqual(
            summary.columns.dropped.map { "\($0.label) \($0.cells)" },
            ["Statut du point de charge \(rows)", "Arrondissement \(rows)"])
        try assertValuesKept(output, expected, rows: rows)
        // The repaired file has every column: check finds no missing one, and no error.
        let check = try Validation.check(path: output, options: ValidationOptions(schema: "statique"))
        let missing = Array(check.allFindings(.fr)).filter { $0.type == .missingLabel || $0.type == .missingColumn }
        XCTAssertEqual(missing.map(\.fieldName), [])
        XCTAssertEqual(check.errorCount, 0, Array(check.allFindings(.fr)).map(\.message).joined(separator: "\n"))
    }

    func testKeepExtraKeepsThePortalColumnsAtTheEnd() throws {
        let tmp = try TestPaths.temporaryFolder("irve-portal")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("export-ods.csv")
        let output = tmp.appendingPathComponent("corrige.csv").path
        let (rows, expected) = try portalExport(input)
        var options = RepairOptions()
        options.keepExtra = true
        let summary = try Repair.run(input: input.path, output: output, force: false, options: options)
        XCTAssertEqual(summary.columns.dropped.count, 0)
        let out = try Self.records(output)
        XCTAssertEqual(Array(out[0].suffix(2)), ["Statut du point de charge", "Arrondissement"])
        XCTAssertEqual(out[1].suffix(2), ["En service", "1e Arrondissement"])
        try assertValuesKept(output, expected, rows: rows)
    }

    /// Check reports what fix will do, with the same engine.
    func testCheckReportsTheMappings() throws {
        let tmp = try TestPaths.temporaryFolder("irve-portal")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("export-ods.csv")
        _ = try portalExport(input)
        let check = try Validation.check(path: input.path, options: ValidationOptions())
        XCTAssertEqual(check.schema?.version, "2.3.1", "a header of portal labels is a statique file")
        let mappings = Array(check.allFindings(.fr)).filter {
            $0.type == .columnMapping || $0.type == .columnMappingDoubtful
        }
        XCTAssertEqual(mappings.count, 40)
        XCTAssertTrue(mappings.allSatisfy { $0.severity == .info })
        let power = mappings.first { $0.fieldName == "Puissance max KW" }
        XCTAssertEqual(
            power?.message,
            "La colonne \(power?.fieldNumber ?? 0) « Puissance max KW » correspond au champ « puissance_nominale » "
                + "(libellé d'export de portail open data) : irve fix la renommera « puissance_nominale ».")
    }

    /// Unknown labels: placed by content. A doubtful one (an e-mail column: operator or
    /// aménageur?) is applied only with --aggressive, and kept meanwhile since contact_operateur is
    /// required.
    func testUnknownHeadersArePlacedByContent() throws {
        let tmp = try TestPaths.temporaryFolder("irve-portal")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let (rows, cells) = try validColumns()
        let unknown = ["coordonneesXY": "geo", "contact_operateur": "courriel", "id_pdc_itinerance": "identifiant"]
        let columns = fields.filter { $0 != "contact_amenageur" }.map { name in
            (
                label: unknown[name] ?? name,
                cells: name == "coordonneesXY" ? cells[name]!.map(Self.latLon) : cells[name]!
            )
        }
        let input = tmp.appendingPathComponent("inconnu.csv")
        try write(columns, rows: rows, to: input)
        let output = tmp.appendingPathComponent("corrige.csv").path
        let careful = try Repair.run(input: input.path, output: output, force: false, options: RepairOptions())
        XCTAssertEqual(careful.columns.mapped.map(\.field), ["coordonneesXY", "id_pdc_itinerance"])
        XCTAssertEqual(
            careful.columns.mapped.first?.evidence, .content(kind: .coordinates, matching: rows, sampled: rows))
        XCTAssertEqual(careful.columns.notApplied.map(\.proposal.field), ["contact_operateur"])
        XCTAssertEqual(careful.columns.kept, ["courriel"], "a possible required field is never dropped")
        XCTAssertEqual(careful.columns.dropped.count, 0)
        XCTAssertEqual(try Self.records(output)[1].last, cells["contact_operateur"]![0])

        var options = RepairOptions()
        options.aggressive = true
        let bold = try Repair.run(input: input.path, output: output, force: true, options: options)
        XCTAssertEqual(bold.columns.mapped.map(\.field), ["contact_operateur", "coordonneesXY", "id_pdc_itinerance"])
        let guess = bold.changes.first { $0.row == 1 && $0.column == "contact_operateur" }
        XCTAssertEqual(guess?.confidence, .guess)
        XCTAssertEqual(guess?.before, "courriel")
        XCTAssertEqual(guess?.evidence, "\(rows) valeur(s) sur \(rows) ressemblent à des adresses électroniques")
        var expected = cells
        expected["contact_amenageur"] = Array(repeating: "", count: rows)
        try assertValuesKept(output, expected, rows: rows)
    }

    func testMapPlacesAColumnByHandAndRefusesWhatDoesNotFit() throws {
        let tmp = try TestPaths.temporaryFolder("irve-portal")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("export-ods.csv")
        let output = tmp.appendingPathComponent("corrige.csv").path
        _ = try portalExport(input)
        var options = RepairOptions()
        options.columnMaps = ["Statut du point de charge=observations"]
        let summary = try Repair.run(input: input.path, output: output, force: false, options: options)
        XCTAssertEqual(summary.columns.mapped.first { $0.label == "Statut du point de charge" }?.evidence, .manual)
        // The column that fed the field is displaced, and reported.
        XCTAssertEqual(Set(summary.columns.dropped.map(\.label)), ["Observations", "Arrondissement"])
        XCTAssertEqual(try Self.records(output)[1][fields.firstIndex(of: "observations")!], "En service")
        options.columnMaps = ["Etat=observations"]
        XCTAssertThrowsError(try Repair.run(input: input.path, output: output, force: true, options: options)) {
            guard case .columnMap(.unknownColumn(let label, _)) = $0 as? RepairError else { return XCTFail("\($0)") }
            XCTAssertEqual(label, "Etat")
        }
        XCTAssertThrowsError(try Repair.checkColumnMaps(["Arrondissement=arrondissement"])) {
            guard case .unknownField(let field, _) = $0 as? ColumnMapError else { return XCTFail("\($0)") }
            XCTAssertEqual(field, "arrondissement")
        }
        XCTAssertThrowsError(try Repair.checkColumnMaps(["Arrondissement"])) {
            XCTAssertEqual($0 as? ColumnMapError, .syntax("Arrondissement"))
        }
    }
}
