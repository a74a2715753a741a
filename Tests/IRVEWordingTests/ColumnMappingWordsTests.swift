import IRVEFindings
import IRVEWording
import XCTest

/// The column-mapping sentences in French and English: the finding, the evidence, fix's lines.
final class ColumnMappingWordsTests: XCTestCase {
    let certain = ColumnProposal(
        column: 13, label: "Coordonnées géographiques", field: "coordonneesXY", confidence: .certain,
        evidence: .content(kind: .coordinates, matching: 2084, sampled: 2084))
    let doubtful = ColumnProposal(
        column: 4, label: "courriel", field: "contact_operateur", confidence: .doubtful,
        evidence: .content(kind: .email, matching: 9, sampled: 10))

    func testTheFindingSaysWhatFixWillDoAndWhy() {
        XCTAssertEqual(
            Wording.message(.header(.columnMapping(certain)), .fr),
            "La colonne 13 « Coordonnées géographiques » correspond au champ « coordonneesXY » (2\u{202F}084 "
                + "valeur(s) sur 2\u{202F}084 ressemblent à des coordonnées) : irve fix la renommera « coordonneesXY »."
        )
        XCTAssertEqual(
            Wording.message(.header(.columnMapping(doubtful)), .en),
            "Column 4 “courriel” matches the field “contact_operateur” (9 value(s) out of 10 look like e-mail "
                + "addresses): To be checked: irve fix renames it “contact_operateur” only with --aggressive, or "
                + "with --map \"courriel=contact_operateur\".")
    }

    func testEveryKindIsWordedInBothLanguages() {
        for kind in ContentKind.allCases {
            for lang in [Language.fr, .en] {
                let text = Wording.evidence(.content(kind: kind, matching: 1, sampled: 1), lang)
                XCTAssertFalse(text.isEmpty, "\(kind) \(lang)")
            }
        }
        XCTAssertEqual(Wording.evidence(.synonym, .fr), "libellé d'export de portail open data")
        XCTAssertEqual(Wording.evidence(.manual, .en), "asked for with --map")
    }

    func testFixSaysLoudlyWhatItDropped() {
        XCTAssertEqual(
            Wording.message(ColumnSummaryMessage.dropped(label: "Arrondissement", cells: 1947), .fr),
            "  ⚠ COLONNE SUPPRIMÉE « Arrondissement » : 1\u{202F}947 valeur(s) non vide(s) absente(s) du fichier réparé"
        )
        XCTAssertTrue(
            Wording.message(ColumnSummaryMessage.droppedHint(label: "Arrondissement"), .fr)
                .contains("--keep-extra"))
        XCTAssertTrue(
            Wording.message(ColumnSummaryMessage.notApplied(doubtful, kept: true), .fr)
                .hasSuffix("colonne gardée à la fin du fichier pour ne rien perdre"))
        XCTAssertEqual(
            Wording.message(ColumnMapError.unknownColumn(label: "Etat", labels: ["a", "b"]), .fr),
            "--map : le fichier n'a pas de colonne « Etat ». Colonnes du fichier : « a », « b ».")
    }
}
