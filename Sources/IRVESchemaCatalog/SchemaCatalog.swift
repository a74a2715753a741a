import Foundation
import IRVEFindings
import IRVESchema

/// The IRVE schemas the tool ships (its own encodings, see `Schemas/`), looked up by name and version.
public enum SchemaCatalog {
    public struct Entry: Sendable {
        public let name: String
        public let version: String
        /// The schema as JSON text (what frictionless or a report can be given).
        public let json: String
        private let parsed: ParsedSchema
        /// The schema, parsed the first time it is asked for: a run needs one of the embedded
        /// schemas, and parsing all eight cost 8 M instructions (2 ms) at every start.
        public var schema: TableSchema { parsed.value }
        /// Short name used on the command line: `statique`, `dynamique`.
        public var kind: String { name.hasSuffix("dynamique") ? "dynamique" : "statique" }

        public init(name: String, version: String, schema: TableSchema, json: String) {
            self.init(name: name, version: version, json: json, parsed: ParsedSchema(schema))
        }

        init(name: String, version: String, json: String, parsed: ParsedSchema) {
            self.name = name
            self.version = version
            self.json = json
            self.parsed = parsed
        }
    }

    /// Every embedded schema, parsed on first use (`SchemaFilesTests` loads each of them).
    public static let entries: [Entry] = EmbeddedSchemas.all.map { e in
        Entry(name: e.name, version: e.version, json: e.json, parsed: ParsedSchema(json: e.json, origin: e.file))
    }

    public static func latest(_ kind: String) -> Entry? {
        entries.filter { $0.kind == kind && !$0.version.hasPrefix("1.") }.max { versionLess($0.version, $1.version) }
    }

    /// Resolves `statique`, `dynamique@2.2.1`, `etalab/schema-irve-statique@2.3.1`, or a schema file path.
    public static func resolve(_ spec: String) throws(SchemaError) -> Entry {
        // `''`, `@` and `@2.3.1` have no name: said so, never an index out of range.
        let at = spec.firstIndex(of: "@")
        let name = String(spec[..<(at ?? spec.endIndex)])
        let version = at.map { String(spec[spec.index(after: $0)...]) }.flatMap { $0.isEmpty ? nil : $0 }
        guard !name.isEmpty else {
            throw .unreadable(path: spec, cause: .emptyName)
        }
        let kind: String? =
            switch name {
            case "statique", "irve-statique", "etalab/schema-irve-statique", "schema-irve-statique": "statique"
            case "dynamique", "irve-dynamique", "etalab/schema-irve-dynamique", "schema-irve-dynamique": "dynamique"
            case "irve", "etalab/schema-irve": version?.hasPrefix("1.") == true ? "statique" : "statique"
            default: nil
            }
        if let kind {
            if let version {
                if let e = entries.first(where: { $0.kind == kind && $0.version == version }) { return e }
                let known = entries.filter { $0.kind == kind }.map(\.version)
                throw .unreadable(path: spec, cause: .unknownVersion(known: known))
            }
            if let e = latest(kind) { return e }
        }
        // Otherwise: a path to any Table Schema.
        let url = URL(fileURLWithPath: spec)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw .unreadable(path: spec, cause: .neitherNameNorFile)
        }
        let schema = try TableSchema(contentsOf: url)
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return Entry(
            name: schema.name ?? url.lastPathComponent, version: schema.version ?? "?", schema: schema, json: text)
    }

    static func versionLess(_ a: String, _ b: String) -> Bool {
        let x = a.split(separator: ".").map { Int($0) ?? 0 }
        let y = b.split(separator: ".").map { Int($0) ?? 0 }
        return x.lexicographicallyPrecedes(y)
    }
}

/// A schema parsed once, on first use, whichever thread asks first.
final class ParsedSchema: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: TableSchema?
    private let json: String
    private let origin: String

    init(_ schema: TableSchema) {
        cached = schema
        json = ""
        origin = ""
    }

    init(json: String, origin: String) {
        self.json = json
        self.origin = origin
    }

    var value: TableSchema {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        // The embedded schemas are tested to load; a broken one would be an empty schema (every
        // column then reported as unknown), never a crash.
        let schema = (try? TableSchema(json: Data(json.utf8), origin: origin)) ?? TableSchema(fields: [])
        cached = schema
        return schema
    }
}
