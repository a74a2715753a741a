import IRVEFindings
import XCTest

/// The rows of a station repeat most cells: `RowRules` takes what depends only on repeated cells
/// from the previous row, and skips a rule that gave nothing there. None of it may change a finding.
final class RepeatedRowsTests: RuleTestCase {
    private func rows(_ findings: [Finding], _ type: String) -> [Int] {
        findings.filter { $0.type.rawValue == type }.compactMap(\.rowNumber)
    }

    /// Only the charge point id changes: every row keeps the findings of its repeated cells.
    func testRepeatedCellsKeepTheirRuleFindings() throws {
        let f = try check(
            (1...3).map { k in
                Self.row([
                    "nbre_pdc": "3", "id_pdc_itinerance": "FRXYZE0001\(k)", "siren_amenageur": "213105555",
                    "telephone_operateur": "102030405",
                ])
            })
        XCTAssertEqual(rows(f, "siren-checksum"), [2, 3, 4])
        XCTAssertEqual(rows(f, "phone-format"), [2, 3, 4])
    }

    /// A rule quiet on the previous row runs again once one of its cells changes.
    func testAChangedCellIsCheckedAgain() throws {
        let f = try check([
            Self.row(["nbre_pdc": "2"]),
            Self.row(["nbre_pdc": "2", "id_pdc_itinerance": "FRXYZE00012", "siren_amenageur": "213105555"]),
        ])
        XCTAssertEqual(rows(f, "siren-checksum"), [3])
    }

    /// A cell emptied on the row in between: the third row repeats the first, not its previous row.
    func testACellEmptiedInBetweenIsCheckedAgain() throws {
        let f = try check(
            [
                Self.row(["nbre_pdc": "3", "siren_amenageur": "213105555"]),
                Self.row(["nbre_pdc": "3", "id_pdc_itinerance": "FRXYZE00012", "siren_amenageur": ""]),
                Self.row(["nbre_pdc": "3", "id_pdc_itinerance": "FRXYZE00013", "siren_amenageur": "213105555"]),
            ], schemaValid: false)
        XCTAssertEqual(rows(f, "siren-checksum"), [2, 4])
    }

    /// The station-level hashes of repeated cells are reused: a value that changes after repeating,
    /// or after a blank row, is still seen.
    func testAStationValueChangingAfterRepeatsIsIncoherent() throws {
        let blank = String(repeating: ",", count: Self.fields.count - 1)
        for middle in [Self.row(["nbre_pdc": "3", "id_pdc_itinerance": "FRXYZE00012"]), blank] {
            let f = try check([
                Self.row(["nbre_pdc": "3"]), middle,
                Self.row(["nbre_pdc": "3", "id_pdc_itinerance": "FRXYZE00013", "nom_station": "Capitole"]),
            ])
            XCTAssertEqual(
                f.filter { $0.type.rawValue == "station-incoherent" }.compactMap(\.fieldName), ["nom_station"],
                middle == blank ? "after a blank row" : "after a repeated row")
        }
    }

    /// A row described like the previous one but of another station is still compared with its own
    /// station's rows.
    func testARowLikeThePreviousOneOfAnotherStationIsStillCompared() throws {
        let other = [
            "id_station_itinerance": "FRXYZP0002", "id_pdc_itinerance": "FRXYZE00021", "nom_station": "Capitole",
            "nbre_pdc": "2",
        ]
        let f = try check([
            Self.row(["nbre_pdc": "2"]), Self.row(other),
            Self.row(["nbre_pdc": "2", "id_pdc_itinerance": "FRXYZE00012", "nom_station": "Capitole"]),
        ])
        let incoherent = f.filter { $0.type.rawValue == "station-incoherent" }
        XCTAssertEqual(incoherent.compactMap(\.fieldName), ["nom_station"])
        XCTAssertEqual(incoherent.compactMap(\.rowNumber), [2])
    }
}
