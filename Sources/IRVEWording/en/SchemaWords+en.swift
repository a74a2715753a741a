import IRVEFindings

extension English {
    static func schemaError(_ e: SchemaError) -> String {
        switch e {
        case .unreadable(let path, let cause):
            "Cannot read schema \"\(path)\": \(schemaRead(cause))."
        case .invalidJSON(let path, let problem):
            "Schema \"\(path)\" is not valid JSON: \(schemaJSON(problem))."
        case .invalid(let path, let problem):
            "Schema \"\(path)\" is not a valid Table Schema: \(schema(problem))."
        case .inSchema(let path, let error):
            "Schema \"\(path)\": " + schemaError(error)
        case .invalidPattern(let field, let pattern, _, let reason):
            "The pattern of field \"\(field.clipped(200, .en))\" does not compile (\(reason)): "
                + pattern.clipped(200, .en)
        }
    }

    private static func schemaRead(_ cause: SchemaReadCause) -> String {
        switch cause {
        case .file(.notFound): "no such file"
        case .file(.inputIsDirectory): "it is a folder"
        case .file(.system(_, _, let code)): systemCause(SystemCause(errno: code))
        case .file(.tooLarge(_, let limit)), .file(.streamTooLarge(_, let limit)): "more than \(limit >> 20) MiB"
        case .file(let other): fileError(other)
        case .emptyName:
            "empty schema name: give statique, dynamique[@version] or the path of a schema file"
        case .unknownVersion(let known):
            "unknown version (available: \(known.joined(separator: ", ")))"
        case .neitherNameNorFile:
            "neither a known schema (statique, dynamique[@version]) nor an existing file"
        }
    }

    private static func schemaJSON(_ problem: SchemaJSONProblem) -> String {
        switch problem {
        case .tooDeep(let limit): "more than \(limit) nesting levels, irve's limit"
        case .notUTF8: "not UTF-8"
        case .syntax: "syntax error"
        }
    }

    private static func schema(_ problem: SchemaProblem) -> String {
        switch problem {
        case .rootNotObject: "the root is not an object"
        case .noFields: "no \"fields\" array"
        case .tooManyFields(let count, let limit):
            "\(count) fields, more than irve's limit (\(limit); the IRVE schema has 40)"
        case .fieldNotObject(let index): "field #\(index) is not an object"
        case .fieldWithoutName(let index): "field #\(index) has no name"
        case .duplicateField(let name): "duplicate field name \"\(name)\""
        case .unknownType(let field, let type): "field \"\(field)\" has an unknown type \"\(type)\""
        case .patternNotString(let field): "pattern of \"\(field)\" is not a string"
        case .enumNotArray(let field): "enum of \"\(field)\" is not an array"
        case .missingValuesNotStrings: "\"missingValues\" must be an array of strings"
        case .primaryKeyNotField(let key): "primaryKey \"\(key)\" is not a field"
        }
    }
}
