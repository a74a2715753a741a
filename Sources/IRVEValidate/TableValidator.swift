import Dispatch
import Foundation
import IRVEColumns
import IRVEFindings
import IRVEGeo
import IRVERead
import IRVERules
import IRVESchema
import IRVESchemaCatalog

/// The streaming schema engine: receives rows from the reader, checks every cell of the fields
/// matched in the header, and records findings with per-column statistics.
///
/// Rows are copied into batches checked on worker threads (both cores work: one reads and
/// parses, the other checks) and merged back in file order. Memory stays bounded: at most
/// `maxInFlight` batches exist at once, whatever the file size.
public final class TableValidator: BatchingRowConsumer, @unchecked Sendable {
    public let options: ValidationOptions
    public let result: ValidationResult
    private var forced: SchemaCatalog.Entry?
    private var plan: [(field: Int, column: Int)] = []
    private var labelCount = 0
    private var stopped = false  // not IRVE / pre-v1: rows are not checked
    private var blankHeader = false
    private var nonBlankRows = 0
    private var compiled: (schema: TableSchema, plan: [(field: Int, column: Int)], labelCount: Int)?
    private var labels: [String] = []
    private var ruleContext: RuleContext?
    /// Cross-row rules, fed in file order by the merge; finished by `Validation.check`.
    public private(set) var crossRow: CrossRowRules?
    /// Geographic checks across rows (shared points, station summaries, addresses to geocode).
    public private(set) var geoCross: GeoCrossRow?
    private var geoAnalysis: GeoAnalysis?
    /// The leftover columns, waiting for the first rows to be read by their content.
    private var pendingMapper: ColumnMapper?

    // Parallel checking.
    static let maxInFlight = 4
    private var batch: RowBatch?
    private var sequence = 0
    private var nextToMerge = 0
    private var finished: [Int: RowChecker.Output] = [:]
    private var pool: [RowChecker] = []
    /// Checked batches, emptied and handed back to the reader (their buffers are reused).
    private var spareBatches: [RowBatch] = []
    private let lock = NSLock()
    private let slots = DispatchSemaphore(value: TableValidator.maxInFlight)
    private let group = DispatchGroup()
    private let queue = DispatchQueue(label: "irve.check", attributes: .concurrent)

    public init(options: ValidationOptions, schema: SchemaCatalog.Entry? = nil) {
        self.options = options
        self.forced = schema
        self.result = ValidationResult()
        result.findings.limit = options.maxFindings
        result.findings.samplesPerGroup = options.samplesPerGroup
        result.findings.lang = options.lang
    }

    public func begin(_ info: TableInfo) {
        group.wait()
        result.reset(info: info)
        plan = []
        compiled = nil
        pool = []
        spareBatches = []
        labels = []
        ruleContext = nil
        crossRow = nil
        geoCross = nil
        geoAnalysis = nil
        pendingMapper = nil
        batch = nil
        sequence = 0
        nextToMerge = 0
        finished = [:]
        stopped = false
        blankHeader = false
        nonBlankRows = 0
        if info.encoding == .utf8Lenient {
            result.findings.add(
                Finding(
                    .invalidUTF8Bytes,
                    facts: .table(.invalidUTF8Bytes)))
        }
        if info.encoding == .windows1252 {
            result.findings.add(
                Finding(
                    .nonUTF8Encoding,
                    facts: .table(.readAsWindows1252)))
        }
    }

    public func row(_ row: RowView) throws {
        if row.number == 1 {
            try header(row)
            return
        }
        result.rows += 1
        if blankHeader, (0..<row.count).contains(where: { !row[$0].allSatisfy { $0 == 0x20 || $0 == 0x09 } }) {
            nonBlankRows += 1
        }
        guard !stopped, compiled != nil else { return }
        let b = batch ?? newBatch()
        b.append(row)
        batch = b
        if b.isFull { submit() }
    }

    /// The reader parses each record into the batch being filled (kept by `row` without a copy).
    public func batchForNextRow() -> RowBatch {
        if let batch { return batch }
        let b = newBatch()
        batch = b
        return b
    }

    /// A spare batch when one is back from the workers, else a new one.
    private func newBatch() -> RowBatch {
        if let spare = lock.with({ spareBatches.popLast() }) {
            spare.reset(sequence: sequence)
            return spare
        }
        return RowBatch(sequence: sequence)
    }

    private func submit() {
        if let mapper = pendingMapper, let b = batch, b.count > 0 {
            reportMapping(mapper, sample: ContentDetector.sample(b, columns: mapper.columnsToSample))
        }
        // The batch the reader was told to write into may hold no row yet.
        guard let b = batch, b.count > 0, let compiled else { return }
        batch = nil
        sequence += 1
        slots.wait()
        let fieldCount = compiled.schema.fields.count
        // Every finding kept (a JSON report): the worker words its rule findings, the merge does not.
        let wordHere = result.findings.keepsAll
        let lang = result.findings.lang
        queue.async(group: group) { [self] in
            let checker = takeChecker()
            let out = RowChecker.Output(fieldCount: fieldCount, keepAddresses: options.collectAddresses)
            if let checker {
                b.forEachRow { checker.check($0, into: out) }
                if wordHere {
                    out.ruleFindings.withUnsafeMutableBufferPointer {
                        FindingStore.prepare($0, lang, memo: &checker.wording)
                    }
                    out.ruleFindingsPrepared = true
                }
                lock.with { pool.append(checker) }
            }
            // The batch's number is read before the batch goes back: the reader renumbers a spare
            // batch as soon as it takes it.
            let sequence = b.sequence
            lock.with { spareBatches.append(b) }
            lock.with {
                finished[sequence] = out
                while let ready = finished.removeValue(forKey: nextToMerge) {
                    result.merge(ready)
                    crossRow?.consume(ready.extracts)
                    geoCross?.consume(ready.geoExtracts)
                    nextToMerge += 1
                }
            }
            slots.signal()
        }
    }

    private func takeChecker() -> RowChecker? {
        if let c = lock.with({ pool.popLast() }) { return c }
        guard let compiled else { return nil }
        // The schema compiled once already in `header`: compiling again cannot fail.
        return try? RowChecker(
            schema: compiled.schema, plan: compiled.plan, labelCount: compiled.labelCount,
            rules: ruleContext.map { RowRules(labels: labels, context: $0) },
            geo: geoAnalysis.map(GeoRowChecker.init))
    }

    public func ended(_ info: TableInfo) {
        submit()
        if let mapper = pendingMapper { reportMapping(mapper, sample: [:]) }  // a file without rows
        group.wait()
        result.info = info
        if blankHeader {
            if nonBlankRows == 0 {
                result.findings.add(
                    Finding(
                        .emptyFile,
                        facts: .table(.onlyBlankLines)))
            } else {
                result.findings.add(
                    Finding(
                        .blankHeader, rowNumber: 1,
                        facts: .table(.blankHeader)))
            }
        } else if result.headerSeen == false {
            result.findings.add(
                Finding(
                    .emptyFile,
                    facts: .table(.empty)))
        } else if result.rows == 0 && !stopped {
            result.findings.add(
                Finding(
                    .headerOnly, rowNumber: 1,
                    facts: .table(.headerOnly)))
        }
        if info.unterminatedQuote {
            result.findings.add(
                Finding(
                    .unterminatedQuote,
                    facts: .table(.unterminatedQuote)))
        }
    }

    // MARK: - Header

    private func header(_ row: RowView) throws {
        result.headerSeen = true
        // Labels are compared without surrounding spaces, as frictionless does.
        let labels = row.strings.map { $0.trimmingWhiteSpace() }
        if labels.allSatisfy({ $0.isEmpty }) {
            // A blank first line: nothing to match. Reported at the end (empty file or blank header).
            blankHeader = true
            stopped = true
            return
        }
        let lang = options.lang
        for (i, label) in labels.enumerated() where Mojibake.contains(label) {
            result.findings.add(
                Finding(
                    .mojibake, rowNumber: 1, fieldName: label, fieldNumber: i + 1,
                    cell: label,
                    facts: .engine(.mojibake(cell: label))))
        }
        let entry: SchemaCatalog.Entry
        let (layout, _) = LayoutDetector.detect(labels: labels)
        result.layout = layout
        if let forced {
            entry = forced
            if forced.kind == "statique", forced.name.contains("irve"), layout == .dynamique {
                result.findings.add(
                    Finding(
                        .dynamiqueInsteadOfStatique, rowNumber: 1,
                        facts: .table(.dynamiqueInsteadOfStatique)))
            }
        } else {
            switch layout {
            case .notIRVE:
                stopped = true
                result.findings.add(
                    Finding(
                        .notIRVE, rowNumber: 1,
                        facts: .table(.notIRVE)))
                return
            case .preV1:
                stopped = true
                result.findings.add(
                    Finding(
                        .preV1Layout, rowNumber: 1,
                        facts: .table(.preV1Layout)))
                return
            case .v1:
                entry = SchemaCatalog.entries.first { $0.version.hasPrefix("1.") } ?? SchemaCatalog.latest("statique")!
                result.findings.add(
                    Finding(
                        .obsoleteSchemaV1, rowNumber: 1,
                        facts: .table(.obsoleteV1)))
            case .dynamique:
                entry = SchemaCatalog.latest("dynamique")!
            case .statique:
                entry = SchemaCatalog.latest("statique")!
            }
            result.findings.add(
                Finding(
                    .schemaDetected, rowNumber: 1,
                    facts: .table(.schemaDetected(name: entry.name, version: entry.version))))
        }
        result.schema = entry
        let match = HeaderMatcher.match(labels: labels, schema: entry.schema, mode: options.headerMode)
        result.header = match
        for f in match.findings { result.findings.add(f) }
        plan = match.checkedFields
        if entry.kind == "statique", !entry.version.hasPrefix("1."), match.mode == .byName {
            let mapper = ColumnMapper(labels: labels, schema: entry.schema, fieldColumns: match.columnOfField)
            if mapper.hasWork { pendingMapper = mapper }
            if mapper.hasWork, mapper.columnsToSample.isEmpty { reportMapping(mapper, sample: [:]) }
        }
        // Row width is judged against the header (frictionless 5.21 reads an extra labelled
        // column as a column, reported once by `extra-label`, not as an extra cell per row).
        labelCount = match.mode == .positional ? max(labels.count, entry.schema.fields.count) : labels.count
        // Compiling here surfaces a bad pattern before any row is read.
        // Business rules apply to statique 2.x files (the layout the national consolidation reads).
        self.labels = match.labels
        if options.businessRules, entry.kind == "statique", !entry.version.hasPrefix("1."), layout != .dynamique {
            let context = RuleContext(today: options.today, disabled: options.disabledRules, lang: lang)
            ruleContext = context
            crossRow = CrossRowRules(context: context)
        }
        setUpGeo(labels: labels, entry: entry, layout: layout)
        pool = [
            try RowChecker(
                schema: entry.schema, plan: plan, labelCount: labelCount,
                rules: ruleContext.map { RowRules(labels: self.labels, context: $0) },
                geo: geoAnalysis.map(GeoRowChecker.init))
        ]
        compiled = (entry.schema, plan, labelCount)
        result.prepareStats(fieldCount: entry.schema.fields.count)
    }

    /// The columns `irve fix` would place (the same engine): an info when it is certain, a warning
    /// when only `--aggressive` or `--map` would apply it. Row 1, before any row's findings.
    private func reportMapping(_ mapper: ColumnMapper, sample: [Int: [String]]) {
        pendingMapper = nil
        lock.with {
            for p in mapper.propose(sample: sample) {
                result.findings.add(
                    Finding(
                        p.confidence == .certain ? .columnMapping : .columnMappingDoubtful, options.headerMode,
                        rowNumber: 1,
                        fieldName: p.label, fieldNumber: p.column, cell: p.label,
                        facts: .header(.columnMapping(p))))
            }
        }
    }

    /// Geographic checks run on statique files of any version (v1 has Xlongitude/Ylatitude and
    /// code_insee too) with the business rules, unless switched off.
    private func setUpGeo(labels: [String], entry: SchemaCatalog.Entry, layout: Layout) {
        guard options.geo, options.businessRules, entry.kind == "statique", layout != .dynamique,
            let columns = GeoColumns(labels: labels)
        else { return }
        guard let reference = GeoReference.shared else {
            result.findings.add(
                Finding(
                    .geoUnavailable,
                    facts: .table(.geoUnavailable)))
            return
        }
        let context = RuleContext(today: options.today, disabled: options.disabledRules, lang: options.lang)
        geoAnalysis = GeoAnalysis(reference: reference, context: context, columns: columns)
        geoCross = GeoCrossRow(reference: reference, context: context, columns: columns)
    }
}
