import Foundation
import IRVEFiles
import IRVEFindings

extension TableSchema {
    /// A schema is a few KiB; 64 MiB leaves room for huge enums and patterns, not for /dev/zero.
    public static let maxSchemaBytes = 64 << 20

    /// Loads a schema file (opened once, at most `maxSchemaBytes`).
    public init(contentsOf url: URL) throws(SchemaError) {
        let bytes: [UInt8]
        do { bytes = try InputFile.readAll(url.path, limit: Self.maxSchemaBytes) } catch {
            throw .unreadable(path: url.path, cause: .file(error))
        }
        try self.init(json: Data(bytes), origin: url.path)
    }

    /// Parses a Table Schema descriptor (with the project's JSON reader, which keeps number kinds
    /// and key order exactly as written).
    public init(json data: Data, origin: String = "schéma") throws(SchemaError) {
        let (parsed, tooDeep) = data.withUnsafeBytes { raw in
            PyJSONParser.parseReportingDepth(raw.bindMemory(to: UInt8.self), maxDepth: Limits.schemaDepth)
        }
        if tooDeep {
            throw .invalidJSON(path: origin, problem: .tooDeep(limit: Limits.schemaDepth))
        }
        guard let parsed else {
            throw .invalidJSON(path: origin, problem: String(data: data, encoding: .utf8) == nil ? .notUTF8 : .syntax)
        }
        guard case .object(let root) = parsed else {
            throw .invalid(path: origin, problem: .rootNotObject)
        }
        guard case .array(let rawFields)? = root.value("fields") else {
            throw .invalid(path: origin, problem: .noFields)
        }
        if rawFields.count > Limits.schemaFields {
            throw .invalid(path: origin, problem: .tooManyFields(count: rawFields.count, limit: Limits.schemaFields))
        }
        var fields: [Field] = []
        for (index, raw) in rawFields.enumerated() {
            guard case .object(let f) = raw else {
                throw .invalid(path: origin, problem: .fieldNotObject(index: index + 1))
            }
            fields.append(try Self.field(f, index: index, origin: origin))
        }
        var names = Set<String>()
        for f in fields where !names.insert(f.name).inserted {
            throw .invalid(path: origin, problem: .duplicateField(name: f.name))
        }
        var missing = [""]
        if let mv = root.value("missingValues") {
            guard let list = mv.stringList else {
                throw .invalid(path: origin, problem: .missingValuesNotStrings)
            }
            missing = list
        }
        var primaryKey: [String] = []
        if case .string(let pk)? = root.value("primaryKey") {
            primaryKey = [pk]
        } else if let pk = root.value("primaryKey")?.stringList {
            primaryKey = pk
        }
        for key in primaryKey where !names.contains(key) {
            throw .invalid(path: origin, problem: .primaryKeyNotField(key: key))
        }
        self.init(
            name: root.value("name")?.stringValue, version: root.value("version")?.stringValue,
            title: root.value("title")?.stringValue, fields: fields, missingValues: missing, primaryKey: primaryKey)
    }

    private static func field(_ f: [(String, PyJSONValue)], index: Int, origin: String) throws(SchemaError) -> Field {
        guard let name = f.value("name")?.stringValue else {
            throw .invalid(path: origin, problem: .fieldWithoutName(index: index + 1))
        }
        let typeName = f.value("type")?.stringValue ?? "string"
        guard let type = Field.FieldType(rawValue: typeName) else {
            throw .invalid(path: origin, problem: .unknownType(field: name, type: typeName))
        }
        var field = Field(name: name, type: type, format: f.value("format")?.stringValue ?? "default")
        field.title = f.value("title")?.stringValue
        field.description = f.value("description")?.stringValue
        field.example = f.value("example").map(scalar)?.text
        if let tv = f.value("trueValues")?.stringList { field.trueValues = tv }
        if let fv = f.value("falseValues")?.stringList { field.falseValues = fv }
        field.missingValues = f.value("missingValues")?.stringList
        if case .bool(let bn)? = f.value("bareNumber") { field.bareNumber = bn }
        field.decimalChar = f.value("decimalChar")?.stringValue
        field.groupChar = f.value("groupChar")?.stringValue
        if let d = f.value("delimiter")?.stringValue { field.delimiter = d }
        if case .object(let c)? = f.value("constraints") {
            var k = Constraints()
            if case .bool(let r)? = c.value("required") { k.required = r }
            if case .bool(let u)? = c.value("unique") { k.unique = u }
            if let p = c.value("pattern") {
                guard let p = p.stringValue else {
                    throw .invalid(path: origin, problem: .patternNotString(field: name))
                }
                k.pattern = p
            }
            if let e = c.value("enum") {
                guard case .array(let items) = e else {
                    throw .invalid(path: origin, problem: .enumNotArray(field: name))
                }
                k.enumValues = items.map(scalar)
            }
            k.minimum = c.value("minimum").map(scalar)
            k.maximum = c.value("maximum").map(scalar)
            k.exclusiveMinimum = c.value("exclusiveMinimum").map(scalar)
            k.exclusiveMaximum = c.value("exclusiveMaximum").map(scalar)
            if case .int(let n)? = c.value("minLength") { k.minLength = Int(n) }
            if case .int(let n)? = c.value("maxLength") { k.maxLength = Int(n) }
            field.constraints = k
        }
        return field
    }

    /// The value as Python's `str()` shows it (frictionless messages quote it that way).
    static func scalar(_ v: PyJSONValue) -> JSONScalar {
        switch v {
        case .string(let s): JSONScalar(kind: .string, text: s)
        case .int(let s): JSONScalar(kind: .number, text: s)
        case .float(let d):
            JSONScalar(kind: .number, text: d == d.rounded() && abs(d) < 1e16 ? String(format: "%.1f", d) : "\(d)")
        case .bool(let b): JSONScalar(kind: .bool, text: b ? "True" : "False")
        case .null: JSONScalar(kind: .null, text: "None")
        default: JSONScalar(kind: .other, text: "\(v)")
        }
    }
}

extension [(String, PyJSONValue)] {
    func value(_ key: String) -> PyJSONValue? { first { $0.0 == key }?.1 }
}

extension PyJSONValue {
    var stringValue: String? { if case .string(let s) = self { s } else { nil } }
    var stringList: [String]? {
        guard case .array(let items) = self else { return nil }
        let strings = items.compactMap(\.stringValue)
        return strings.count == items.count ? strings : nil
    }
}
