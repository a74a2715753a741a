import Foundation
import XCTest

/// Input whose cost used to grow faster than its size: many findings, rows that cite each other,
/// records past the bounds, hostile workbooks. Reports keep exact counts with bounded output;
/// bounds give a French message naming the file, the row and the column. (Time and memory are
/// measured by Benchmarks/, not asserted here.)
final class BoundsTests: CLITestCase {

    // MARK: - Findings and reports

    func testRowsSharingOneIdCiteAFewRowsAndACount() throws {
        let lines = try correctedSampleLines()
        let rows = 1000
        let file = try write(
            "doublons.csv", ([lines[0]] + Array(repeating: lines[1], count: rows)).joined(separator: "\n") + "\n")
        let r = try irve(["check", file.path, "--format", "json"], rules: true)
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        let duplicates = findings(json, type: "duplicate-id-pdc")
        XCTAssertEqual(duplicates.count, rows, "one finding per row sharing the id")
        XCTAssertEqual(duplicates.map { $0.int("rowNumber") ?? 0 }, Array(2...(rows + 1)), "in row order")
        let message = duplicates.last?.string("message") ?? ""
        XCTAssertTrue(message.contains("utilisé par \(rows) lignes (2, 3, 4… et \(rows - 3) autre(s))"), message)
        XCTAssertLessThan(message.utf8.count, 400, message)

        let en = try irve(["check", file.path, "--format", "json", "--lang", "en"], rules: true)
        let english = findings(try en.json(), type: "duplicate-id-pdc").first?.string("message") ?? ""
        XCTAssertTrue(english.contains("(2, 3, 4… and \(rows - 3) more)"), english)

        // The text report shows the first findings of the column and counts the others exactly.
        let t = try irve(["check", file.path], rules: true)
        XCTAssertEqual(t.status, 1, t.summary)
        XCTAssertLessThan(t.stdoutData.count, 60_000, t.summary)
        XCTAssertTrue(t.stdout.contains("… et \(rows - 20) autre(s)"), t.summary)
        XCTAssertTrue(t.stdout.contains("\(stats(json).errors) erreur(s)"), t.summary)
    }

    func testBlankRowsGiveABoundedTextReportWithExactCounts() throws {
        let lines = try correctedSampleLines()
        let blank = 5000
        let file = try write("vides.csv", lines[0] + "\n" + lines[1] + "\n" + String(repeating: "\n", count: blank))
        let j = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(j.status, 1, j.summary)
        let json = try j.json()
        XCTAssertEqual(findings(json, type: "blank-row").count, blank, "JSON keeps every finding")
        XCTAssertEqual(stats(json).errors, blank)

        let t = try irve(["check", file.path])
        XCTAssertEqual(t.status, 1, t.summary)
        XCTAssertLessThan(t.stdoutData.count, 20_000, t.summary)
        XCTAssertTrue(t.stdout.contains("\(blank) erreur(s)"), t.summary)
        XCTAssertTrue(t.stdout.contains("… et \(blank - 20) autre(s) « blank-row »"), t.summary)
        let en = try irve(["check", file.path, "--lang", "en"])
        XCTAssertTrue(en.stdout.contains("… and \(blank - 20) more \"blank-row\""), en.summary)
    }

    /// Rows of a single cell under an IRVE header: dozens of findings per row, all in JSON, only
    /// samples in text. (The temporary file of long lists is proved by FindingStoreTests.)
    func testRowsOfOneCellKeepExactTotalsInBothReports() throws {
        let lines = try correctedSampleLines()
        let file = try write("une-cellule.csv", lines[0] + "\n" + String(repeating: "x\n", count: 800))
        let j = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(j.status, 1, j.summary)
        let json = try j.json()
        let all = findings(json)
        XCTAssertEqual(all.filter { $0.string("severity") == "error" }.count, stats(json).errors)
        XCTAssertGreaterThan(stats(json).errors, 800 * 30)
        XCTAssertEqual(
            all.compactMap { $0.int("rowNumber") }, all.compactMap { $0.int("rowNumber") }.sorted(), "file order")

        let t = try irve(["check", file.path])
        XCTAssertLessThan(t.stdoutData.count, 200_000, "text report of \(stats(json).errors) errors")
        XCTAssertTrue(t.stdout.contains("\(stats(json).errors) erreur(s)"), t.summary)
    }

    // MARK: - Bounds

    func testCellPastTheBoundIsRefusedNamingRowAndColumn() throws {
        let lines = try correctedSampleLines()
        var row = lines[1].components(separatedBy: ";")
        row[37] = String(repeating: "o", count: 33 << 20)  // observations: 33 MiB
        let file = try write(
            "cellule-geante.csv", [lines[0], lines[1], row.joined(separator: ";")].joined(separator: "\n") + "\n")
        let r = try irve(["check", file.path])
        XCTAssertEqual(r.status, 2, r.summary)
        XCTAssertTrue(r.stderr.contains(file.path) && r.stderr.contains("ligne 3, colonne 38"), r.summary)
        XCTAssertTrue(r.stderr.contains("32 Mo"), r.summary)
        assertFrench(r.stderr)
        let en = try irve(["check", file.path, "--lang", "en"])
        XCTAssertTrue(en.stderr.contains("row 3, column 38"), en.summary)
    }

    func testHeaderOfCommasIsRefusedAsTooManyColumns() throws {
        let file = try write("virgules.csv", String(repeating: ",", count: 1 << 20) + "\n")
        for command in [["check"], ["describe"], ["fix", "--dry-run"]] {
            let r = try irve(command + [file.path])
            XCTAssertEqual(r.status, 2, r.summary)
            XCTAssertTrue(r.stderr.contains(file.path) && r.stderr.contains("100000 colonnes"), r.summary)
        }
    }

    // MARK: - Workbooks

    private func workbook(_ name: String, sheet: [UInt8]) throws -> URL {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        let parts: [(String, String)] = [
            (
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types "
                    + "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
            ),
            (
                "_rels/.rels",
                "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" "
                    + "Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
            ),
            (
                "xl/workbook.xml",
                "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"Bornes\" "
                    + "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
            ),
            (
                "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"rId1\" "
                    + "Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"
            ),
        ]
        return try write(
            name, ZipWriter.archive(parts.map { ($0.0, Array($0.1.utf8)) } + [("xl/worksheets/sheet1.xml", sheet)]))
    }

    private func sheet(_ rows: String, prologue: String = "") -> [UInt8] {
        Array(
            ("<?xml version=\"1.0\"?>" + prologue + "<worksheet "
                + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>" + rows + "</sheetData></worksheet>").utf8)
    }

    private func inlineRow(_ n: Int, _ cells: [String]) -> String {
        "<row r=\"\(n)\">" + cells.map { "<c t=\"inlineStr\"><is><t>\($0)</t></is></c>" }.joined() + "</row>"
    }

    func testWorkbookRowUsingADoctypeEntityIsReportedNotDropped() throws {
        let header = try correctedSampleLines()[0].components(separatedBy: ";")
        let rows = inlineRow(1, header) + inlineRow(2, ["&nom;"] + Array(repeating: "x", count: header.count - 1))
        let file = try workbook(
            "entite.xlsx",
            sheet: sheet(
                rows,
                prologue: "<!DOCTYPE worksheet [<!ENTITY nom "
                    + "\"Borne\">]>"))
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 2, "a row must never vanish silently:\n\(r.summary)")
        XCTAssertTrue(
            r.stderr.contains(file.path) && r.stderr.contains("ligne 2") && r.stderr.contains("&nom;"), r.summary)
        XCTAssertEqual(try r.json()["valid"] as? Bool, false)
        let en = try irve(["check", file.path, "--lang", "en"])
        XCTAssertEqual(en.status, 2, en.summary)
        XCTAssertTrue(en.stderr.contains("row 2") && en.stderr.contains("never expands"), en.summary)
    }

    func testNonUTF8NameInAWorkbookIsAClearErrorAndLeavesNothingBehind() throws {
        let tmpdir = tmp.appendingPathComponent("tmpdir")
        try FileManager.default.createDirectory(at: tmpdir, withIntermediateDirectories: true)
        var bytes = sheet(inlineRow(1, ["id_pdc_itinerance"]))
        let at = try XCTUnwrap(bytes.firstIndex(of: UInt8(ascii: "w")))  // <worksheet → <w\xFForksheet
        bytes.insert(0xFF, at: at + 1)
        let file = try workbook("octet.xlsx", sheet: bytes)
        for command in [["check"], ["describe"], ["fix", "--dry-run"]] {
            let r = try irve(command + [file.path], environment: ["TMPDIR": tmpdir.path])
            assertSane(r, allowedStatuses: [2])
            XCTAssertTrue(r.stderr.contains(file.path) && r.stderr.contains("UTF-8"), r.summary)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmpdir.path), [], "left in TMPDIR")
    }

    func testCheckOfAWorkbookUsesNoTemporaryFile() throws {
        let tmpdir = tmp.appendingPathComponent("tmpdir")
        try FileManager.default.createDirectory(at: tmpdir, withIntermediateDirectories: true)
        let lines = try correctedSampleLines().map { $0.components(separatedBy: ";") }
        let rows = lines.enumerated().map { inlineRow($0.offset + 1, $0.element) }.joined()
        let file = try workbook("bornes.xlsx", sheet: sheet(rows))
        let r = try irve(["check", file.path, "--format", "json"], environment: ["TMPDIR": tmpdir.path])
        XCTAssertEqual(stats(try r.json()).rows, lines.count - 1, r.summary)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: tmpdir.path), [])
    }

    /// Killed (SIGTERM) in the middle of a long check, irve leaves nothing in TMPDIR: the sheet is
    /// streamed from the zip and the findings' temporary file is unlinked as soon as it is created.
    func testInterruptedWorkbookCheckLeavesNothingInTMPDIR() throws {
        let tmpdir = tmp.appendingPathComponent("tmpdir")
        try FileManager.default.createDirectory(at: tmpdir, withIntermediateDirectories: true)
        let header = try correctedSampleLines()[0].components(separatedBy: ";")
        let rows =
            inlineRow(1, header)
            + String(repeating: "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>", count: 150_000)
        let file = try workbook("longue.xlsx", sheet: sheet(rows))
        let r = try CLI.run(
            ["check", file.path, "--format", "json"], environment: ["TMPDIR": tmpdir.path], timeout: 1.5)
        XCTAssertFalse(r.stderr.contains("Fatal error"), r.summary)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: tmpdir.path), [], "left in TMPDIR:\n\(r.summary)")
    }

    func testTruncatedWorkbookAndCSVRenamedXLSX() throws {
        let lines = try correctedSampleLines()
        let good = try workbook("bon.xlsx", sheet: sheet(inlineRow(1, lines[0].components(separatedBy: ";"))))
        let bytes = try Data(contentsOf: good)
        let cut = try write("coupe.xlsx", data: bytes.prefix(bytes.count / 2))
        let r = try irve(["check", cut.path])
        assertSane(r, allowedStatuses: [2])
        XCTAssertTrue(r.stderr.contains(cut.path), r.summary)

        // A CSV renamed .xlsx is read for what it is.
        let renamed = try write("renomme.xlsx", lines.joined(separator: "\n") + "\n")
        let c = try irve(["check", renamed.path, "--format", "json"])
        XCTAssertEqual(c.status, 0, c.summary)
        XCTAssertEqual(try c.json().string("format"), "csv")
    }
}
