import IRVEFindings
import IRVEGeo
import IRVERead
import IRVERules
import IRVESchema
import IRVESchemaCatalog
import IRVEWording

/// Why a check could not run at all (exit code 2).
public enum CheckError: Error, Sendable {
    case read(ReadError)
    case schema(SchemaError)

    public func message(_ lang: Language) -> String {
        switch self {
        case .read(let e): e.message(lang)
        case .schema(let e): e.message(lang)
        }
    }
}

/// Entry point of the `validate` stage: a file path in, a result out.
public enum Validation {
    /// Cross-row findings handed to the store at once (a few MB at most).
    static let lateChunk = 4096

    public static func check(
        path: String, options: ValidationOptions,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(CheckError) -> ValidationResult {
        MallocTuning.apply()
        let result = try run(path: path, options: options, progress: progress)
        // The cross-row state (a million stations: ~150 MB) is freed now: hand its pages back to the
        // system, so that what the caller does next (the map's own read) does not add to it.
        MallocTuning.trim()
        return result
    }

    private static func run(
        path: String, options: ValidationOptions,
        progress: (@Sendable (Int, Int) -> Void)?
    ) throws(CheckError) -> ValidationResult {
        var entry: SchemaCatalog.Entry? = nil
        if let spec = options.schema {
            let resolved: SchemaCatalog.Entry
            do { resolved = try SchemaCatalog.resolve(spec) } catch { throw .schema(error) }
            // Compile the schema before reading: a bad pattern is the command's fault, not the file's.
            let schema = resolved.schema
            do {
                _ = try schema.fields.map { f throws(SchemaError) in
                    try FieldChecker(field: f, schemaMissingValues: schema.missingValues)
                }
            } catch {
                // A pattern error names the field; the message also names the schema file it came from.
                if case .invalidPattern = error { throw .schema(.inSchema(path: spec, error)) }
                throw .schema(error)
            }
            entry = resolved
        }
        let validator = TableValidator(options: options, schema: entry)
        var reader = TableReader(path: path)
        reader.progress = progress
        do { try reader.read(into: validator) } catch { throw .read(error) }
        validator.result.lang = options.lang
        validator.result.stations = validator.crossRow?.stationCount
        if let cross = validator.crossRow, let labels = validator.result.header?.labels {
            let pending = Dictionary(
                cross.incoherentStations.map { ($0.stationHash, $0.columns) }, uniquingKeysWith: { a, _ in a })
            var values: [UInt64: [String: [(value: String, row: Int)]]] = [:]
            var quotes = QuoteTable()
            let rowsToQuote = cross.rowsToQuote
            if !pending.isEmpty || !rowsToQuote.isEmpty {
                // Only when there is something to report: a second read fetches the texts the
                // messages quote (the first pass kept hashes, so memory stays per station).
                let context = RuleContext(today: options.today, disabled: options.disabledRules, lang: options.lang)
                let collector = StationValueCollector(
                    rules: RowRules(labels: labels, context: context), pending: pending,
                    rowsToQuote: rowsToQuote)
                // Same file, same encoding and delimiter: cannot fail differently from the first read.
                var again = TableReader(path: path)
                again.delimiter = validator.result.info?.delimiter
                try? again.read(into: collector)
                values = collector.values
                quotes = collector.quotes
            }
            let store = validator.result.findings
            // In chunks: `addLate` words a chunk on two threads.
            var chunk: [Finding] = []
            chunk.reserveCapacity(Self.lateChunk)
            cross.emitFindings(values: values, quotes: quotes) { f in
                chunk.append(f)
                if chunk.count >= Self.lateChunk { store.addLate(&chunk) }
            }
            store.addLate(&chunk)
        }
        if let geo = validator.geoCross {
            validator.result.findings.addUnordered(geo.findings())
            validator.result.addressCandidates = geo.candidates
        }
        return validator.result
    }
}
