import Foundation
import IRVEFindings
import IRVERepair
import IRVEReport
import IRVETestSupport
import IRVEValidate
import IRVEXLSXWrite
import XCTest

/// `check --annotate` and `fix -o x.xlsx`: colours, comments and values read back by openpyxl, and
/// `irve check` on the workbook giving the same data and the same findings.
final class AnnotatedWorkbookTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        try WorkbookInspector.requireWriter()
        folder = try TestPaths.temporaryFolder("irve-annotate")
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// (row, field, code) of every finding with a row: what must survive the trip through Excel.
    func keys(_ result: ValidationResult) -> [String] {
        result.allFindings(.fr).compactMap { f in
            f.rowNumber.map { "\($0) \(f.fieldName ?? "-") \(f.type.rawValue)" }
        }
    }

    func annotate(_ input: String) throws -> (ValidationResult, Inspected) {
        let result = try Validation.check(path: input, options: ValidationOptions())
        try AnnotatedWorkbook(lang: .fr).write(result, input: input, to: path("rapport.xlsx"), force: false)
        return (result, try WorkbookInspector.inspect(path("rapport.xlsx")))
    }

    func assertAnnotated(_ input: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let (result, book) = try annotate(input)
        XCTAssertEqual(book.sheets.map(\.name), ["Synthèse", "Données"], file: file, line: line)
        let summary = try book.sheet("Synthèse")
        XCTAssertEqual(summary.cells["A4"]?.value, "Erreurs : \(result.errorCount)", file: file, line: line)
        XCTAssertEqual(summary.cells["A5"]?.value, "Avertissements : \(result.warningCount)", file: file, line: line)
        let data = try book.sheet("Données")
        XCTAssertEqual(data.freeze, "A2", file: file, line: line)
        let header = result.header?.labels ?? []
        var checked = 0
        for f in result.allFindings(.fr) where f.severity != .info {
            guard let row = f.rowNumber, row > 1, let column = f.fieldNumber.map({ $0 - 1 }) ?? nil else { continue }
            let ref = WorkbookInspector.letters(column) + String(row)
            let cell = try XCTUnwrap(data.cells[ref], "\(ref) \(f.type.rawValue)", file: file, line: line)
            XCTAssertTrue(cell.comment?.contains(f.message) == true, "\(ref): \(f.message)", file: file, line: line)
            if let p = f.proposedChange {
                XCTAssertTrue(cell.comment?.contains("Valeur proposée : \(p.newValue)") == true, file: file, line: line)
            }
            let expected = f.severity == .error ? "FFFF8080" : nil
            if let expected { XCTAssertEqual(cell.fill, expected, ref, file: file, line: line) }
            XCTAssertNotNil(cell.fill, ref, file: file, line: line)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, "the file has cell findings", file: file, line: line)
        if let insee = header.firstIndex(of: "code_insee_commune") {
            XCTAssertEqual(data.columns[WorkbookInspector.letters(insee)]?.format, "@", file: file, line: line)
        }
        // irve's own reader: the same rows, with the same numbers, as the input.
        XCTAssertEqual(
            try WorkbookInspector.rows(path("rapport.xlsx")), try WorkbookInspector.rows(input), file: file, line: line)
        // openpyxl: the same values as irve reads.
        for r in try WorkbookInspector.rows(input).prefix(50) {
            for (i, value) in r.dropFirst().enumerated() {
                let ref = WorkbookInspector.letters(i) + r[0]
                XCTAssertEqual(data.cells[ref]?.value ?? "", value, ref, file: file, line: line)
            }
        }
        // Checking the workbook finds the same things on the same rows.
        let again = try Validation.check(path: path("rapport.xlsx"), options: ValidationOptions())
        XCTAssertEqual(again.errorCount, result.errorCount, file: file, line: line)
        XCTAssertEqual(again.warningCount, result.warningCount, file: file, line: line)
        XCTAssertEqual(keys(again), keys(result), file: file, line: line)
    }

    func testSampleAnnotatedReadsBackTheSame() throws {
        try assertAnnotated(TestPaths.faultySample)
        // Leading zeros and dates stay text, as typed: openpyxl sees strings, not numbers.
        let data = try WorkbookInspector.inspect(path("rapport.xlsx")).sheet("Données")
        let input = try WorkbookInspector.rows(TestPaths.faultySample)
        let phone = try XCTUnwrap(input[0].firstIndex(of: "telephone_operateur")) - 1
        let cell = try XCTUnwrap(data.cells[WorkbookInspector.letters(phone) + "2"])
        XCTAssertEqual(cell.value, "0553887420")
        XCTAssertEqual(cell.format, "@")
        let date = try XCTUnwrap(input[0].firstIndex(of: "date_maj")) - 1
        XCTAssertEqual(data.cells[WorkbookInspector.letters(date) + "2"]?.value, input[1][date + 1])
        XCTAssertEqual(data.cells[WorkbookInspector.letters(date) + "2"]?.format, "yyyy-mm-dd")
    }

    func testCorpusFileAnnotatedReadsBackTheSame() throws {
        try assertAnnotated(try TestPaths.shared("corpus/real/r3-groupe-dbt_v2.3_2025.csv").path)
    }

    func testRepairedWorkbookHasTheCSVsCellsAndTextFormats() throws {
        let input = TestPaths.faultySample
        _ = try Repair.run(input: input, output: path("corrige.csv"), force: false, options: RepairOptions())
        _ = try Repair.run(
            input: input, output: path("corrige.xlsx"), log: path("log.csv"), force: false, options: RepairOptions())
        XCTAssertEqual(
            try WorkbookInspector.rows(path("corrige.xlsx")), try WorkbookInspector.rows(path("corrige.csv")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: path("log.csv")))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
        XCTAssertEqual(leftovers, [], "no scratch file left behind")
        let data = try WorkbookInspector.inspect(path("corrige.xlsx")).sheet("Données")
        let header = try WorkbookInspector.rows(path("corrige.csv"))[0].dropFirst()
        for name in ["code_insee_commune", "id_pdc_itinerance", "num_pdl", "siren_amenageur"] {
            let i = try XCTUnwrap(header.firstIndex(of: name)) - 1
            XCTAssertEqual(data.columns[WorkbookInspector.letters(i)]?.format, "@", name)
        }
        let d = try XCTUnwrap(header.firstIndex(of: "date_maj")) - 1
        XCTAssertEqual(data.columns[WorkbookInspector.letters(d)]?.format, "yyyy-mm-dd")
        let again = try Validation.check(path: path("corrige.xlsx"), options: ValidationOptions())
        let csv = try Validation.check(path: path("corrige.csv"), options: ValidationOptions())
        XCTAssertEqual(keys(again), keys(csv))
    }

    func testAnExistingWorkbookIsNotReplacedWithoutForce() throws {
        XCTAssertTrue(FileManager.default.createFile(atPath: path("corrige.xlsx"), contents: Data("x".utf8)))
        XCTAssertThrowsError(
            try Repair.run(
                input: TestPaths.faultySample, output: path("corrige.xlsx"), force: false, options: RepairOptions()))
        XCTAssertEqual(try String(contentsOfFile: path("corrige.xlsx"), encoding: .utf8), "x")
    }
}
