import IRVEFindings
import IRVEWording
import XCTest

/// The header's and the whole table's facts, worded: every case in both languages, and sentences
/// exactly as the reports show them.
final class HeaderWordsTests: XCTestCase {
    static let header: [HeaderFacts] = [
        .duplicateLabel(label: "nom_station", first: 10, second: 41), .missingRequired(field: "nom_station", near: nil),
        .missingRequired(field: "nom_station", near: "Nom Station"),
        .missingOptional(field: "siren_amenageur", near: nil),
        .missingOptional(field: "siren_amenageur", near: "siren"), .extraLabel(label: "x", near: nil),
        .extraLabel(label: "nom_statoin", near: "nom_station"), .columnOrder,
        .extraColumn(column: 41, label: "extra", fieldCount: 40), .missingAtEnd(column: 40, field: "date_maj"),
        .blankLabel(column: 3, field: "contact_amenageur"), .duplicateAt(label: "a", first: 1, second: 2),
        .incorrectLabel(column: 2, label: "siren", expected: "siren_amenageur"),
    ]
    static let table: [TableFacts] = [
        .invalidUTF8Bytes, .readAsWindows1252, .onlyBlankLines, .blankHeader, .empty, .headerOnly, .unterminatedQuote,
        .dynamiqueInsteadOfStatique, .notIRVE, .preV1Layout, .obsoleteV1,
        .schemaDetected(name: "etalab/schema-irve-statique", version: "2.3.1"), .geoUnavailable,
    ]

    func testEveryFactIsWordedInBothLanguages() {
        var seen = Set<String>()
        for facts in Self.header.map(FindingFacts.header) + Self.table.map(FindingFacts.table) {
            let french = Wording.message(facts, .fr)
            let english = Wording.message(facts, .en)
            XCTAssertFalse(french.isEmpty, "\(facts)")
            XCTAssertNotEqual(french, english, "\(facts)")
            for word in [" : ", "« ", " »", "colonne", "fichier", "schéma", "ligne", "é", "è"] {
                XCTAssertFalse(english.contains(word), "English text with « \(word) »: \(english)")
            }
            XCTAssertTrue(seen.insert(french).inserted, "two facts worded alike: \(french)")
        }
    }

    func testSentencesAsTheReportsShowThem() {
        XCTAssertEqual(
            Wording.message(
                .header(.missingRequired(field: "id_station_itinerance", near: "id_station_itinerence")), .fr),
            "La colonne obligatoire « id_station_itinerance » est absente de l'en-tête. Ajoutez-la (même nom exact, en "
                + "minuscules) et remplissez-la pour chaque ligne. Une colonne « id_station_itinerence » "
                + "existe : est-ce "
                + "elle, mal orthographiée ?")
        XCTAssertEqual(
            Wording.message(.header(.extraLabel(label: "Nom Station", near: "nom_station")), .en),
            "Column \"Nom Station\" is not in the schema: national tools will ignore it. Remove or rename it. Did you "
                + "mean \"nom_station\"?")
        XCTAssertEqual(
            Wording.message(.header(.extraLabel(label: "x", near: nil)), .fr),
            "La colonne « x » n'existe pas dans le schéma : elle sera ignorée par les outils nationaux. Retirez-la ou "
                + "renommez-la.")
        XCTAssertEqual(
            Wording.message(.header(.extraColumn(column: 41, label: "extra1", fieldCount: 40)), .fr),
            "Colonne 41 « extra1 » en trop : le schéma n'a que 40 colonnes.")
        XCTAssertEqual(
            Wording.message(.header(.incorrectLabel(column: 2, label: "siren", expected: "siren_amenageur")), .en),
            "Column 2 is named \"siren\" but the schema expects \"siren_amenageur\" at this position.")
        XCTAssertEqual(
            Wording.message(.table(.schemaDetected(name: "etalab/schema-irve-statique", version: "2.3.1")), .fr),
            "Schéma choisi d'après l'en-tête : etalab/schema-irve-statique 2.3.1.")
        XCTAssertEqual(
            Wording.message(.table(.headerOnly), .en),
            "The file holds only the header row, no charge point. Add one row per charge point before publishing.")
    }
}
