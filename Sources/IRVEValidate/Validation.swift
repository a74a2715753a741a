import IRVEFindings
import IRVERead
import IRVESchema

/// Why a check could not run at all (exit code 2).
public enum CheckError: Error, Sendable {
    case read(ReadError)
    case schema(SchemaError)

    public func message(_ lang: Language) -> String {
        switch self {
        case let .read(e): e.message(lang)
        case let .schema(e): e.message(lang)
        }
    }
}

/// Entry point of the `validate` stage: a file path in, a result out.
public enum Validation {
    public static func check(path: String, options: ValidationOptions,
                             progress: (@Sendable (Int, Int) -> Void)? = nil) throws(CheckError) -> ValidationResult {
        var entry: SchemaCatalog.Entry? = nil
        if let spec = options.schema {
            do { entry = try SchemaCatalog.resolve(spec) } catch { throw .schema(error) }
            // Compile the schema before reading: a bad pattern is the command's fault, not the file's.
            do { _ = try entry!.schema.fields.map { f throws(SchemaError) in try FieldChecker(field: f, schemaMissingValues: entry!.schema.missingValues) } } catch {
                throw .schema(error)
            }
        }
        let validator = TableValidator(options: options, schema: entry)
        var reader = TableReader(path: path)
        reader.progress = progress
        do { try reader.read(into: validator) } catch { throw .read(error) }
        validator.result.lang = options.lang
        return validator.result
    }
}
