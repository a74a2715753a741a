import Foundation
import IRVEFiles
import IRVEFindings

/// What can go wrong when loading a schema, with a message for people.
public indirect enum SchemaError: Error, Equatable, Sendable {
    case unreadable(path: String, reason: Reason)
    case invalidJSON(path: String, reason: Reason)
    case invalid(path: String, reason: Reason)
    case invalidPattern(field: String, pattern: String, offset: Int, reason: String)
    /// An error found while compiling the fields of the schema file `path`.
    case inSchema(path: String, SchemaError)

    /// The detail of an error in both languages.
    public struct Reason: Equatable, Sendable {
        public let fr: String
        public let en: String
        public init(_ fr: String, _ en: String) {
            self.fr = fr
            self.en = en
        }
        func text(_ lang: Language) -> String { lang == .fr ? fr : en }
    }

    public func message(_ lang: Language) -> String {
        switch self {
        case .unreadable(let path, let reason):
            lang.pick(
                "Impossible de lire le schéma « \(path) » : \(reason.fr).",
                "Cannot read schema \"\(path)\": \(reason.en).")
        case .invalidJSON(let path, let reason):
            lang.pick(
                "Le schéma « \(path) » n'est pas un JSON valide : \(reason.fr).",
                "Schema \"\(path)\" is not valid JSON: \(reason.en).")
        case .invalid(let path, let reason):
            lang.pick(
                "Le schéma « \(path) » n'est pas un Table Schema valide : \(reason.fr).",
                "Schema \"\(path)\" is not a valid Table Schema: \(reason.en).")
        case .inSchema(let path, let error):
            lang.pick("Schéma « \(path) » : ", "Schema \"\(path)\": ") + error.message(lang)
        case .invalidPattern(let field, let pattern, let offset, let reason):
            lang.pick(
                "Le motif (expression régulière) du champ « \(Self.clip(field, lang)) » est incorrect et "
                    + "ne peut pas être compilé (erreur vers le caractère \(offset + 1)) : "
                    + "\(Self.clip(pattern, lang))",
                "The pattern of field \"\(Self.clip(field, lang))\" does not compile (\(reason)): "
                    + Self.clip(pattern, lang))
        }
    }

    /// A value quoted in a message is cut: a 1.5 MB pattern would bury the message.
    static func clip(_ text: String, _ lang: Language, max: Int = 200) -> String {
        text.clipped(max, lang)
    }
}

extension TableSchema {
    /// A schema is a few KiB; 64 MiB leaves room for huge enums and patterns, not for /dev/zero.
    public static let maxSchemaBytes = 64 << 20

    /// The reason after « Impossible de lire le schéma … : ».
    static func cause(_ error: FileError, _ lang: Language) -> String {
        switch error {
        case .notFound: lang.pick("fichier absent", "no such file")
        case .inputIsDirectory: lang.pick("c'est un dossier", "it is a folder")
        case .system(_, _, let code): SystemErrorText.cause(code, lang)
        case .tooLarge, .streamTooLarge:
            lang.pick(
                "plus de \(maxSchemaBytes >> 20) "
                    + "Mio", "more than \(maxSchemaBytes >> 20) MiB")
        default: error.message(lang)
        }
    }

    /// Loads a schema file (opened once, at most `maxSchemaBytes`).
    public init(contentsOf url: URL) throws(SchemaError) {
        let bytes: [UInt8]
        do { bytes = try InputFile.readAll(url.path, limit: Self.maxSchemaBytes) } catch {
            throw .unreadable(path: url.path, reason: .init(Self.cause(error, .fr), Self.cause(error, .en)))
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
            throw .invalidJSON(
                path: origin,
                reason: .init(
                    "plus de \(Limits.schemaDepth) niveaux d'imbrication, la "
                        + "limite d'irve",
                    "more than \(Limits.schemaDepth) nesting levels, irve's "
                        + "limit"))
        }
        guard let parsed else {
            throw .invalidJSON(
                path: origin,
                reason: String(data: data, encoding: .utf8) == nil
                    ? .init("le texte n'est pas en UTF-8", "not UTF-8")
                    : .init("erreur de syntaxe (accolade, virgule ou guillemet manquant ?)", "syntax error"))
        }
        guard case .object(let root) = parsed else {
            throw .invalid(
                path: origin, reason: .init("la racine doit être un objet JSON { … }", "the root is not an object"))
        }
        guard case .array(let rawFields)? = root.value("fields") else {
            throw .invalid(path: origin, reason: .init("il manque la liste « fields »", "no \"fields\" array"))
        }
        if rawFields.count > Limits.schemaFields {
            throw .invalid(
                path: origin,
                reason: .init(
                    "\(rawFields.count) champs, plus que la limite d'irve (\(Limits.schemaFields) ; le schéma IRVE "
                        + "en a "
                        + "40)",
                    "\(rawFields.count) fields, more than irve's limit (\(Limits.schemaFields); the IRVE schema has 40)"
                ))
        }
        var fields: [Field] = []
        for (index, raw) in rawFields.enumerated() {
            guard case .object(let f) = raw else {
                throw .invalid(
                    path: origin,
                    reason: .init("le champ n° \(index + 1) n'est pas un objet", "field #\(index + 1) is not an object")
                )
            }
            fields.append(try Self.field(f, index: index, origin: origin))
        }
        var names = Set<String>()
        for f in fields where !names.insert(f.name).inserted {
            throw .invalid(
                path: origin,
                reason: .init("le nom de champ « \(f.name) » apparaît deux fois", "duplicate field name \"\(f.name)\""))
        }
        var missing = [""]
        if let mv = root.value("missingValues") {
            guard let list = mv.stringList else {
                throw .invalid(
                    path: origin,
                    reason: .init(
                        "« missingValues » doit être une liste de textes",
                        "\"missingValues\" must be an array of strings"))
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
            throw .invalid(
                path: origin,
                reason: .init("la clé primaire « \(key) » n'est pas un champ", "primaryKey \"\(key)\" is not a field"))
        }
        self.init(
            name: root.value("name")?.stringValue, version: root.value("version")?.stringValue,
            title: root.value("title")?.stringValue, fields: fields, missingValues: missing, primaryKey: primaryKey)
    }

    private static func field(_ f: [(String, PyJSONValue)], index: Int, origin: String) throws(SchemaError) -> Field {
        guard let name = f.value("name")?.stringValue else {
            throw .invalid(
                path: origin,
                reason: .init("le champ n° \(index + 1) n'a pas de nom", "field #\(index + 1) has no name"))
        }
        let typeName = f.value("type")?.stringValue ?? "string"
        guard let type = Field.FieldType(rawValue: typeName) else {
            throw .invalid(
                path: origin,
                reason: .init(
                    "le champ « \(name) » a un type inconnu « \(typeName) »",
                    "field \"\(name)\" has an unknown type \"\(typeName)\""))
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
                    throw .invalid(
                        path: origin,
                        reason: .init(
                            "le motif du champ « \(name) » n'est pas un texte", "pattern of \"\(name)\" is not a string"
                        ))
                }
                k.pattern = p
            }
            if let e = c.value("enum") {
                guard case .array(let items) = e else {
                    throw .invalid(
                        path: origin,
                        reason: .init(
                            "l'énumération du champ « \(name) » n'est pas une liste",
                            "enum of \"\(name)\" is not an array"))
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
