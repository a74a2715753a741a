import Foundation
import IRVEFindings
import IRVERead
import IRVETestSupport
import IRVEXLSXWrite
import XCTest

/// What openpyxl (an independent reader) sees in a workbook: `inspect_workbook.py`'s JSON.
struct Inspected: Decodable {
    struct Cell: Decodable {
        var value: String
        var format: String
        var bold: Bool
        var fill: String?
        var comment: String?
    }
    struct Column: Decodable {
        var width: Double?
        var format: String
    }
    struct Validation: Decodable {
        var type: String?
        var formula1: String?
        var sqref: String
        var prompt: String?
        var promptTitle: String?
        var showInputMessage: Bool
    }
    struct Sheet: Decodable {
        var name: String
        var freeze: String?
        var maxRow: Int
        var cells: [String: Cell]
        var columns: [String: Column]
        var validations: [Validation]
    }
    var sheets: [Sheet]

    func sheet(_ name: String) throws -> Sheet {
        try XCTUnwrap(sheets.first { $0.name == name }, "no sheet \(name) in \(sheets.map(\.name))")
    }
}

enum WorkbookInspector {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Skips when libxlsxwriter (the writer) is not on this system.
    static func requireWriter() throws {
        guard WorkbookWriter.isAvailable else {
            throw XCTSkip("libxlsxwriter absent : apt-get install libxlsxwriter4 (installé par .ci/run)")
        }
    }

    /// openpyxl's view of `path`; skips when the venv or openpyxl is absent.
    static func inspect(_ path: String) throws -> Inspected {
        let python =
            ProcessInfo.processInfo.environment["IRVE_PYTHON"] ?? root.appendingPathComponent(".venv/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw XCTSkip("venv absent (\(python)) : lancez .ci/run ou pip install -r Tests/Oracle/requirements.txt")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = [root.appendingPathComponent("Tests/IRVEXLSXWriteTests/inspect_workbook.py").path, path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        if p.terminationStatus == 3 {
            throw XCTSkip("openpyxl absent du venv : pip install -r Tests/Oracle/requirements.txt")
        }
        XCTAssertEqual(p.terminationStatus, 0, "inspect_workbook.py failed on \(path)")
        return try JSONDecoder().decode(Inspected.self, from: data)
    }

    /// Every row irve's own reader gives for `path` (number, cells).
    static func rows(_ path: String) throws -> [[String]] {
        final class Collect: RowConsumer {
            var rows: [[String]] = []
            func begin(_ info: TableInfo) { rows = [] }
            func row(_ row: RowView) throws { rows.append([String(row.number)] + row.strings) }
            func ended(_ info: TableInfo) {}
        }
        let c = Collect()
        try TableReader(path: path).read(into: c)
        return c.rows
    }

    /// Excel's column letters of 0-based `index`.
    static func letters(_ index: Int) -> String {
        var n = index + 1
        var s = ""
        while n > 0 {
            let r = (n - 1) % 26
            s = String(UnicodeScalar(UInt8(65 + r))) + s
            n = (n - 1) / 26
        }
        return s
    }
}
