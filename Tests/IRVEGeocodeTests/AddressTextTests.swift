import IRVEValues
import XCTest

@testable import IRVEGeocode

/// Folding, abbreviations, house numbers and the addok-compatible similarity.
final class AddressTextTests: XCTestCase {
    func testFoldRemovesAccentsCasePunctuation() {
        XCTAssertEqual(TextFolding.fold("Rue de l'Église-Saint-Œuf, N°12", .address), "rue de l eglise saint oeuf n 12")
    }

    func testAbbreviationsAreExpanded() {
        XCTAssertEqual(AddressText.normalize("12 av. du Gal Leclerc"), "12 avenue du general leclerc")
        XCTAssertEqual(AddressText.normalize("Bd St-Michel"), "boulevard saint michel")
        XCTAssertEqual(AddressText.normalize("chem des Prés"), "chemin des pres")
    }

    func testHouseNumberAndPostcodeAreFound() {
        let p = ParsedAddress("Parking de la mairie, 12 bis rue de l'Exemple Fictif 76000 Rouen")
        XCTAssertEqual(p.houseNumber, "12b")
        XCTAssertEqual(p.houseNumberLabel, "12 bis")
        XCTAssertEqual(p.postcode, "76000")
        XCTAssertEqual(p.words, ["rue", "de", "l", "exemple", "fictif", "rouen"])
        XCTAssertEqual(ParsedAddress("3ter av Fictive").houseNumber, "3t")
        XCTAssertEqual(ParsedAddress("0012 rue X").houseNumber, "12")
        XCTAssertNil(ParsedAddress("Place de la Mairie 27200 Vernon").houseNumber)
    }

    /// Expected values printed by python-ngram 4.0.3 (`NGram.compare(a, b, N=2, pad_len=0)`, what
    /// addok's score_by_ngram_distance calls), repeated bigrams included.
    func testBigramSimilarityMatchesPythonNgram() {
        XCTAssertEqual(Similarity.bigrams("spa", "spam"), 0.6666666666666666, accuracy: 1e-12)
        XCTAssertEqual(
            Similarity.bigrams("rue de l exemple fictif 76000 rouen", "5 rue de l exemple fictif 76000 rouen"),
            0.9444444444444444, accuracy: 1e-12)
        XCTAssertEqual(
            Similarity.bigrams("avenue du test fictif 27200 vernon", "12 av du test fictif vernon"), 0.5945945945945946,
            accuracy: 1e-12)
        XCTAssertEqual(Similarity.bigrams("aa", "aaaa"), 0.3333333333333333, accuracy: 1e-12)
    }
}
