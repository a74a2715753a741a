import Foundation
import XCTest

/// An interrupted `check` of a workbook leaves no extracted sheet in the temporary folder.
final class InterruptedWorkbookCLITests: CLITestCase {
    /// A workbook whose one sheet inflates to about 150 MB (2 million rows), built by Python's zipfile.
    private func bigWorkbook() throws -> URL {
        let script = #"""
        import sys, zipfile
        ns = 'http://schemas.openxmlformats.org/'
        parts = {
          '[Content_Types].xml': '<Types xmlns="' + ns + 'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
          '_rels/.rels': '<Relationships xmlns="' + ns + 'package/2006/relationships"><Relationship Id="rId1" Type="' + ns + 'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
          'xl/workbook.xml': '<workbook xmlns="' + ns + 'spreadsheetml/2006/main" xmlns:r="' + ns + 'officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
          'xl/_rels/workbook.xml.rels': '<Relationships xmlns="' + ns + 'package/2006/relationships"><Relationship Id="rId1" Type="' + ns + 'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        }
        with zipfile.ZipFile(sys.argv[1], 'w', zipfile.ZIP_DEFLATED) as z:
            for k, v in parts.items(): z.writestr(k, v)
            with z.open('xl/worksheets/sheet1.xml', 'w') as f:
                f.write(('<worksheet xmlns="' + ns + 'spreadsheetml/2006/main"><sheetData>').encode())
                cells = b''.join(b'<c r="%s1" t="inlineStr"><is><t>valeur</t></is></c>' % c for c in [b'A', b'B', b'C', b'D'])
                for i in range(1, 2000000): f.write(b'<row r="%d">' % i + cells + b'</row>')
                f.write(b'</sheetData></worksheet>')
        """#
        let py = try write("make.py", script)
        let book = tmp.appendingPathComponent("gros.xlsx")
        let r = try CLI.runExecutable(URL(fileURLWithPath: "/usr/bin/env"), ["python3", py.path, book.path], timeout: 300)
        if r.status == 127 { throw XCTSkip("python3 is needed to build the workbook: \(r.summary)") }
        XCTAssertEqual(r.status, 0, r.summary)
        return book
    }

    func testAnInterruptedWorkbookCheckLeavesNoTemporarySheet() throws {
        let book = try bigWorkbook()
        let scratch = tmp.appendingPathComponent("tmpdir")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = try CLI.binary()
        process.arguments = ["check", book.path]
        process.environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": scratch.path]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var extracting = false
        for _ in 0..<3000 where !extracting {
            extracting = try FileManager.default.contentsOfDirectory(atPath: scratch.path).contains { $0.hasPrefix("irve-xlsx-") }
            if !extracting { usleep(10_000) }
        }
        XCTAssertTrue(extracting, "irve never extracted the sheet")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: scratch.path), [], "the extracted sheet is removed")
    }
}
