import IRVEFindings

/// Exact counts per group of findings, as the text report shows them: one group per column for
/// the findings about a cell of a schema field, one group per type for the others (file, header,
/// blank rows, extra cells). With a sample size, only that many findings per group are kept.
public final class FindingGroups {
    public struct Tally: Sendable, Equatable {
        /// Errors of the cell types (type, constraint, missing cell, extra cell).
        public var cellErrors = 0
        public var otherErrors = 0
        public var warnings = 0
        public var infos = 0
        /// Findings kept in the store (the others are only counted).
        public var kept = 0
        public var total: Int { cellErrors + otherErrors + warnings + infos }
        public init() {}
    }

    /// The key of a general group ("\u{1}" + type): it cannot be a column name.
    public static func generalKey(_ type: FindingCode) -> String { "\u{1}" + type.rawValue }
    public static let cellTypes: Set<FindingCode> = [.typeError, .constraintError, .missingCell, .extraCell]

    /// Whether a finding belongs to the file and its header rather than to a column.
    public static func isGeneral(_ f: Finding) -> Bool {
        f.rowNumber == nil || f.rowNumber == 1 || f.fieldName == nil || f.fieldName == ""
    }

    public static func key(_ f: Finding) -> String { isGeneral(f) ? generalKey(f.type) : f.fieldName ?? "" }

    private var byKey: [String: Tally] = [:]
    private var byField: [Tally] = []
    private var byKind: [Tally] = Array(repeating: Tally(), count: 8)
    /// The same findings counted by problem (code and kind of fact), for the grouped report.
    private(set) var problemTallies = ProblemTallies()

    func reset() {
        problemTallies.reset()
        byKey = [:]
        byField = []
        byKind = Array(repeating: Tally(), count: 8)
    }

    /// Counts `f`; true when it is to be kept.
    func note(_ f: Finding, samples: Int?) -> Bool {
        problemTallies.note(f)
        let key = Self.key(f)
        var t = byKey[key] ?? Tally()
        switch f.severity {
        case .error: if Self.cellTypes.contains(f.type) { t.cellErrors += 1 } else { t.otherErrors += 1 }
        case .warning: t.warnings += 1
        case .info: t.infos += 1
        }
        let keep = samples.map { t.kept < $0 } ?? true
        if keep { t.kept += 1 }
        byKey[key] = t
        return keep
    }

    func note(_ i: FindingStore.CellIssue, cell: UnsafeBufferPointer<UInt8>, samples: Int?) -> Bool {
        problemTallies.note(i, cell: cell)
        func tally(_ t: inout Tally) -> Bool {
            switch i.kind {
            case .mojibake: t.warnings += 1
            case .blankRow: t.otherErrors += 1
            default: t.cellErrors += 1
            }
            let keep = samples.map { t.kept < $0 } ?? true
            if keep { t.kept += 1 }
            return keep
        }
        if i.field >= 0, i.kind != .extraCell, i.kind != .blankRow {
            let f = Int(i.field)
            if f >= byField.count { byField.append(contentsOf: repeatElement(Tally(), count: f + 1 - byField.count)) }
            return tally(&byField[f])
        }
        return tally(&byKind[Int(i.kind.rawValue)])
    }

    /// All groups by key: a column name, or `generalKey(type)`.
    public func tallies(fieldNames: [String]) -> [String: Tally] {
        var out = byKey
        func merge(_ key: String, _ t: Tally) {
            guard t.total > 0 else { return }
            var m = out[key] ?? Tally()
            m.cellErrors += t.cellErrors
            m.otherErrors += t.otherErrors
            m.warnings += t.warnings
            m.infos += t.infos
            m.kept += t.kept
            out[key] = m
        }
        for (f, t) in byField.enumerated() {
            let name = f < fieldNames.count && !fieldNames[f].isEmpty ? fieldNames[f] : Self.generalKey(.typeError)
            merge(name, t)
        }
        for (k, t) in byKind.enumerated() {
            if let kind = FindingStore.Kind(rawValue: UInt8(k)) { merge(Self.generalKey(kind.type), t) }
        }
        return out
    }
}

extension FindingStore.Kind {
    var type: FindingCode {
        switch self {
        case .typeError: .typeError
        case .constraint: .constraintError
        case .missingCell: .missingCell
        case .extraCell: .extraCell
        case .blankRow: .blankRow
        case .mojibake: .mojibake
        }
    }
}
