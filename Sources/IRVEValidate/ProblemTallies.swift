import IRVEFindings
import IRVESchema

/// What makes two findings "the same problem": the same code and the same kind of fact (the type a
/// cell failed to be, or the constraint it broke). The report groups by it rather than by row.
public struct ProblemKey: Hashable, Sendable, Comparable {
    public enum Detail: Hashable, Sendable, Comparable {
        case none
        /// A type error: the Table Schema type of the field (`boolean`, `date`…).
        case fieldType(String)
        /// A constraint error: the constraint's Table Schema name (`required`, `enum`…).
        case constraint(String)
    }
    public var code: FindingCode
    public var detail: Detail

    public init(code: FindingCode, detail: Detail) {
        self.code = code
        self.detail = detail
    }

    public static func < (a: ProblemKey, b: ProblemKey) -> Bool {
        (a.code.rawValue, a.detail) < (b.code.rawValue, b.detail)
    }
}

/// Exact counts of one problem over the whole file (every finding is noted, kept or not).
public struct ProblemTally: Sendable, Equatable {
    public var severity: Severity
    public var count = 0
    public var firstRow: Int?
    public var lastRow: Int?
    /// The columns it touches, in the order met (at most `maxColumns` named; `columnCount` is exact
    /// for the schema's columns, which are all a file can name here).
    public var columns: [String] = []
    /// A few distinct values, in the order met, for the report's « VRAI/FAUX ».
    public var samples: [String] = []
    static let maxColumns = 64
    static let maxSamples = 3
    static let maxSampleBytes = 40

    public init(severity: Severity) { self.severity = severity }

    mutating func note(row: Int?, column: String?, cell: String?, severity s: Severity, times: Int = 1) {
        count += times
        if s > severity { severity = s }
        if let row, row > 1 {
            firstRow = min(firstRow ?? row, row)
            lastRow = max(lastRow ?? row, row)
        }
        if let column, !column.isEmpty, columns.count < Self.maxColumns, !columns.contains(column) {
            columns.append(column)
        }
        if let cell, samples.count < Self.maxSamples, cell.utf8.count <= Self.maxSampleBytes,
            !samples.contains(cell)
        {
            samples.append(cell)
        }
    }

    mutating func merge(_ o: ProblemTally) {
        count += o.count
        if o.severity > severity { severity = o.severity }
        if let r = o.firstRow { firstRow = min(firstRow ?? r, r) }
        if let r = o.lastRow { lastRow = max(lastRow ?? r, r) }
        for c in o.columns where columns.count < Self.maxColumns && !columns.contains(c) { columns.append(c) }
        for s in o.samples where samples.count < Self.maxSamples && !samples.contains(s) { samples.append(s) }
    }
}

/// The accumulator behind `ValidationResult.problems`: findings that carry facts are keyed at once;
/// the engine's compact cell findings are keyed by (kind, constraint, field) and named once at the
/// end, when the schema's fields are known.
struct ProblemTallies {
    private struct CellKey {
        var kind: UInt8
        var constraint: UInt8
        var field: Int32
    }
    private var byKey: [ProblemKey: ProblemTally] = [:]
    private var cellKeys: [CellKey] = []
    private var cellTallies: [ProblemTally] = []
    /// For each field (+1: -1 is "no field"), the (kind, constraint) pairs met and their tally's index:
    /// a scan of one or two entries, cheaper than hashing, for files with tens of millions of cells.
    private var slots: [[(code: UInt16, index: Int32)]] = []

    mutating func reset() {
        byKey = [:]
        cellKeys = []
        cellTallies = []
        slots = []
    }

    mutating func note(_ f: Finding) {
        // File and header findings have their own section of the report: one of each, already.
        guard !FindingGroups.isGeneral(f) else { return }
        let key = ProblemKey(code: f.type, detail: f.constraint.map { .constraint($0) } ?? .none)
        byKey[key, default: ProblemTally(severity: f.severity)]
            .note(row: f.rowNumber, column: f.fieldName, cell: f.cell, severity: f.severity)
    }

    mutating func note(_ i: FindingStore.CellIssue, cell: UnsafeBufferPointer<UInt8>) {
        let f = Int(i.field) + 1
        guard f >= 0 else { return }
        if f >= slots.count { slots.append(contentsOf: repeatElement([], count: f + 1 - slots.count)) }
        let code = UInt16(i.kind.rawValue) << 8 | UInt16(i.constraint)
        let severity: Severity = i.kind == .mojibake ? .warning : .error
        var index = -1
        for slot in slots[f] where slot.code == code {
            index = Int(slot.index)
            break
        }
        if index < 0 {
            index = cellTallies.count
            cellKeys.append(CellKey(kind: i.kind.rawValue, constraint: i.constraint, field: i.field))
            cellTallies.append(ProblemTally(severity: severity))
            slots[f].append((code, Int32(truncatingIfNeeded: index)))
        }
        // Only a short cell is decoded, and only while the group still wants samples.
        let sample =
            cellTallies[index].samples.count < ProblemTally.maxSamples && cell.count <= ProblemTally.maxSampleBytes
            ? String(decoding: cell, as: UTF8.self) : nil
        cellTallies[index].note(row: i.row, column: nil, cell: sample, severity: severity)
    }

    /// Every problem with its exact tally, cell groups named after the schema's fields.
    func problems(fields: [Field]) -> [ProblemKey: ProblemTally] {
        var out = byKey
        // In field order, so that a problem lists its columns as the schema does.
        for (k, t) in zip(cellKeys, cellTallies).sorted(by: {
            ($0.0.field, $0.0.kind, $0.0.constraint) < ($1.0.field, $1.0.kind, $1.0.constraint)
        }) {
            guard let kind = FindingStore.Kind(rawValue: k.kind) else { continue }
            let field: Field? = k.field >= 0 && Int(k.field) < fields.count ? fields[Int(k.field)] : nil
            let detail: ProblemKey.Detail
            switch kind {
            case .typeError: detail = field.map { .fieldType($0.type.rawValue) } ?? .none
            case .constraint:
                let c = Int(k.constraint)
                detail = c < ConstraintSet.ordered.count ? .constraint(ConstraintSet.ordered[c].1) : .none
            default: detail = .none
            }
            var named = t
            if let name = field?.name, kind != .extraCell, kind != .blankRow { named.columns = [name] }
            out[ProblemKey(code: kind.type, detail: detail), default: ProblemTally(severity: t.severity)].merge(named)
        }
        return out
    }
}
