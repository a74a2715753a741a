import Foundation
import IRVEFindings
import IRVEWording
import XCTest

@testable import IRVEXLSX

/// Reads the committed fixtures of Tests/Fixtures/xlsx (made by Scripts/make-xlsx-fixtures.py)
/// and asserts the exact strings a validator will see.
final class XLSXWorkbookTests: XCTestCase {
    typealias Row = (number: Int, cells: [String])

    // MARK: Cell values

    func testIRVELikeSheetGivesTypedValuesBackAsTheyWereTyped() throws {
        let workbook = try XLSXWorkbook(contentsOf: fixture("irve-like"))
        XCTAssertEqual(workbook.firstSheetName, "Consolidation")
        XCTAssertEqual(workbook.sheetNames, ["Consolidation"])
        assertRows(
            try rows(workbook),
            [
                (
                    1,
                    [
                        "nom_amenageur", "id_pdc_itinerance", "puissance_nominale", "date_mise_en_service",
                        "gratuit", "num_pdl", "observations", "date_maj",
                    ]
                ),
                (
                    2,
                    [
                        "Mairie de Saint-Étienne", "FRA00P0001", "22", "2023-01-15", "true", "12345678912345",
                        "Borne près de l'église", "2024-03-01",
                    ]
                ),
                (
                    3,
                    [
                        "Communauté d'agglomération Côte-d'Or", "FRA00P0002", "3.7", "", "false", "01234567891234",
                        "  espace en tête", "2024-02-29T14:30:00",
                    ]
                ),
                (
                    4,
                    [
                        "Île-de-France Mobilités", "FRA00P0003", "150", "2019-12-31", "true", "98765432109876",
                        "", "2024-03-01",
                    ]
                ),
            ])
    }

    func testFirstSheetFollowsWorkbookOrderNotPartNames() throws {
        let workbook = try XLSXWorkbook(contentsOf: fixture("first-sheet-not-sheet1"))
        XCTAssertEqual(workbook.sheetNames, ["Données", "Notes"])
        XCTAssertEqual(workbook.firstSheetName, "Données")
        XCTAssertEqual(workbook.firstSheetPart, "xl/worksheets/sheet2.xml")
        assertRows(
            try rows(workbook),
            [
                (1, ["id_station_itinerance", "nom_station"]),
                (2, ["FRA00P0001", "Parking de la gare"]),
            ])
    }

    func testFormulaCellsGiveTheirCachedResults() throws {
        assertRows(
            try rows(XLSXWorkbook(contentsOf: fixture("formulas"))),
            [
                (1, ["a", "b", "somme", "texte", "booleen", "erreur", "flottant"]),
                (2, ["22", "3.7", "25.7", "FRA-001", "true", "#N/A", "0.3"]),
                // C3 was never calculated and D3's cached text is empty.
                (3, ["-1.5", "0.001", "", "", "false", "#DIV/0!", "123456789123456780"]),
            ])
    }

    func testSparseCellsAndRowsKeepTheirPlaceAndRealRowNumbers() throws {
        let workbook = try XLSXWorkbook(contentsOf: fixture("sparse"))
        XCTAssertEqual(workbook.firstSheetName, "Clairsemée")
        assertRows(
            try rows(workbook),
            [
                (1, ["a", "b", "c"]),
                // Row 2 is absent; row 4 holds only a styled empty cell.
                (3, ["x", "", "3"]),
                (5, ["", "", "", "", "loin"]),
                (6, ["fin"]),
            ])
    }

    func testRichTextPhoneticRunsEscapesAndInlineStrings() throws {
        assertRows(
            try rows(XLSXWorkbook(contentsOf: fixture("rich-text"))),
            [
                (1, ["simple", "Borne rapide Élec", "東京"]),
                (2, ["ligne 1\r\nligne 2", "_x0041_ reste littéral", "  deux espaces  "]),
                (3, ["en ligne", "en morceaux", "a<b & c"]),
            ])
    }

    func testDate1904CustomFormatsPrefixedElementsAndAbsoluteTargets() throws {
        let workbook = try XLSXWorkbook(contentsOf: fixture("date1904-formats"))
        XCTAssertTrue(workbook.date1904)
        XCTAssertEqual(workbook.firstSheetPart, "xl/worksheets/feuille.xml")
        assertRows(
            try rows(workbook),
            [
                (
                    1,
                    [
                        "1904-01-01",  // dd/mm/yyyy
                        "1904-01-01",  // [$-40C]d mmmm yyyy
                        "7.5", "7.5",  // 0.0 "h" and "m²" 0.00: letters in quotes are not dates
                        "14:30:00",  // hh:mm
                        "36:00:00",  // [h]:mm:ss elapsed
                        "2024-06-19T06:00:00",  // yyyy-mm-dd"T"hh:mm:ss
                        "7.5", "7.5",  // [Red]0.00;[Blue]-0.00 and \d0
                        "1904-01-02",  // built-in 14
                        "1904-01-02T18:00:00",
                    ]
                )  // built-in 22
            ])
    }

    func testLargeSheetIsStreamedToTheLastRow() throws {
        var count = 0
        var last = 0
        try XLSXWorkbook(contentsOf: fixture("large-sheet")).forEachRowOfFirstSheet { number, cells in
            count += 1
            last = number
            XCTAssertEqual(cells, ["0"])
        }
        XCTAssertEqual(count, 80_000)
        XCTAssertEqual(last, 80_000)  // rows without `r` follow each other
    }

    func testErrorFromTheCallbackStopsReadingAndIsRethrown() throws {
        struct Stop: Error {}
        var seen: [Int] = []
        XCTAssertThrowsError(
            try XLSXWorkbook(contentsOf: fixture("irve-like")).forEachRowOfFirstSheet { number, _ in
                seen.append(number)
                if number == 2 { throw Stop() }
            }
        ) { XCTAssertTrue($0 is Stop, "\($0)") }
        XCTAssertEqual(seen, [1, 2])
    }

    func testTemporaryFilesAreRemoved() throws {
        let before = try temporaryParts()
        _ = try rows(XLSXWorkbook(contentsOf: fixture("irve-like")))
        XCTAssertThrowsError(
            try XLSXWorkbook(contentsOf: fixture("malformed-sheet")).forEachRowOfFirstSheet { _, _ in })
        XCTAssertEqual(try temporaryParts(), before)
    }

    // MARK: Errors

    func testNotAZip() throws {
        let csv = try temporaryFile("id;nom\n1;Borne\n")
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: csv)) { assertError($0, .notAZip) }
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: temporaryFile(""))) { assertError($0, .notAZip) }
    }

    func testTruncatedZip() throws {
        let bytes = try Data(contentsOf: fixture("irve-like"))
        let truncated = try temporaryFile(bytes.prefix(bytes.count / 2))
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: truncated)) { assertError($0, .notAZip) }
    }

    func testLegacyOrEncryptedWorkbook() throws {
        let ole = try temporaryFile(Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + Data(count: 512))
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: ole)) { assertError($0, .legacyOrEncryptedWorkbook) }
    }

    func testUnreadableFile() {
        let missing = URL(fileURLWithPath: "/nonexistent/irve.xlsx")
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: missing)) { assertError($0, .unreadableFile(missing.path)) }
        let folder = FileManager.default.temporaryDirectory
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: folder)) { assertError($0, .unreadableFile(folder.path)) }
    }

    func testMissingParts() {
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: fixture("zip-without-workbook"))) {
            assertError($0, .missingPart("xl/workbook.xml"))
        }
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: fixture("missing-sheet-part"))) {
            assertError($0, .missingPart("xl/worksheets/sheet1.xml"))
        }
    }

    func testNoSheet() {
        XCTAssertThrowsError(try XLSXWorkbook(contentsOf: fixture("no-sheet"))) { assertError($0, .noSheet) }
    }

    func testMalformedSheetXML() throws {
        let workbook = try XLSXWorkbook(contentsOf: fixture("malformed-sheet"))
        XCTAssertThrowsError(try workbook.forEachRowOfFirstSheet { _, _ in }) { error in
            guard case .malformedXML(let part, _, _)? = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
        }
    }

    func testSharedStringIndexOutOfRange() throws {
        let workbook = try XLSXWorkbook(contentsOf: fixture("bad-shared-string-index"))
        XCTAssertThrowsError(try workbook.forEachRowOfFirstSheet { _, _ in }) { error in
            guard case .invalidCell(let reference, _)? = error as? XLSXError else { return XCTFail("\(error)") }
            XCTAssertEqual(reference, "A1")
        }
    }

    func testPartLargerThanTheLimitIsRefused() throws {
        let limits = XLSXLimits(maxPartBytes: 1024 * 1024)
        for name in ["large-sheet", "lying-size"] {  // declared size, then a zip header that lies about it
            let workbook = try XLSXWorkbook(contentsOf: fixture(name), limits: limits)
            XCTAssertThrowsError(try workbook.forEachRowOfFirstSheet { _, _ in }, name) {
                assertError($0, .partTooLarge(part: "xl/worksheets/sheet1.xml", limit: 1024 * 1024))
            }
        }
    }

    func testSharedStringTableLargerThanTheLimitsIsRefused() {
        for limits in [XLSXLimits(maxSharedStringBytes: 100), XLSXLimits(maxSharedStringCount: 3)] {
            XCTAssertThrowsError(try XLSXWorkbook(contentsOf: fixture("irve-like"), limits: limits)) {
                assertError($0, .sharedStringsTooLarge)
            }
        }
    }

    /// Flipping bytes all over a valid file must give an XLSXError or a result, never a crash.
    func testDamagedBytesNeverCrash() throws {
        let original = try Data(contentsOf: fixture("irve-like"))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("irve-xlsx-test-\(UUID()).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        for offset in stride(from: 0, to: original.count, by: 23) {
            var damaged = original
            damaged[offset] ^= 0x5A
            try damaged.write(to: file)
            do {
                try XLSXWorkbook(contentsOf: file).forEachRowOfFirstSheet { _, _ in }
            } catch is XLSXError {
                continue
            }
        }
    }

    func testMessagesAreFrench() {
        XCTAssertEqual(
            XLSXError.notAZip.message(.fr),
            "Le fichier n'est pas un classeur Excel .xlsx valide (archive ZIP illisible)")
        XCTAssertEqual(
            XLSXError.missingPart("xl/workbook.xml").message(.fr),
            "Le classeur Excel est incomplet : la partie « xl/workbook.xml » est absente de l'archive")
        XCTAssertTrue(XLSXError.partTooLarge(part: "x", limit: 512 * 1024 * 1024).message(.fr).contains("512 Mo"))
    }

    // MARK: Helpers

    private func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/xlsx/\(name).xlsx")
    }

    private func rows(_ workbook: XLSXWorkbook) throws -> [Row] {
        var rows: [Row] = []
        try workbook.forEachRowOfFirstSheet { rows.append(($0, $1)) }
        return rows
    }

    private func assertRows(_ actual: [Row], _ expected: [Row], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.map(\.number), expected.map(\.number), "row numbers", file: file, line: line)
        for (got, want) in zip(actual, expected) {
            XCTAssertEqual(got.cells, want.cells, "row \(want.number)", file: file, line: line)
        }
    }

    private func assertError(_ error: Error, _ expected: XLSXError, file: StaticString = #filePath, line: UInt = #line)
    {
        XCTAssertEqual(error as? XLSXError, expected, "\(error)", file: file, line: line)
    }

    private func temporaryFile(_ text: String) throws -> URL { try temporaryFile(Data(text.utf8)) }

    private func temporaryFile(_ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("irve-xlsx-test-\(UUID()).xlsx")
        try data.write(to: url)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    private func temporaryParts() throws -> Set<String> {
        Set(
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.temporaryDirectory.path)
                .filter { $0.hasPrefix("irve-xlsx-") && $0.hasSuffix(".xml") })
    }
}
