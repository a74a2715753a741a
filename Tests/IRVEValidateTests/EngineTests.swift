import Foundation
import IRVEFindings
import IRVEValidate
import XCTest

/// The engine on small files written for each behaviour.
final class EngineTests: XCTestCase {
    private var dir: URL!

    override func setUp() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("irve-engine-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(at: dir) }

    /// The schema engine alone (the business rules have their own tests).
    private func check(_ text: String, _ options: ValidationOptions = .init()) throws -> (ValidationResult, [Finding]) {
        let url = dir.appendingPathComponent("f\(UUID().uuidString.prefix(6)).csv")
        try Data(text.utf8).write(to: url)
        var options = options
        options.businessRules = false
        let r = try Validation.check(path: url.path, options: options)
        return (r, Array(r.allFindings(.fr)))
    }

    static let header =
        "nom_amenageur,siren_amenageur,contact_amenageur,nom_operateur,contact_operateur,telephone_operateur,nom_enseigne,id_station_itinerance,id_station_local,nom_station,implantation_station,adresse_station,code_insee_commune,coordonneesXY,nbre_pdc,id_pdc_itinerance,id_pdc_local,puissance_nominale,prise_type_ef,prise_type_2,prise_type_combo_ccs,prise_type_chademo,prise_type_autre,gratuit,paiement_acte,paiement_cb,paiement_autre,tarification,condition_acces,reservation,horaires,accessibilite_pmr,restriction_gabarit,station_deux_roues,raccordement,num_pdl,date_mise_en_service,observations,date_maj,cable_t2_attache"
    static let validRow =
        "Commune,213101231,mairie@commune.fr,Opérateur,contact@operateur.fr,0102030405,Réseau,FRA68P68021001,,Mairie,Voirie,1 place de la Mairie 31000 Toulouse,31555,\"[1.4442,43.6047]\",2,FRA68E680210015,,22,false,true,false,false,false,false,true,true,false,,Accès libre,false,24/7,Accessible mais non réservé PMR,Aucune,false,Direct,,2021-12-30,,2023-01-15,false"

    func testValidFileAndAutomaticSchema() throws {
        let (r, f) = try check(Self.header + "\n" + Self.validRow + "\n")
        XCTAssertTrue(r.isValid, "\(f.map(\.message))")
        XCTAssertEqual(r.schema?.version, "2.3.1")
        XCTAssertEqual(f.map(\.type), ["schema-detected"])
    }

    func testByNameHeaderRules() throws {
        // Drop optional `cable_t2_attache` and required `horaires`, add an extra column, swap two columns.
        var labels = Self.header.split(separator: ",").map(String.init)
        var cells = Self.validRow.replacingOccurrences(of: "\"[1.4442,43.6047]\"", with: "COORD").split(
            separator: ",", omittingEmptySubsequences: false
        ).map(String.init)
        labels.removeLast()
        cells.removeLast()
        let h = labels.firstIndex(of: "horaires")!
        labels.remove(at: h)
        cells.remove(at: h)
        labels.append("commentaire_interne")
        cells.append("x")
        labels.swapAt(0, 1)
        cells.swapAt(0, 1)
        let row = cells.joined(separator: ",").replacingOccurrences(of: "COORD", with: "\"[1.4442,43.6047]\"")
        let (r, f) = try check(labels.joined(separator: ",") + "\n" + row + "\n")
        let byType = Dictionary(grouping: f, by: \.type)
        XCTAssertEqual(byType["missing-label"]?.map(\.fieldName), ["horaires"])
        XCTAssertEqual(byType["missing-label"]?.first?.severity, .error)
        XCTAssertEqual(byType["missing-column"]?.map(\.fieldName), ["cable_t2_attache"])
        XCTAssertEqual(byType["extra-label"]?.map(\.fieldName), ["commentaire_interne"])
        XCTAssertEqual(byType["extra-label"]?.first?.severity, .warning)
        XCTAssertNotNil(byType["column-order"])
        XCTAssertFalse(r.isValid)
        XCTAssertEqual(r.errorCount, 1, "only the missing required column is an error: \(f.map(\.type))")
    }

    func testStrictHeaderIsPositional() throws {
        var labels = Self.header.split(separator: ",").map(String.init)
        labels.swapAt(0, 3)
        let (_, f) = try check(
            labels.joined(separator: ",") + "\n" + Self.validRow + "\n", .init(headerMode: .positional))
        XCTAssertEqual(
            Set(f.filter { $0.type == "incorrect-label" }.compactMap(\.fieldName)), ["nom_amenageur", "nom_operateur"])
    }

    func testMisspeltColumnGetsASuggestion() throws {
        let (_, f) = try check(
            Self.header.replacingOccurrences(of: "nom_station", with: "Nom_Station") + "\n" + Self.validRow + "\n")
        let missing = try XCTUnwrap(f.first { $0.type == "missing-label" })
        XCTAssertTrue(missing.message.contains("« Nom_Station »"), missing.message)
    }

    func testBlankRowReplacesItsCellErrorsAndMissingCellsComeLast() throws {
        let blank = String(repeating: ",", count: 39)
        // 41 pieces when split on commas (the coordinates hold one): keeping 39 leaves 38 real columns.
        let short = Self.validRow.split(separator: ",", omittingEmptySubsequences: false).prefix(39).joined(
            separator: ",")
        let (_, f) = try check(Self.header + "\n" + blank + "\n" + short + "\n")
        let row2 = f.filter { $0.rowNumber == 2 }
        XCTAssertEqual(row2.map(\.type), ["blank-row"])
        let row3 = f.filter { $0.rowNumber == 3 }
        // date_maj (required) → required error, then the two missing cells in column order.
        XCTAssertEqual(row3.map(\.type), ["constraint-error", "missing-cell", "missing-cell"])
        XCTAssertEqual(row3.map(\.fieldName), ["date_maj", "date_maj", "cable_t2_attache"])
    }

    func testFindingsStayInRowOrderAcrossParallelBatches() throws {
        var text = Self.header + "\n"
        for i in 0..<7000 {
            text += (i % 3 == 0 ? Self.validRow.replacingOccurrences(of: ",22,", with: ",22kW,") : Self.validRow) + "\n"
        }
        let (r, f) = try check(text)
        let rows = f.filter { $0.type == "type-error" }.compactMap(\.rowNumber)
        XCTAssertEqual(rows.count, 2334)
        XCTAssertEqual(rows, rows.sorted())
        XCTAssertEqual(r.rows, 7000)
        XCTAssertEqual(rows.first, 2)
    }

    func testMaxFindingsKeepsExactTotals() throws {
        var text = Self.header + "\n"
        for _ in 0..<50 {
            text +=
                Self.validRow.replacingOccurrences(
                    of: ",false,true,false,false,false,", with: ",VRAI,true,false,false,false,") + "\n"
        }
        let (r, f) = try check(text, .init(maxFindings: 10))
        XCTAssertEqual(f.count, 10)
        XCTAssertEqual(r.errorCount, 50)
    }

    func testMojibakeIsFlagged() throws {
        let row = Self.validRow.replacingOccurrences(of: "Opérateur", with: "OpÃ©rateur")
        let (_, f) = try check(Self.header + "\n" + row + "\n")
        XCTAssertEqual(f.filter { $0.type == "mojibake" }.map(\.fieldName), ["nom_operateur"])
    }

    /// The checker remembers each column's last cell with its verdict: a repeated cell keeps its
    /// findings, and a cell that differs from the remembered one by its last byte, its length or past
    /// the remembered length (`memoBytes`) is checked again.
    func testRepeatedCellsKeepTheirFindings() throws {
        let long = String(repeating: "Borne ", count: 30)  // 180 bytes: past the memo
        func row(_ operatorName: String, power: String, observations: String = "") -> String {
            Self.validRow.replacingOccurrences(of: "Opérateur", with: operatorName)
                .replacingOccurrences(of: ",,22,false,", with: ",," + power + ",false,")
                .replacingOccurrences(of: ",2021-12-30,,", with: ",2021-12-30," + observations + ",")
        }
        let rows = [
            row("OpÃ©rateur", power: "22.00000000001", observations: long + "Ã©"),  // 2
            row("OpÃ©rateur", power: "22.00000000001", observations: long + "Ã©"),  // 3: all repeated
            row("Opérateur", power: "22.0000000000x", observations: long + "e"),  // 4: last byte differs
            row("Opérateur", power: "22.0000000000x", observations: long + "e"),  // 5
            row("OpÃ©rateur", power: "22.00000000001x"),  // 6: longer
            row("OpÃ©rateur", power: "22.0x000000001"),  // 7: a middle byte differs
        ]
        let (_, f) = try check(Self.header + "\n" + rows.joined(separator: "\n") + "\n")
        let mojibake = f.filter { $0.type == "mojibake" }.map { "\($0.rowNumber ?? 0) \($0.fieldName ?? "")" }
        XCTAssertEqual(
            mojibake,
            [
                "2 nom_operateur", "2 observations", "3 nom_operateur", "3 observations", "6 nom_operateur",
                "7 nom_operateur",
            ])
        let types = f.filter { $0.type == "type-error" }.map { "\($0.rowNumber ?? 0) \($0.fieldName ?? "")" }
        XCTAssertEqual(
            types,
            [
                "4 puissance_nominale", "5 puissance_nominale", "6 puissance_nominale",
                "7 puissance_nominale",
            ])
    }

    func testLatin1FileIsDecodedAndReported() throws {
        let url = dir.appendingPathComponent("latin1.csv")
        let text = Self.header + "\n" + Self.validRow + "\n"
        try XCTUnwrap(text.data(using: .isoLatin1)).write(to: url)
        var options = ValidationOptions()
        options.businessRules = false
        let r = try Validation.check(path: url.path, options: options)
        XCTAssertEqual(r.info?.encoding, .windows1252)
        XCTAssertTrue(r.allFindings(.fr).contains { $0.type == "non-utf8-encoding" })
        XCTAssertEqual(r.errorCount, 0, "the accents of « Accès libre » must be decoded correctly")
    }
}
