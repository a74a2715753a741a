import Foundation
import IRVEFindings
import IRVEValidate
import XCTest

/// For every CSV of ../shared, the cell errors irve reports are exactly those frictionless 5.x
/// reports for the same file and schema (by name, as Validata); in `--strict-header` mode the
/// header errors are compared too.
final class FrictionlessConformanceTests: XCTestCase {
    /// Where irve and frictionless differ because of frictionless, with the reason.
    /// Key: file name + "|" + mode ("byName" or "strict").
    static let frictionlessBugs: [String: String] = [
        // Four trailing columns without a name: under schema_sync frictionless raises "requires
        // unique labels" and reads no row at all, so it reports none of the 56 bad dates. irve
        // reports the duplicate label and still checks the rows.
        "effia_pre-v1_2015.csv|byName": "frictionless aborts on duplicate blank labels when matching by name"
    ]

    static let cellTypes: Set<String> = ["type-error", "constraint-error", "missing-cell", "extra-cell", "blank-row"]
    static let labelTypes: Set<String> = [
        "extra-label", "missing-label", "incorrect-label", "blank-label", "duplicate-label",
    ]

    func testCellErrorsMatchFrictionlessByName() throws {
        try compareCorpus(strict: false)
    }

    func testAllErrorsMatchFrictionlessWithStrictHeader() throws {
        try compareCorpus(strict: true)
    }

    private func compareCorpus(strict: Bool) throws {
        let shared = try TestSupport.requireShared()
        let python = try TestSupport.requirePython()
        let mode = strict ? "strict" : "byName"
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("irve-conformance-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }

        var ours: [String: (keys: Set<String>, rows: Int)] = [:]
        var jobs: [[String: Any]] = []
        var excluded: [String] = []
        for file in TestSupport.corpusFiles(shared) {
            var options = ValidationOptions(headerMode: strict ? .positional : .byName)
            var result = try Validation.check(path: file.path, options: options)
            if result.schema == nil, result.headerSeen {
                // Not an IRVE layout (irve stops at the file-level finding): compare against statique anyway.
                options.schema = "statique"
                result = try Validation.check(path: file.path, options: options)
                excluded.append(
                    "\(file.lastPathComponent) (\(result.layout.map { "\($0)" } ?? "?") → comparé avec --schema statique)"
                )
            }
            guard let entry = result.schema else {
                excluded.append("\(file.lastPathComponent) (vide : pas de schéma applicable)")
                continue
            }
            // The schema irve used, given to frictionless as a file. frictionless refuses a schema
            // whose `example` values do not parse (the official 1.0.3 has two), so examples go.
            let schemaURL = tmp.appendingPathComponent("\(entry.kind)-\(entry.version).json")
            if !FileManager.default.fileExists(atPath: schemaURL.path) {
                try Self.withoutExamples(entry.json).write(to: schemaURL)
            }
            var keys = Set<String>()
            for f in result.allFindings(.en)
            where Self.cellTypes.contains(f.type.rawValue) || (strict && Self.labelTypes.contains(f.type.rawValue)) {
                keys.insert(
                    Self.key(type: f.type.rawValue, row: f.rowNumber, field: f.fieldName, constraint: f.constraint))
            }
            ours[file.lastPathComponent] = (keys, result.rows)
            var job: [String: Any] = [
                "id": file.lastPathComponent, "path": file.path, "schema": schemaURL.path, "byName": !strict,
            ]
            // frictionless guesses a non-UTF-8 file's code page with chardet (cp1250 for the corpus'
            // Latin-1 file): give it the encoding irve found, so both read the same text.
            if result.info?.encoding == .windows1252 { job["encoding"] = "cp1252" }
            jobs.append(job)
        }
        let answer = try TestSupport.oracle(["files": jobs], python: python)
        let reports = answer["files"] as? [[String: Any]] ?? []
        XCTAssertEqual(reports.count, jobs.count, "the oracle must answer every file")
        var compared = 0
        var total = 0
        for report in reports {
            guard let id = report["id"] as? String, let mine = ours[id] else { continue }
            if let error = report["error"] as? String {
                XCTFail("\(id): frictionless failed: \(error)")
                continue
            }
            var theirs = Set<String>()
            for e in report["errors"] as? [[String: Any]] ?? [] {
                let type = e["type"] as? String ?? ""
                guard Self.cellTypes.contains(type) || (strict && Self.labelTypes.contains(type)) else { continue }
                // Label errors carry `rowNumbers: [1]` in frictionless, not a `rowNumber`.
                let row = Self.labelTypes.contains(type) ? 1 : e["rowNumber"] as? Int
                theirs.insert(
                    Self.key(
                        type: type, row: row, field: e["fieldName"] as? String, constraint: e["constraint"] as? String))
            }
            let onlyOurs = mine.keys.subtracting(theirs)
            let onlyTheirs = theirs.subtracting(mine.keys)
            if let reason = Self.frictionlessBugs["\(id)|\(mode)"] {
                print(
                    "[conformance \(mode)] \(id): known frictionless difference (\(reason)): +\(onlyOurs.count) −\(onlyTheirs.count)"
                )
                continue
            }
            compared += 1
            total += theirs.count
            XCTAssert(
                onlyOurs.isEmpty && onlyTheirs.isEmpty,
                "\(id) [\(mode)]: irve only \(onlyOurs.count) e.g. \(onlyOurs.sorted().prefix(5)); frictionless only \(onlyTheirs.count) e.g. \(onlyTheirs.sorted().prefix(5))"
            )
            if let rows = report["rows"] as? Int, theirs.count == mine.keys.count {
                XCTAssertEqual(rows, mine.rows, "\(id) [\(mode)]: rows read")
            }
        }
        print(
            "[conformance \(mode)] \(compared) files compared, \(total) frictionless errors matched; excluded: \(excluded.joined(separator: "; "))"
        )
        XCTAssertGreaterThan(compared, 20)
    }

    static func key(type: String, row: Int?, field: String?, constraint: String?) -> String {
        "\(row ?? 0)|\(field ?? "")|\(type)|\(constraint ?? "")"
    }

    static func withoutExamples(_ json: String) throws -> Data {
        guard var root = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let fields = root["fields"] as? [[String: Any]]
        else { return Data(json.utf8) }
        root["fields"] = fields.map { f in
            var g = f
            g.removeValue(forKey: "example")
            return g
        }
        return try JSONSerialization.data(withJSONObject: root)
    }
}
