import Foundation
import XCTest

@testable import IRVESchemaCatalog

/// Proves that the team's own schema files (Schemas/) say exactly what the official
/// etalab/schema-irve files say, in our own words, and that the copy embedded in the
/// binary (EmbeddedSchemas.swift) is byte-for-byte the files of Schemas/.
final class SchemaEquivalenceTests: XCTestCase {

    // MARK: - Expected catalogue

    /// Our file name → (official file name in ../shared/irve, schema name, real version).
    static let pairs: [(ours: String, official: String, name: String, version: String)] = [
        ("irve-statique-2.3.1.json", "schema-irve-statique-2.3.1.json", "etalab/schema-irve-statique", "2.3.1"),
        ("irve-statique-2.2.1.json", "schema-irve-statique-2.2.1.json", "etalab/schema-irve-statique", "2.2.1"),
        ("irve-statique-2.1.0.json", "schema-irve-statique-2.1.0.json", "etalab/schema-irve-statique", "2.1.0"),
        ("irve-statique-2.0.3.json", "schema-irve-statique-2.0.3.json", "etalab/schema-irve-statique", "2.0.3"),
        ("irve-statique-1.0.3.json", "schema-irve-statique-1.0.3.json", "etalab/schema-irve", "1.0.3"),
        ("irve-dynamique-2.3.1.json", "schema-irve-dynamique-2.3.1.json", "etalab/schema-irve-dynamique", "2.3.1"),
        ("irve-dynamique-2.2.1.json", "schema-irve-dynamique-2.2.1.json", "etalab/schema-irve-dynamique", "2.2.1"),
    ]

    // MARK: - Locations (derived from #filePath: Tests/SchemaFilesTests/ → package root)

    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SchemaFilesTests/
        .deletingLastPathComponent()  // Tests/
        .deletingLastPathComponent()  // package root
    static let schemasDir = packageRoot.appendingPathComponent("Schemas", isDirectory: true)
    static let sharedIRVEDir =
        packageRoot
        .deletingLastPathComponent()
        .appendingPathComponent("shared", isDirectory: true)
        .appendingPathComponent("irve", isDirectory: true)

    /// The official directory, or XCTSkip when ../shared is not there (e.g. a bare checkout).
    func officialDir() throws -> URL {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: Self.sharedIRVEDir.path, isDirectory: &isDir), isDir.boolValue
        else {
            throw XCTSkip(
                "../shared absent : les schémas officiels IRVE sont introuvables dans \(Self.sharedIRVEDir.path) ; "
                    + "comparaison avec les fichiers officiels ignorée. / ../shared absent: official IRVE schema files not found "
                    + "at \(Self.sharedIRVEDir.path); skipping the comparison with the official files.")
        }
        return Self.sharedIRVEDir
    }

    func loadObject(_ url: URL, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        let data = try Data(contentsOf: url)
        let object = try JSONSerialization.jsonObject(with: data)
        return try XCTUnwrap(
            object as? [String: Any], "\(url.lastPathComponent): top level is not an object", file: file, line: line)
    }

    // MARK: - Comparison

    /// Canonical text of a JSON value that keeps booleans, numbers and strings apart
    /// (NSNumber(false) == NSNumber(0) would otherwise compare equal).
    static func canonical(_ value: Any?) -> String {
        guard let value else { return "∅" }
        switch value {
        case is NSNull:
            return "null"
        case let s as String:
            return "s" + String(reflecting: s)
        case let n as NSNumber:
            if String(cString: n.objCType) == "c" { return n.boolValue ? "true" : "false" }
            return "n:\(n.doubleValue)"
        case let a as [Any]:
            return "[" + a.map { canonical($0) }.joined(separator: ",") + "]"
        case let o as [String: Any]:
            return "{" + o.keys.sorted().map { "\(String(reflecting: $0)):\(canonical(o[$0]))" }.joined(separator: ",")
                + "}"
        default:
            return "?\(value)"
        }
    }

    static let comparedConstraints = [
        "required", "unique", "pattern", "enum", "minimum", "maximum", "minLength", "maxLength",
    ]
    static let comparedFieldKeys = [
        "type", "trueValues", "falseValues", "decimalChar", "groupChar", "bareNumber", "example",
    ]

    /// Every difference of validation meaning between two Table Schemas (empty = equivalent).
    /// Descriptions, titles, name and version are deliberately not compared.
    static func differences(_ ours: [String: Any], _ official: [String: Any]) -> [String] {
        var diffs: [String] = []
        for key in ["missingValues", "primaryKey"] {
            let (a, b) = (canonical(ours[key]), canonical(official[key]))
            if a != b { diffs.append("table \(key): ours \(a) ≠ official \(b)") }
        }
        let ourFields = ours["fields"] as? [[String: Any]] ?? []
        let officialFields = official["fields"] as? [[String: Any]] ?? []
        let ourNames = ourFields.map { $0["name"] as? String ?? "?" }
        let officialNames = officialFields.map { $0["name"] as? String ?? "?" }
        if ourNames != officialNames {
            diffs.append("field names/order: ours \(ourNames) ≠ official \(officialNames)")
            return diffs
        }
        for (mine, theirs) in zip(ourFields, officialFields) {
            let name = mine["name"] as? String ?? "?"
            for key in comparedFieldKeys {
                let (a, b) = (canonical(mine[key]), canonical(theirs[key]))
                if a != b { diffs.append("\(name).\(key): ours \(a) ≠ official \(b)") }
            }
            let (fa, fb) = (mine["format"] as? String ?? "default", theirs["format"] as? String ?? "default")
            if fa != fb { diffs.append("\(name).format: ours \(fa) ≠ official \(fb)") }
            let ca = mine["constraints"] as? [String: Any] ?? [:]
            let cb = theirs["constraints"] as? [String: Any] ?? [:]
            for key in comparedConstraints {
                var (a, b) = (ca[key], cb[key])
                if key == "required" || key == "unique" {  // absent = false (Table Schema default)
                    a = a ?? false
                    b = b ?? false
                }
                if canonical(a) != canonical(b) {
                    diffs.append("\(name).constraints.\(key): ours \(canonical(a)) ≠ official \(canonical(b))")
                }
            }
            let unknown = Set(ca.keys).union(cb.keys).subtracting(comparedConstraints)
            if !unknown.isEmpty { diffs.append("\(name): uncompared constraint keys \(unknown.sorted())") }
        }
        return diffs
    }

    // MARK: - a. Equivalence with the official files

    func testEachSchemaIsEquivalentToTheOfficialOne() throws {
        let official = try officialDir()
        for pair in Self.pairs {
            let ours = try loadObject(Self.schemasDir.appendingPathComponent(pair.ours))
            let theirs = try loadObject(official.appendingPathComponent(pair.official))
            let diffs = Self.differences(ours, theirs)
            XCTAssertEqual(diffs, [], "\(pair.ours) vs \(pair.official):\n" + diffs.joined(separator: "\n"))
            XCTAssertFalse((ours["fields"] as? [Any] ?? []).isEmpty, "\(pair.ours) has no fields")
            XCTAssertEqual(ours["name"] as? String, pair.name, pair.ours)
            XCTAssertEqual(ours["version"] as? String, pair.version, pair.ours)
        }
    }

    /// No key the official file lacks, except our own name/version/title/description.
    func testNoExtraKeysBeyondTheOfficialOnes() throws {
        let official = try officialDir()
        for pair in Self.pairs {
            let ours = try loadObject(Self.schemasDir.appendingPathComponent(pair.ours))
            let theirs = try loadObject(official.appendingPathComponent(pair.official))
            let extraTop = Set(ours.keys).subtracting(theirs.keys).subtracting([
                "name", "version", "title", "description",
            ])
            XCTAssertEqual(extraTop, [], "\(pair.ours): extra top-level keys")
            let ourFields = ours["fields"] as? [[String: Any]] ?? []
            let officialFields = officialFieldsByName(theirs)
            for field in ourFields {
                let name = field["name"] as? String ?? "?"
                let theirsField = officialFields[name] ?? [:]
                XCTAssertEqual(
                    Set(field.keys).subtracting(theirsField.keys), [], "\(pair.ours) \(name): extra field keys")
                let c1 = Set((field["constraints"] as? [String: Any] ?? [:]).keys)
                let c2 = Set((theirsField["constraints"] as? [String: Any] ?? [:]).keys)
                XCTAssertEqual(c1, c2, "\(pair.ours) \(name): constraint keys differ")
            }
        }
    }

    // MARK: - b. The embedded copy is Schemas/ byte for byte

    func testEmbeddedSchemasMatchSchemaFilesByteForByte() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemasDir.path)
            .filter { $0.hasSuffix(".json") }
            .sorted()
        XCTAssertEqual(files, Self.pairs.map(\.ours).sorted(), "Schemas/ does not hold exactly the 7 expected files")
        XCTAssertEqual(
            EmbeddedSchemas.all.map(\.file), files,
            "EmbeddedSchemas is stale: run python3 Scripts/embed-schemas.py")
        for entry in EmbeddedSchemas.all {
            let onDisk = try Data(contentsOf: Self.schemasDir.appendingPathComponent(entry.file))
            let embedded = Data(entry.json.utf8)
            if embedded != onDisk {
                let firstDiff =
                    zip(embedded, onDisk).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                    ?? min(embedded.count, onDisk.count)
                XCTFail(
                    "\(entry.file): embedded text differs from Schemas/ (\(embedded.count) vs \(onDisk.count) bytes, "
                        + "first difference at byte \(firstDiff)) — run python3 Scripts/embed-schemas.py")
            }
            let expected = try XCTUnwrap(Self.pairs.first { $0.ours == entry.file }, entry.file)
            XCTAssertEqual(entry.name, expected.name, entry.file)
            XCTAssertEqual(entry.version, expected.version, entry.file)
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: onDisk) as? [String: Any], entry.file)
            XCTAssertEqual(object["name"] as? String, entry.name, entry.file)
            XCTAssertEqual(object["version"] as? String, entry.version, entry.file)
        }
    }

    /// The catalogue parses its schemas on first use: each of them must load, with its fields.
    func testEveryCatalogueSchemaLoadsOnFirstUse() {
        XCTAssertEqual(SchemaCatalog.entries.count, EmbeddedSchemas.all.count)
        for entry in SchemaCatalog.entries {
            XCTAssertFalse(entry.schema.fields.isEmpty, "\(entry.name) \(entry.version) did not load")
            XCTAssertEqual(entry.schema.version, entry.version, entry.name)
        }
    }

    // MARK: - c. Our own French descriptions

    /// A few very common French words/letters: cheap evidence that a text is French, not a placeholder.
    static func looksFrench(_ text: String) -> Bool {
        let lower = " " + text.lowercased() + " "
        let words = [
            " le ", " la ", " les ", " de ", " du ", " des ", " un ", " une ", " est ", " et ", " ou ", " au ", " en ",
            "l'", "d'",
        ]
        let accents = "éèêàùçôîâ"
        return words.contains { lower.contains($0) } || lower.contains { accents.contains($0) }
    }

    func officialFieldsByName(_ schema: [String: Any]) -> [String: [String: Any]] {
        var byName: [String: [String: Any]] = [:]
        for field in schema["fields"] as? [[String: Any]] ?? [] {
            if let name = field["name"] as? String { byName[name] = field }
        }
        return byName
    }

    func testEveryFieldHasOurOwnFrenchDescription() throws {
        let official = try officialDir()
        for pair in Self.pairs {
            let ours = try loadObject(Self.schemasDir.appendingPathComponent(pair.ours))
            let theirs = try loadObject(official.appendingPathComponent(pair.official))
            for key in ["title", "description"] {
                let text = (ours[key] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                XCTAssertFalse(text.isEmpty, "\(pair.ours): empty \(key)")
                XCTAssertNotEqual(
                    text, (theirs[key] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(pair.ours): \(key) copied from the official file")
                XCTAssertTrue(Self.looksFrench(text), "\(pair.ours): \(key) does not look French: \(text)")
            }
            let officialFields = officialFieldsByName(theirs)
            for field in ours["fields"] as? [[String: Any]] ?? [] {
                let name = field["name"] as? String ?? "?"
                let text = (field["description"] as? String ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let theirText = (officialFields[name]?["description"] as? String ?? "")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                XCTAssertFalse(text.isEmpty, "\(pair.ours) \(name): empty description")
                XCTAssertNotEqual(text, theirText, "\(pair.ours) \(name): description copied from the official file")
                XCTAssertTrue(Self.looksFrench(text), "\(pair.ours) \(name): description does not look French: \(text)")
            }
        }
    }

    // MARK: - d. The comparison can fail

    func testAlteredCopyIsDetectedAsNotEquivalent() throws {
        let official = try officialDir()
        let ours = try loadObject(Self.schemasDir.appendingPathComponent("irve-statique-2.3.1.json"))
        let theirs = try loadObject(official.appendingPathComponent("schema-irve-statique-2.3.1.json"))
        XCTAssertEqual(Self.differences(ours, theirs), [], "precondition: the unaltered file is equivalent")

        // One pattern changed in memory: back to the 2.2.x "FR only" id rule.
        var altered = ours
        var fields = try XCTUnwrap(altered["fields"] as? [[String: Any]])
        let index = try XCTUnwrap(fields.firstIndex { $0["name"] as? String == "id_pdc_itinerance" })
        var constraints = try XCTUnwrap(fields[index]["constraints"] as? [String: Any])
        constraints["pattern"] = "(?:(?:^|,)(^FR[A-Z0-9]{4,33}$|Non concerné))+$"
        fields[index]["constraints"] = constraints
        altered["fields"] = fields
        let diffs = Self.differences(altered, theirs)
        XCTAssertEqual(diffs.count, 1, diffs.joined(separator: "\n"))
        XCTAssertTrue(
            diffs.first?.hasPrefix("id_pdc_itinerance.constraints.pattern") ?? false, diffs.joined(separator: "\n"))

        // A few other single alterations must be caught too.
        func mutate(_ field: String, _ change: (inout [String: Any]) -> Void) throws -> [String] {
            var copy = ours
            var list = try XCTUnwrap(copy["fields"] as? [[String: Any]])
            let i = try XCTUnwrap(list.firstIndex { $0["name"] as? String == field })
            change(&list[i])
            copy["fields"] = list
            return Self.differences(copy, theirs)
        }
        XCTAssertFalse(
            try mutate("condition_acces") { f in
                var c = f["constraints"] as? [String: Any] ?? [:]
                c["enum"] = ["Accès libre", "Acces réservé"]  // one accent dropped
                f["constraints"] = c
            }.isEmpty, "enum change not detected")
        XCTAssertFalse(
            try mutate("nom_amenageur") { f in
                f["constraints"] = ["required": true]
            }.isEmpty, "required change not detected")
        XCTAssertFalse(try mutate("date_maj") { f in f["format"] = nil }.isEmpty, "format change not detected")
        XCTAssertFalse(
            try mutate("cable_t2_attache") { f in f["example"] = false }.isEmpty,
            "example type change (\"false\" → false) not detected")
        var reordered = ours
        var list = try XCTUnwrap(reordered["fields"] as? [[String: Any]])
        list.swapAt(0, 1)
        reordered["fields"] = list
        XCTAssertFalse(Self.differences(reordered, theirs).isEmpty, "field order change not detected")
        var withKey = ours
        withKey["primaryKey"] = "id_pdc_itinerance"
        XCTAssertFalse(Self.differences(withKey, theirs).isEmpty, "primaryKey change not detected")
    }
}
