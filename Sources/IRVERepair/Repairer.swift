import Foundation
import IRVEColumns
import IRVEFindings
import IRVEGeo
import IRVERead
import IRVERules
import IRVESchema
import IRVEValues
import IRVEWording

/// What `irve fix` does with a file.
public struct RepairOptions: Sendable {
    /// Also apply guesses (low confidence).
    public var aggressive = false
    /// Keep columns the schema does not know (appended at the end).
    public var keepExtra = false
    /// `--map "LABEL=champ"`: columns placed onto fields by hand (checked against the header).
    public var columnMaps: [String] = []
    public var lang: Language = .fr
    /// Geographic repairs (swap on land contours, INSEE code from the point, postcode or old code).
    public var geo = true
    /// Points proposed by a geocoder for the rows of a station (`address-far-from-point`), applied
    /// with `aggressive` only: row → (point text, evidence).
    public var geocodedPoints: [Int: (point: String, evidence: String)] = [:]
    /// The cell repairs chosen one by one (`RepairReview`); nil: by `aggressive`.
    public var selection: RepairSelection?
    /// Values typed by the user, written over the repaired cells: input row → field → value.
    public var edits: [Int: [String: String]] = [:]
    public init() {}
}

/// Streams the input rows to a repaired copy in the statique 2.3.1 layout, logging every change.
/// Never invents data: what cannot be derived stays empty and is counted as still missing.
///
/// Rows are copied into batches repaired on worker threads (both cores work: one reads and
/// parses, the other repairs), as `TableValidator` checks them, and merged back in file order:
/// the output, the change log and the counts are those of one sequential pass. Memory stays
/// bounded: at most `maxInFlight` batches exist at once.
public final class Repairer: BatchingRowConsumer, @unchecked Sendable {
    public let schema: TableSchema
    public let options: RepairOptions
    private let writer: CSVWriter?
    public let changes = ChangeList()
    /// Required fields left empty, with how many rows.
    public private(set) var stillMissing: [String: Int] = [:]
    public private(set) var rows = 0
    public private(set) var info: TableInfo?
    private var plan: RepairPlan?
    /// The header read, waiting for the first rows to place its leftover columns by content.
    private var pendingHeader: (labels: [String], header: HeaderRepair, mapper: ColumnMapper, v1: V1Columns?)?
    /// What became of the columns the schema does not name (counts complete once the file is read).
    public private(set) var columns = ColumnOutcome()
    private var droppedCells: [Int] = []
    /// A `--map` that cannot be used: the reading stopped at the header.
    public private(set) var mappingError: ColumnMapError?
    /// The geographic analysis joins the plan with the first batch (a file without rows never loads it).
    private var geoResolved = false
    private let fieldNames: [String]

    // Parallel repair.
    static let batchRows = RowBatch.maxRows
    static let maxInFlight = 4
    private var batch: RowBatch?
    private var sequence = 0
    private var nextToMerge = 0
    private var finished: [Int: RepairedBatch] = [:]
    private var pool: [RowRepairer] = []
    private let lock = NSLock()
    private let slots = DispatchSemaphore(value: Repairer.maxInFlight)
    private let group = DispatchGroup()
    private let queue = DispatchQueue(label: "irve.fix", attributes: .concurrent)

    public init(schema: TableSchema, options: RepairOptions, writer: CSVWriter?) {
        self.schema = schema
        self.options = options
        self.writer = writer
        fieldNames = schema.fields.map(\.name)
    }

    public func begin(_ info: TableInfo) {
        // A restart (the file was not UTF-8 after all): the first pass's batches land before it is dropped.
        group.wait()
        if self.info != nil { writer?.restart() }
        self.info = info
        changes.removeAll()
        stillMissing = [:]
        rows = 0
        plan = nil
        pendingHeader = nil
        columns = ColumnOutcome()
        droppedCells = []
        mappingError = nil
        geoResolved = false
        batch = nil
        sequence = 0
        nextToMerge = 0
        finished = [:]
        pool = []
    }

    public func ended(_ info: TableInfo) {
        submit()
        if let pending = pendingHeader { place(pending, sample: [:]) }  // a file without rows
        group.wait()
        for (k, n) in droppedCells.enumerated() where k < columns.dropped.count { columns.dropped[k].cells = n }
        self.info = info
    }

    /// Waits for the batches under way (a failed read: nothing more is written once this returns).
    public func cancel() {
        batch = nil
        group.wait()
    }

    public func row(_ row: RowView) throws {
        if row.number == 1 {
            try setUp(row.strings.map { $0.trimmingSpaces() })
            return
        }
        rows += 1
        guard plan != nil || pendingHeader != nil else { return }
        let b = batch ?? RowBatch(sequence: sequence)
        b.append(row)
        batch = b
        if b.isFull { submit() }
    }

    /// The reader parses each record into the batch being filled (kept by `row` without a copy).
    public func batchForNextRow() -> RowBatch {
        if let batch { return batch }
        let b = RowBatch(sequence: sequence)
        batch = b
        return b
    }

    private func submit() {
        // The batch the reader was told to write into may hold no row yet.
        if let pending = pendingHeader, let b = batch, b.count > 0 {
            place(pending, sample: ContentDetector.sample(b, columns: pending.mapper.columnsToSample))
        }
        guard let b = batch, b.count > 0, plan != nil else { return }
        if !geoResolved {
            plan?.geo = geoPlan()
            geoResolved = true
        }
        guard let plan else { return }
        batch = nil
        sequence += 1
        slots.wait()
        queue.async(group: group) { [self] in
            let repairer = takeRepairer(plan)
            repairer.reserve(b.byteCount)
            b.forEachRow { repairer.repair($0) }
            let done = repairer.take()
            lock.lock()
            pool.append(repairer)
            finished[b.sequence] = done
            while let ready = finished.removeValue(forKey: nextToMerge) {
                merge(ready)
                nextToMerge += 1
            }
            lock.unlock()
            slots.signal()
        }
    }

    private func takeRepairer(_ plan: RepairPlan) -> RowRepairer {
        lock.lock()
        let pooled = pool.popLast()
        lock.unlock()
        return pooled ?? RowRepairer(schema: schema, options: options, plan: plan, encode: writer != nil)
    }

    /// One batch's rows, changes and counts after those of the batches before it (under `lock`).
    private func merge(_ done: RepairedBatch) {
        writer?.append(rows: done.csv)
        changes.append(contentsOf: done.changes)
        for (f, n) in done.stillMissing.enumerated() where n > 0 { stillMissing[fieldNames[f], default: 0] += n }
        for (k, n) in done.droppedCells.enumerated() { droppedCells[k] += n }
    }

    // MARK: - Header

    typealias V1Columns = (lon: Int, lat: Int, typePrise: Int?)

    /// Thrown to stop reading at a header a `--map` does not fit (`mappingError` says why).
    struct StopReading: Error {}

    private func setUp(_ labels: [String]) throws {
        let h = HeaderRepair(labels: labels, schema: schema)
        let folded = labels.map { TextFolding.fold($0, .label) }
        var v1: V1Columns?
        if let lon = folded.firstIndex(of: "xlongitude"), let lat = folded.firstIndex(of: "ylatitude") {
            v1 = (lon, lat, folded.firstIndex(of: "type_prise"))
        }
        let manual: [(column: Int, field: String)]
        do throws(ColumnMapError) {
            manual = try ColumnMapper.manualPairs(options.columnMaps, labels: labels, schema: schema)
        } catch {
            mappingError = error
            throw StopReading()
        }
        let mapper = ColumnMapper(
            labels: labels, schema: schema, fieldColumns: h.sourceOfField,
            alsoFed: v1 == nil ? [] : ["coordonneesXY"], manual: manual)
        let pending = (labels, h, mapper, v1)
        // Columns to read by their content wait for the first rows; the others are placed now.
        if mapper.hasWork, !mapper.columnsToSample.isEmpty {
            pendingHeader = pending
        } else {
            place(pending, sample: [:])
        }
    }

    /// The header plan once the leftover columns are placed; the output's header row.
    private func place(
        _ pending: (labels: [String], header: HeaderRepair, mapper: ColumnMapper, v1: V1Columns?),
        sample: [Int: [String]]
    ) {
        pendingHeader = nil
        let labels = pending.labels
        let placement = ColumnPlacement(
            header: pending.header, mapper: pending.mapper, sample: pending.mapper.hasWork ? sample : [:],
            labels: labels, schema: schema, options: options)
        changes.append(contentsOf: placement.header.renames)
        // v1's Xlongitude, Ylatitude and type_prise feed coordonneesXY and the connectors: not lost.
        let fedV1 = pending.v1.map { [$0.lon, $0.lat] + ($0.typePrise.map { [$0] } ?? []) } ?? []
        let lost = placement.dropped.filter { !fedV1.contains($0) }
        plan = RepairPlan(header: placement.header, v1: pending.v1, geo: nil, kept: placement.kept, dropped: lost)
        columns = placement.outcome
        columns.dropped = lost.map { (labels[$0], 0) }
        columns.droppedColumns = lost
        columns.derivedColumns = placement.dropped.filter { fedV1.contains($0) }
        droppedCells = Array(repeating: 0, count: lost.count)
        for i in placement.dropped {
            changes.append(
                Change(
                    row: 1, column: labels[i], before: labels[i], after: "", rule: .columnDropped,
                    confidence: .certain))
        }
        writer?.write(schema.fields.map(\.name) + placement.kept.map { labels[$0] })
    }

    /// The geographic repairs' analysis and columns, when the reference is there and wanted.
    private func geoPlan() -> (analysis: GeoAnalysis, coord: Int, insee: Int, address: Int?)? {
        guard options.geo, let reference = GeoReference.shared, let columns = GeoColumns(labels: fieldNames),
            let coord = fieldNames.firstIndex(of: "coordonneesXY"),
            let insee = fieldNames.firstIndex(of: "code_insee_commune")
        else { return nil }
        let today = RuleContext.currentDate()
        let context = RuleContext(today: today, lang: options.lang)
        return (
            GeoAnalysis(reference: reference, context: context, columns: columns), coord, insee,
            fieldNames.firstIndex(of: "adresse_station")
        )
    }
}
