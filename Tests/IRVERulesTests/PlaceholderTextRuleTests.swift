import Foundation
import IRVEFindings
import IRVETestSupport
import IRVEValidate
import XCTest

/// `PlaceholderTextRule`: placeholder-text.
final class PlaceholderTextRuleTests: RuleTestCase {
    func testAPlaceholderInAnOptionalColumnIsReportedWithItsColumnAndValue() throws {
        let f = try check([Self.row(["num_pdl": "N/A"])])
        XCTAssertEqual(f.map(\.type), ["placeholder-text"])
        XCTAssertEqual(f.first?.fieldName, "num_pdl")
        XCTAssertEqual(f.first?.cell, "N/A")
        XCTAssertEqual(f.first?.severity, .warning)
        let message = f.first?.message ?? ""
        XCTAssertTrue(message.contains("« N/A »") && message.contains("num_pdl"), message)
        XCTAssertTrue(message.contains("laissez la cellule vide"), message)
        XCTAssertNil(f.first?.proposedChange, "no repair: the cell is left to the producer")
    }

    /// In a required column, emptying the cell would be an error: the real value is asked for.
    func testAPlaceholderInARequiredColumnAsksForTheRealValue() throws {
        let f = try check([Self.row(["restriction_gabarit": "inconnu", "tarification": "Non renseigné"])])
        XCTAssertEqual(f.map(\.type), ["placeholder-text", "placeholder-text"])
        XCTAssertEqual(Set(f.compactMap(\.fieldName)), ["restriction_gabarit", "tarification"])
        let required = try XCTUnwrap(f.first { $0.fieldName == "restriction_gabarit" })
        XCTAssertTrue(required.message.contains("obligatoire"), required.message)
    }

    /// Answers are not placeholders, nor are longer texts that start like one.
    func testAnswersAndRealValuesGiveNothing() throws {
        let rows = [
            Self.row(["restriction_gabarit": "Aucune", "observations": "RAS", "tarification": "0"]),
            Self.row(["num_pdl": "12345678912345", "observations": "Nantes", "nom_operateur": "NAVI"]),
        ]
        for row in rows { XCTAssertEqual(try check([row]).map(\.type), [], row) }
    }

    /// jerecharge.com writes `XX` in num_pdl on each of its 32 rows.
    func testJerechargeNumPdl() throws {
        let url = try TestPaths.shared("corpus/real/jerecharge-com_v2.3_20240806.csv")
        var options = ValidationOptions()
        options.today = (2026, 11, 21)
        let f = Array(try Validation.check(path: url.path, options: options).allFindings(.fr))
            .filter { $0.type == "placeholder-text" }
        XCTAssertEqual(f.filter { $0.fieldName == "num_pdl" && $0.cell == "XX" }.count, 32)
    }
}
