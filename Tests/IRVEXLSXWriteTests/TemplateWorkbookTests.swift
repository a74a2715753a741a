import Foundation
import IRVEFindings
import IRVESchema
import IRVESchemaCatalog
import IRVETestSupport
import IRVEWording
import IRVEXLSXWrite
import XCTest

/// `irve template`: read back with openpyxl and with irve's own reader.
final class TemplateWorkbookTests: XCTestCase {
    var folder: URL!
    let schema = SchemaCatalog.latest("statique")!.schema

    override func setUpWithError() throws {
        folder = try TestPaths.temporaryFolder("irve-template")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    func testTemplateHasDropDownsTextFormatsMessagesAndHelpSheet() throws {
        try WorkbookInspector.requireWriter()
        try TemplateWorkbook.write(schema: schema, to: path("modele.xlsx"), force: false, example: false, lang: .fr)
        let book = try WorkbookInspector.inspect(path("modele.xlsx"))
        XCTAssertEqual(book.sheets.map(\.name), ["Données", "Aide"])
        let data = try book.sheet("Données")
        XCTAssertEqual(data.freeze, "A2", "header row frozen")
        for (i, field) in schema.fields.enumerated() {
            let letter = WorkbookInspector.letters(i)
            let header = try XCTUnwrap(data.cells["\(letter)1"])
            XCTAssertEqual(header.value, field.name)
            XCTAssertTrue(header.bold, field.name)
            let v = try XCTUnwrap(data.validations.first { $0.sqref.hasPrefix("\(letter)2:") }, field.name)
            XCTAssertEqual(v.sqref, "\(letter)2:\(letter)1048576")
            XCTAssertTrue(v.showInputMessage)
            XCTAssertTrue(v.prompt?.contains("Exemple : ") == true, "\(field.name): \(v.prompt ?? "")")
            XCTAssertTrue(v.prompt?.hasPrefix(field.constraints.required ? "Obligatoire" : "Facultatif") == true)
            if let values = field.constraints.enumValues?.map(\.text) {
                XCTAssertEqual(v.type, "list")
                XCTAssertEqual(v.formula1, "\"" + values.joined(separator: ",") + "\"", field.name)
            } else if field.type == .boolean {
                XCTAssertEqual(v.formula1, "\"true,false\"", field.name)
            } else {
                XCTAssertNil(v.formula1, field.name)
            }
            let width = try XCTUnwrap(data.columns[letter]?.width)
            XCTAssertGreaterThanOrEqual(width, 12)
        }
        func format(_ name: String) throws -> String {
            let i = try XCTUnwrap(schema.fields.firstIndex { $0.name == name })
            return try XCTUnwrap(data.columns[WorkbookInspector.letters(i)]).format
        }
        for name in [
            "id_station_itinerance", "id_pdc_itinerance", "code_insee_commune", "siren_amenageur",
            "telephone_operateur", "num_pdl", "gratuit",
        ] {
            XCTAssertEqual(try format(name), "@", name)
        }
        XCTAssertEqual(try format("date_maj"), "yyyy-mm-dd")
        XCTAssertEqual(try format("date_mise_en_service"), "yyyy-mm-dd")
        XCTAssertEqual(try format("nbre_pdc"), "General")
        let help = try book.sheet("Aide")
        XCTAssertEqual(help.maxRow, schema.fields.count + 1)
        XCTAssertEqual(help.cells["A1"]?.value, "Colonne")
        for (i, field) in schema.fields.enumerated() {
            XCTAssertEqual(help.cells["A\(i + 2)"]?.value, field.name)
            XCTAssertEqual(help.cells["F\(i + 2)"]?.value, field.description, field.name)
        }
        XCTAssertEqual(help.cells["D12"]?.value.split(separator: "\n").count, 5, "implantation_station's values")
    }

    func testExampleRowRoundTripsThroughOpenpyxlAndIrve() throws {
        try WorkbookInspector.requireWriter()
        try TemplateWorkbook.write(schema: schema, to: path("exemple.xlsx"), force: false, example: true, lang: .fr)
        let data = try WorkbookInspector.inspect(path("exemple.xlsx")).sheet("Données")
        let irve = try WorkbookInspector.rows(path("exemple.xlsx"))
        XCTAssertEqual(irve.count, 2)
        XCTAssertEqual(Array(irve[0].dropFirst()), schema.fields.map(\.name))
        for (i, field) in schema.fields.enumerated() {
            let cell = try XCTUnwrap(data.cells["\(WorkbookInspector.letters(i))2"], field.name)
            XCTAssertEqual(cell.value, irve[1][i + 1], "openpyxl and irve agree on \(field.name)")
        }
        let insee = try XCTUnwrap(schema.fields.firstIndex { $0.name == "code_insee_commune" })
        XCTAssertEqual(data.cells["\(WorkbookInspector.letters(insee))2"]?.format, "@")
        let date = try XCTUnwrap(schema.fields.firstIndex { $0.name == "date_maj" })
        XCTAssertEqual(irve[1][date + 1], "2021-12-30", "a date cell reads back as yyyy-mm-dd")
        XCTAssertEqual(data.cells["\(WorkbookInspector.letters(date))2"]?.format, "yyyy-mm-dd")
    }

    func testEnglishTemplate() throws {
        try WorkbookInspector.requireWriter()
        try TemplateWorkbook.write(schema: schema, to: path("template.xlsx"), force: false, example: false, lang: .en)
        let book = try WorkbookInspector.inspect(path("template.xlsx"))
        XCTAssertEqual(book.sheets.map(\.name), ["Data", "Help"])
        let prompt = try XCTUnwrap(book.sheet("Data").validations.first?.prompt)
        XCTAssertTrue(prompt.hasPrefix("Optional — text\nExample: "), prompt)
        XCTAssertTrue(prompt.contains("owner"), prompt)
    }

    func testCSVTemplateIsTheHeaderAndTheExampleRow() throws {
        try TemplateWorkbook.write(schema: schema, to: path("modele.csv"), force: false, example: true, lang: .fr)
        let rows = try WorkbookInspector.rows(path("modele.csv"))
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(Array(rows[0].dropFirst()), schema.fields.map(\.name))
        XCTAssertEqual(rows[1][1], "Société X, Entité Y")
        XCTAssertThrowsError(
            try TemplateWorkbook.write(schema: schema, to: path("modele.csv"), force: false, example: false, lang: .fr)
        ) { error in
            XCTAssertEqual(error as? XLSXWriteError, .file(.exists(path: path("modele.csv"))))
        }
    }

    func testEveryColumnIsExplainedInEnglishAndErrorsAreWorded() {
        for field in schema.fields {
            XCTAssertTrue(Wording.hasColumnExplanation(field.name, .en), "no English explanation of \(field.name)")
        }
        let missing = XLSXWriteError.libraryMissing(detail: "libxlsxwriter.so.4")
        XCTAssertTrue(missing.message(.fr).contains("apt-get install libxlsxwriter4"))
        XCTAssertTrue(missing.message(.en).contains("apt-get install libxlsxwriter4"))
        XCTAssertTrue(
            XLSXWriteError.cellTooLong(path: "a.xlsx", row: 3, column: "observations", limit: 32767).message(.en)
                .contains("row 3"))
    }
}

/// Every fixed word of the workbooks, in French and in English.
final class WorkbookWordsTests: XCTestCase {
    static let labels: [WorkbookLabel] =
        [
            .dataSheet, .helpSheet, .summarySheet, .helpColumn, .helpRequired, .helpType, .helpValues, .helpExample,
            .helpDescription, .yes, .no, .example("x"), .requiredTitle, .optionalTitle, .severity(.error),
            .severity(.warning), .severity(.info), .proposed("24/7"), .summaryTitle(file: "a.csv"),
            .summarySchema("etalab/schema-irve-statique 2.3.1"), .summaryRows(3), .summaryErrors(2),
            .summaryWarnings(1), .summaryLegend, .summaryGeneral, .summaryColumns, .summaryHowTo,
            .templateWritten(path: "m.xlsx"), .annotatedWritten(path: "r.xlsx"),
        ] + [ValueKind.text, .integer, .decimal, .boolean, .date, .coordinates, .list, .email].map { .kind($0) }

    static let errors: [XLSXWriteError] = [
        .libraryMissing(detail: "libxlsxwriter.so.4"), .file(.exists(path: "a.xlsx")),
        .read(.notFound(path: "a.csv")), .tooManyRows(path: "a.xlsx", limit: 1_048_576),
        .tooManyColumns(path: "a.xlsx", limit: 16_384),
        .cellTooLong(path: "a.xlsx", row: 3, column: "observations", limit: 32_767),
        .library(path: "a.xlsx", code: 5, detail: "Error creating output xlsx file."),
    ]

    func testEveryLabelAndErrorIsWordedInBothLanguages() {
        for l in Self.labels where l != .author {
            let fr = Wording.workbook(l, .fr)
            let en = Wording.workbook(l, .en)
            XCTAssertFalse(fr.isEmpty || en.isEmpty, "\(l)")
            if l != .severity(.info), l != .helpType { XCTAssertNotEqual(fr, en, "\(l)") }
            XCTAssertTrue(en.filter { "éèêàâçôûùîœ«»".contains($0) }.isEmpty, "French letters in \(en)")
        }
        for e in Self.errors {
            XCTAssertNotEqual(e.message(.fr), e.message(.en), "\(e)")
            XCTAssertTrue(e.message(.en).filter { "éèêàâçôûùîœ«»".contains($0) }.isEmpty, e.message(.en))
        }
        // Excel's limits on sheet names: 31 characters, none of []:*?/\.
        for l in [WorkbookLabel.dataSheet, .helpSheet, .summarySheet] {
            for lang in [Language.fr, .en] {
                let name = Wording.workbook(l, lang)
                XCTAssertLessThanOrEqual(name.count, 31)
                XCTAssertFalse(name.contains { "[]:*?/\\".contains($0) })
            }
        }
    }
}
