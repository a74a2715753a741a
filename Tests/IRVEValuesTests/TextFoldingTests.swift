import IRVEValues
import XCTest

/// The folding styles, pinned: each caller compares against its own reference (schema field names,
/// the COG's La Poste names, addok's index), and the styles differ exactly where those do. Before they
/// became one function, the four were checked equal to the old ones on 3 million texts (every scalar
/// below U+3000 in five contexts, every cell of the corpus read as UTF-8, ASCII and Latin-1).
final class TextFoldingTests: XCTestCase {
    func fold(_ s: String) -> [String] {
        [.label, .mojibakeLabel, .communeName, .address].map { TextFolding.fold(s, $0) }
    }

    func testLabels() {
        XCTAssertEqual(TextFolding.fold("Coordonnées XY", .label), "coordonnees_xy")
        XCTAssertEqual(TextFolding.fold(" nom-station. ", .label), "nom_station")
        XCTAssertEqual(TextFolding.fold("\u{FEFF}id_pdc", .label), "id_pdc")
        XCTAssertEqual(TextFolding.fold("Puissance\u{A0}Nominale", .label), "puissance_nominale")
        XCTAssertEqual(TextFolding.fold("Señal", .label), "señal", "only the letters of French lose their accent")
        XCTAssertEqual(TextFolding.fold("coordonnÃ©esXY", .label), "coordonnã©esxy")
        XCTAssertEqual(TextFolding.fold("coordonnÃ©esXY", .mojibakeLabel), "coordonneesxy")
        XCTAssertEqual(TextFolding.fold("coordonn√©esXY", .mojibakeLabel), "coordonneesxy")
        XCTAssertEqual(TextFolding.fold("coordonn\u{FFFD}esXY", .mojibakeLabel), "coordonneesxy")
    }

    func testCommuneNames() {
        XCTAssertEqual(TextFolding.fold("Saint-Étienne", .communeName), "ST ETIENNE")
        XCTAssertEqual(TextFolding.fold("Sainte-Marie-aux-Mines", .communeName), "STE MARIE AUX MINES")
        XCTAssertEqual(TextFolding.fold("L'Haÿ-les-Roses", .communeName), "HAY LES ROSES")
        XCTAssertEqual(TextFolding.fold("Le Havre", .communeName), "HAVRE")
        XCTAssertEqual(TextFolding.fold("Les", .communeName), "LES", "an article alone stays")
        XCTAssertEqual(TextFolding.fold("Œuilly  ", .communeName), "OEUILLY")
        XCTAssertEqual(TextFolding.fold("Señal", .communeName), "SENAL")
    }

    func testAddresses() {
        XCTAssertEqual(TextFolding.fold("Rue de l'Église-Saint-Œuf, N°12", .address), "rue de l eglise saint oeuf n 12")
        XCTAssertEqual(TextFolding.fold("  12, Straße ", .address), "12 strasse")
        XCTAssertEqual(TextFolding.fold("Łódź", .address), "lodz")
        XCTAssertEqual(TextFolding.fold("Αθήνα", .address), "αθηνα", "letters of other scripts stay")
    }

    /// Why one folding cannot serve every caller: the same text, four different answers.
    func testTheStylesDiffer() {
        XCTAssertEqual(
            fold("Saint-Étienne"), ["saint_etienne", "saint_etienne", "ST ETIENNE", "saint etienne"])
        XCTAssertEqual(fold("L'Haÿ"), ["l'haÿ", "l'haÿ", "HAY", "l hay"])
        XCTAssertEqual(fold("Œuf"), ["œuf", "œuf", "OEUF", "oeuf"])
        XCTAssertEqual(fold("é"), ["e", "e", "E", "e"])
    }

    func testDistance() {
        XCTAssertEqual(TextFolding.distance("nom_station", "nom_station", limit: 2), 0)
        XCTAssertEqual(TextFolding.distance("nom_staton", "nom_station", limit: 2), 1)
        XCTAssertEqual(TextFolding.distance("nom", "nom_station", limit: 2), 3, "gives up above the limit")
        XCTAssertEqual(TextFolding.distance("", "ab", limit: 2), 2)
    }
}
