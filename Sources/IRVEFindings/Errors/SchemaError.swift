/// What can go wrong when loading a schema. Data only: the words are in IRVEWording.
public indirect enum SchemaError: Error, Equatable, Sendable {
    case unreadable(path: String, cause: SchemaReadCause)
    case invalidJSON(path: String, problem: SchemaJSONProblem)
    case invalid(path: String, problem: SchemaProblem)
    /// PCRE2 refused a field's pattern (`reason`: PCRE2's own English text).
    case invalidPattern(field: String, pattern: String, offset: Int, reason: String)
    /// An error found while compiling the fields of the schema file `path`.
    case inSchema(path: String, SchemaError)
}

/// Why a `--schema` could not be read at all.
public enum SchemaReadCause: Sendable, Equatable {
    /// The file could not be opened or read.
    case file(FileError)
    /// `''`, `@`, `@2.3.1`: no schema name.
    case emptyName
    /// A known schema name with a version the catalogue does not have.
    case unknownVersion(known: [String])
    /// Neither a known schema name nor an existing file.
    case neitherNameNorFile
}

/// Why a schema file is not JSON.
public enum SchemaJSONProblem: Sendable, Equatable {
    case tooDeep(limit: Int)
    case notUTF8
    case syntax
}

/// Why a schema file, valid JSON, is not a Table Schema irve can use.
public enum SchemaProblem: Sendable, Equatable {
    case rootNotObject
    case noFields
    case tooManyFields(count: Int, limit: Int)
    /// `index`: 1-based.
    case fieldNotObject(index: Int)
    case fieldWithoutName(index: Int)
    case duplicateField(name: String)
    case unknownType(field: String, type: String)
    case patternNotString(field: String)
    case enumNotArray(field: String)
    case missingValuesNotStrings
    case primaryKeyNotField(key: String)
}
