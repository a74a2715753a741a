import Foundation
import IRVEFindings
import IRVEGeo
import IRVERead
import IRVERules
import IRVESchema
import IRVEValues
import IRVEWording

/// What `Repairer` fixes once the header is read, the same for every row: which column feeds each
/// field, the v1 columns, the geographic analysis. Shared by the worker threads.
struct RepairPlan: Sendable {
    var header: HeaderRepair
    var v1: (lon: Int, lat: Int, typePrise: Int?)?
    var geo: (analysis: GeoAnalysis, coord: Int, insee: Int, address: Int?)?
    /// Input columns written after the schema's (`--keep-extra`, or a possible required field).
    var kept: [Int] = []
    /// Input columns left out: their non-empty cells are counted, for the summary.
    var dropped: [Int] = []
}

/// What a batch of rows gave: its CSV lines, its changes and its empty required cells, for
/// `Repairer` to merge in file order.
final class RepairedBatch {
    var csv: [UInt8] = []
    var changes = ChangeList.Batch()
    /// Per field: rows where a required cell stayed empty.
    var stillMissing: [Int]
    /// Per dropped column (`RepairPlan.dropped`): its non-empty cells.
    var droppedCells: [Int]

    init(fieldCount: Int, droppedCount: Int) {
        stillMissing = Array(repeating: 0, count: fieldCount)
        droppedCells = Array(repeating: 0, count: droppedCount)
    }
}

/// Repairs rows one by one into a `RepairedBatch`. One per worker thread: its field checkers and
/// caches are its own. Every answer depends on the row alone (and the plan), never on the rows
/// before it: batches repaired apart give the bytes one sequential pass would.
final class RowRepairer {
    let schema: TableSchema
    let options: RepairOptions
    let plan: RepairPlan
    /// False for a dry run: the rows are repaired and logged, not encoded.
    let encode: Bool
    private let checkers: [FieldChecker]
    // Per-field facts read in the row loop (copying `Field` values there is costly).
    private let fieldCount: Int
    private let fieldNames: [String]
    private let isRequired: [Bool]
    private let isBusiness: [Bool]
    /// Optional free-text fields where a placeholder (`N/A`, `XX`…) is emptied.
    private let mayHoldPlaceholder: [Bool]
    /// A selection decided change by change: nothing is remembered from one row to the next.
    private let rowDependent: Bool
    /// The user's values, input row → field index → value.
    private let edits: [Int: [Int: String]]
    private var out: RepairedBatch

    init(schema: TableSchema, options: RepairOptions, plan: RepairPlan, encode: Bool) {
        self.schema = schema
        self.options = options
        self.plan = plan
        self.encode = encode
        checkers = schema.fields.compactMap { try? FieldChecker(field: $0, schemaMissingValues: schema.missingValues) }
        fieldCount = schema.fields.count
        fieldNames = schema.fields.map(\.name)
        isRequired = schema.fields.map(\.constraints.required)
        isBusiness = schema.fields.map { Self.businessFields.contains($0.name) }
        mayHoldPlaceholder = schema.fields.map { Self.mayHoldPlaceholder($0) }
        rowDependent = options.selection?.dependsOnRow ?? false
        let names = fieldNames
        edits = options.edits.mapValues { cells in
            Dictionary(
                cells.compactMap { field, value in names.firstIndex(of: field).map { ($0, value) } },
                uniquingKeysWith: { a, _ in a })
        }
        out = RepairedBatch(fieldCount: fieldCount, droppedCount: plan.dropped.count)
        previous = Array(repeating: nil, count: fieldCount)
    }

    /// The rows repaired since the last call.
    func take() -> RepairedBatch {
        let done = out
        out = RepairedBatch(fieldCount: fieldCount, droppedCount: plan.dropped.count)
        for f in previous.indices { previous[f] = nil }
        return done
    }

    /// Room for a batch of `bytes` bytes of CSV (the output is about as long as the input).
    func reserve(_ bytes: Int) { out.csv.reserveCapacity(bytes + bytes / 8) }

    /// An optional free-text field of the placeholder-text rule.
    static func mayHoldPlaceholder(_ field: Field) -> Bool {
        !field.constraints.required && PlaceholderText.optionalColumns.contains(field.name)
    }

    /// Fields whose valid values may still hide a known mistake (watts, swapped point, lost zero).
    static let businessFields: Set<String> = ["coordonneesXY", "puissance_nominale", "telephone_operateur"]

    /// A row's output cells, kept until the geographic repairs have seen the whole row.
    private enum Out {
        case bytes(UnsafeBufferPointer<UInt8>)
        case text(String)
    }
    private var pending: [Out] = []

    func repair(_ row: RowView) {
        let n = row.count
        // A blank row holds no data: dropping it loses nothing (logged).
        if (0..<n).allSatisfy({ row[$0].allSatisfy { $0 == 0x20 || $0 == 0x09 } }) {
            record(row.number, "*", "", "", .blankRowRemoved, .certain)
            return
        }
        repairCells(row)
        if let typed = edits[row.number] { applyEdits(typed, row: row.number) }
        if plan.geo != nil || !options.geocodedPoints.isEmpty { adjustGeography(row.number) }
        if encode {
            for (f, cell) in pending.enumerated() {
                switch cell {
                case .bytes(let b): CSVWriter.encode(b, first: f == 0, into: &out.csv)
                case .text(let t): CSVWriter.encode(t, first: f == 0, into: &out.csv)
                }
            }
            if !plan.kept.isEmpty {
                let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                for i in plan.kept {
                    CSVWriter.encode(i < n ? row[i] : empty, first: false, into: &out.csv)
                }
            }
            out.csv.append(0x0A)
        }
        // Only the dropped columns are looked at: nothing is done per row when none is.
        for (k, i) in plan.dropped.enumerated() where i < n && !row[i].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
            out.droppedCells[k] += 1
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// What became of a cell: kept as it is (valid, nothing to clean), or repaired.
    private enum Outcome {
        case kept
        case repaired(Repaired)
    }
    typealias Cell = UnsafeBufferPointer<UInt8>
    /// Each field's cell on the previous row of the batch, with its outcome: the rows of a station
    /// repeat most of their cells, which then cost a comparison instead of a check. The pointers
    /// are into the batch: forgotten with it (`take`).
    private var previous: [(cell: Cell, outcome: Outcome)?]

    /// Each field's output cell into `pending`: the bytes as they are when nothing is to be done,
    /// else the repaired text.
    private func repairCells(_ row: RowView) {
        let n = row.count
        let sources = plan.header.sourceOfField
        let v1 = plan.v1
        // v1 rows read other columns (Xlongitude, type_prise): their strings once per row; the
        // outcome of a cell then depends on other cells, so it is not carried to the next row.
        let input = v1 != nil ? row.strings : []
        let carry = v1 == nil && !rowDependent
        for f in 0..<fieldCount {
            let cell = sources[f].flatMap { $0 < n ? row[$0] : nil } ?? Cell(start: nil, count: 0)
            if carry, let last = previous[f], Self.same(cell, last.cell) {
                emit(last.outcome, cell, f, row: row.number)
                continue
            }
            let outcome: Outcome
            // Fast path: nothing to clean, valid, and not a field with business repairs: copy the bytes.
            if v1 == nil, !CellRepairs.mayNeedCleaning(cell),
                !isBusiness[f] || FastChecks.plausible(fieldNames[f], cell),
                !mayHoldPlaceholder[f] || !PlaceholderText.isPlaceholder(cell),
                cell.count == 0 || checkers[f].check(cell).isValid
            {
                outcome = .kept
            } else {
                var value = String(decoding: cell, as: UTF8.self)
                if let v1 { value = fromV1(value, f, v1, input, row: row.number) }
                outcome = .repaired(repaired(value, f, row: row.number))
            }
            if carry { previous[f] = (cell, outcome) }
            emit(outcome, cell, f, row: row.number)
        }
    }

    /// A cell's outcome on `row`: its output, its logged steps, its count if a required cell stays empty.
    private func emit(_ outcome: Outcome, _ cell: Cell, _ f: Int, row: Int) {
        switch outcome {
        case .kept:
            if cell.count == 0, isRequired[f] { out.stillMissing[f] += 1 }
            pending.append(.bytes(cell))
        case .repaired(let r):
            for step in r.steps {
                record(row, fieldNames[f], step.before, step.fix.value, step.fix.rule, step.fix.confidence)
            }
            if r.value.isEmpty, isRequired[f] { out.stillMissing[f] += 1 }
            pending.append(.text(r.value))
        }
    }

    /// Same bytes.
    @inline(__always)
    static func same(_ a: Cell, _ b: Cell) -> Bool {
        guard a.count == b.count else { return false }
        guard let p = a.baseAddress, let q = b.baseAddress else { return true }  // both empty
        return memcmp(p, q, a.count) == 0
    }

    /// A v1 row: the point from `Xlongitude`/`Ylatitude`, the connectors from `type_prise`.
    private func fromV1(
        _ value: String, _ f: Int, _ v1: (lon: Int, lat: Int, typePrise: Int?), _ input: [String],
        row: Int
    ) -> String {
        let name = fieldNames[f]
        var value = value
        if name == "coordonneesXY", value.isEmpty, v1.lon < input.count, v1.lat < input.count {
            let lon = input[v1.lon].replacingOccurrencesNatively(of: ",", with: ".")
            let lat = input[v1.lat].replacingOccurrencesNatively(of: ",", with: ".")
            if !lon.isEmpty, !lat.isEmpty {
                let composed = "[\(lon.trimmingSpaces()),\(lat.trimmingSpaces())]"
                record(
                    row, name, "Xlongitude=\(input[v1.lon]) Ylatitude=\(input[v1.lat])", composed, .v1Coordinates,
                    .certain)
                value = composed
            }
        }
        if name.hasPrefix("prise_type_"), let tp = v1.typePrise, tp < input.count, value.isEmpty,
            let derived = Self.connector(name, from: input[tp])
        {
            record(row, name, "type_prise=\(input[tp])", derived, .v1TypePrise, .likely)
            value = derived
        }
        return value
    }

    private func record(
        _ row: Int, _ column: String, _ before: String, _ after: String, _ rule: RepairCode,
        _ confidence: ProposedChange.Confidence, evidence: String = ""
    ) {
        out.changes.append(
            Change(
                row: row, column: column, before: before, after: after, rule: rule,
                confidence: confidence, evidence: evidence))
    }

    /// Whether a repair of field `f` on `row` is applied: the selection's choice, else no guess
    /// without `--aggressive`.
    private func accepts(_ fix: CellFix, row: Int, field f: Int) -> Bool {
        guard let selection = options.selection else { return fix.confidence != .guess || options.aggressive }
        return selection.accepts(ChangeID(row: row, column: fieldNames[f], rule: fix.rule), fix.confidence)
    }

    /// The user's values over the row's repaired cells, logged as theirs; a required cell they
    /// fill is no longer missing.
    private func applyEdits(_ typed: [Int: String], row: Int) {
        for (f, value) in typed.sorted(by: { $0.key < $1.key }) where f < pending.count {
            let before = text(f)
            guard before != value else { continue }
            record(
                row, fieldNames[f], before, value, .userEdit, .certain,
                evidence: Wording.message(RepairReviewPhrase.userEditEvidence, options.lang))
            if isRequired[f], before.isEmpty != value.isEmpty { out.stillMissing[f] += value.isEmpty ? 1 : -1 }
            pending[f] = .text(value)
        }
    }

    // MARK: - One cell

    /// One cell's repair chain, remembered: it is a pure function of the field and the text (the
    /// options are fixed), and a file repeats the same mistake on thousands of rows.
    struct Repaired {
        var value: String
        var steps: [(before: String, fix: CellFix)] = []
    }
    /// Keyed by bytes: `String`'s == would merge canonically equivalent spellings (NFC, NFD), whose
    /// repairs differ byte for byte.
    private struct MemoKey: Hashable {
        var field: Int
        var bytes: [UInt8]
    }
    private var memo: [MemoKey: Repaired] = [:]
    /// At most this many cells of at most this many bytes (a few MB), forgotten at once when full.
    static let memoCells = 4096, memoCellBytes = 256

    /// The repair chain of field `f`'s text on `row`, from the memo when it has it (never when the
    /// selection decides row by row).
    private func repaired(_ original: String, _ f: Int, row: Int) -> Repaired {
        let small = !rowDependent && original.utf8.count <= Self.memoCellBytes
        let key = small ? MemoKey(field: f, bytes: Array(original.utf8)) : nil
        if let key, let hit = memo[key] { return hit }
        let r = repairChain(original, f, row: row)
        if let key {
            if memo.count >= Self.memoCells { memo.removeAll(keepingCapacity: true) }
            memo[key] = r
        }
        return r
    }

    /// The repair chain of one cell: clean, then the field's own repair when the value is invalid
    /// (or a known business mistake such as watts, a swapped point, a lost zero).
    func repairChain(_ original: String, _ f: Int, row: Int) -> Repaired {
        let field = schema.fields[f]
        let checker = checkers[f]
        var r = Repaired(value: original)
        func apply(_ fix: CellFix?) {
            guard let fix, accepts(fix, row: row, field: f), fix.value != r.value else { return }
            r.steps.append((r.value, fix))
            r.value = fix.value
        }
        guard !r.value.isEmpty else { return r }
        apply(CellRepairs.clean(r.value))
        if Self.mayHoldPlaceholder(field) {
            var v = r.value
            if v.withUTF8({ PlaceholderText.isPlaceholder($0) }) {
                // The producer meant "unknown": in an optional column, that is an empty cell.
                apply(CellFix("", PlaceholderText.repairCode, .likely))
                return r
            }
        }
        let valid: Bool = {
            var v = r.value
            return v.withUTF8 { checker.check($0).isValid }
        }()
        let value = r.value
        switch field.name {
        case "coordonneesXY": apply(CoordinateRepairs.repair(value))
        case "puissance_nominale": apply(CellRepairs.power(value))
        case "telephone_operateur": apply(CellRepairs.phone(value))
        case "id_station_itinerance", "id_pdc_itinerance": if !valid { apply(CellRepairs.itineranceId(value)) }
        case "code_insee_commune": if !valid { apply(CellRepairs.inseeCode(value)) }
        case "horaires": if !valid { apply(CellRepairs.horaires(value)) }
        default:
            guard !valid else { break }
            switch field.type {
            case .boolean: apply(CellRepairs.boolean(value, field: field))
            case .date: apply(CellRepairs.date(value))
            case .integer: apply(CellRepairs.number(value, integer: true))
            case .number: apply(CellRepairs.number(value, integer: false))
            case .string:
                guard let allowed = field.constraints.enumValues?.map(\.text) else { break }
                if let match = allowed.first(where: { TextFolding.fold($0, .label) == TextFolding.fold(value, .label) })
                {
                    apply(CellFix(match, .enumValue, .certain))
                }
            default: break
            }
        }
        return r
    }

    /// v1 `type_prise` free text → the 2.x connector booleans.
    static func connector(_ field: String, from text: String) -> String? {
        let t = text.lowercased()
        guard !t.trimmingSpaces().isEmpty else { return nil }
        let has: Bool
        switch field {
        case "prise_type_ef": has = ["ef", "e/f", "domestique", "schuko"].contains(where: t.containsNatively)
        case "prise_type_2": has = ["t2", "type 2", "type2"].contains(where: t.containsNatively)
        case "prise_type_combo_ccs": has = ["combo", "ccs"].contains(where: t.containsNatively)
        case "prise_type_chademo": has = t.containsNatively("chademo")
        case "prise_type_autre": has = ["t3", "type 3", "autre"].contains(where: t.containsNatively)
        default: return nil
        }
        return has ? "true" : "false"
    }

    // MARK: - Geography

    /// Keyed by bytes, cell by cell: texts joined into one `String` would merge NFC and NFD spellings
    /// (and cells holding the separator), whose verdicts quote different text.
    private struct GeoKey: Hashable {
        var coord: [UInt8]
        var insee: [UInt8]
        var address: [UInt8]
    }
    /// The INSEE repair a verdict proposes for the code it was given, if any.
    private struct InseeFix {
        var code: String
        var rule: RepairCode
        var confidence: ProposedChange.Confidence
        var evidence: String
    }
    private var geoCache: [GeoKey: InseeFix?] = [:]
    /// The previous row's: the rows of a station share their point, code and address.
    private var lastGeo: (key: GeoKey, fix: InseeFix?)?
    private let geoMemo = NameMemo()
    /// Rows' answers kept per worker (a few workers: 5 000 each, as one cache of 20 000 did before).
    static let geoCacheEntries = 5_000
    static let inseeRepairs: Set<FindingCode> = [
        .geo(.inseeIsPostcode), .geo(.inseeObsolete), .geo(.inseeMissing), .geo(.inseeUnknown),
        .geo(.inseeArrondissement),
    ]

    private func text(_ f: Int) -> String {
        switch pending[f] {
        case .bytes(let b): String(decoding: b, as: UTF8.self)
        case .text(let t): t
        }
    }

    /// Whether output cell `f` is `bytes` (the bytes of a decoded text, so equal bytes decode alike).
    private func pending(_ f: Int, is bytes: [UInt8]) -> Bool {
        switch pending[f] {
        case .bytes(let b): bytes.withUnsafeBufferPointer { Self.same(b, $0) }
        case .text(let t): t.utf8.elementsEqual(bytes)
        }
    }

    /// The INSEE repair for the row's point, code and address: from the previous row, the cache,
    /// or the analysis.
    private func inseeFix(_ g: (analysis: GeoAnalysis, coord: Int, insee: Int, address: Int?), row: Int) -> InseeFix? {
        if !rowDependent, let last = lastGeo, pending(g.coord, is: last.key.coord),
            pending(g.insee, is: last.key.insee),
            g.address.map({ pending($0, is: last.key.address) }) ?? true
        {
            return last.fix
        }
        // Keyed and analysed on the decoded texts, as the sequential code did.
        let insee = text(g.insee)
        let key = GeoKey(
            coord: Array(text(g.coord).utf8), insee: Array(insee.utf8),
            address: g.address.map { Array(text($0).utf8) } ?? [])
        let fix: InseeFix?
        if !rowDependent, let hit = geoCache[key] {
            fix = hit
        } else {
            let verdict = key.coord.withUnsafeBufferPointer { c in
                key.insee.withUnsafeBufferPointer { i in
                    key.address.withUnsafeBufferPointer { a in
                        g.analysis.analyse(xy: c, lon: nil, lat: nil, insee: i, address: a, memo: geoMemo)
                    }
                }
            }
            let finding = verdict.findings.first { finding in
                guard Self.inseeRepairs.contains(finding.type), let p = finding.proposedChange else { return false }
                guard p.newValue != insee else { return false }
                guard let selection = options.selection else { return options.aggressive || p.confidence != .guess }
                let id = ChangeID(row: row, column: "code_insee_commune", rule: .finding(finding.type))
                return selection.accepts(id, p.confidence)
            }
            fix = finding.flatMap { f in
                f.proposedChange.map {
                    InseeFix(
                        code: $0.newValue, rule: .finding(f.type), confidence: $0.confidence,
                        evidence: Wording.message(f.facts, options.lang))
                }
            }
            if geoCache.count >= Self.geoCacheEntries { geoCache.removeAll() }
            geoCache[key] = fix
        }
        lastGeo = (key, fix)
        return fix
    }

    /// INSEE code from the point, the postcode or the old code; the point from the geocoded
    /// address (aggressive only). Each change logged with the finding's message as evidence.
    private func adjustGeography(_ row: Int) {
        if let g = plan.geo, pending.count == fieldCount, edits[row]?[g.insee] == nil, let fix = inseeFix(g, row: row) {
            record(
                row, "code_insee_commune", text(g.insee), fix.code, fix.rule, fix.confidence,
                evidence: fix.evidence)
            pending[g.insee] = .text(fix.code)
        }
        if options.aggressive, let proposal = options.geocodedPoints[row],
            let coord = fieldNames.firstIndex(of: "coordonneesXY"), coord < pending.count
        {
            let before = text(coord)
            if before != proposal.point {
                record(
                    row, "coordonneesXY", before, proposal.point, .geo(.addressFarFromPoint), .guess,
                    evidence: proposal.evidence)
                pending[coord] = .text(proposal.point)
            }
        }
    }
}
