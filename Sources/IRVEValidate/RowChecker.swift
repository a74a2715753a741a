import Foundation
import IRVEFindings
import IRVEGeo
import IRVERead
import IRVERules
import IRVESchema

/// Checks rows against the compiled fields. One instance per worker thread: PCRE2 match data
/// and other per-field scratch state are not shared.
final class RowChecker: @unchecked Sendable {
    private let checkers: [FieldChecker]
    private let plan: [(field: Int, column: Int)]
    private let labelCount: Int
    private let rules: RowRules?
    private let geo: GeoRowChecker?
    /// The last cell checked in each planned column, with its verdict: the rows of a station (and of
    /// an operator) repeat most cells, and a verdict depends on the cell's bytes alone. One slot of
    /// `memoBytes` per column; longer cells are checked every time.
    private let memo: UnsafeMutablePointer<UInt8>
    private var memoLength: [Int]  // -1: nothing remembered
    private var memoVerdict: [CellVerdict]
    static let memoBytes = 128

    init(
        schema: TableSchema, plan: [(field: Int, column: Int)], labelCount: Int, rules: RowRules?,
        geo: GeoRowChecker? = nil
    ) throws(SchemaError) {
        checkers = try schema.fields.map { f throws(SchemaError) in
            try FieldChecker(field: f, schemaMissingValues: schema.missingValues)
        }
        self.plan = plan
        self.labelCount = labelCount
        self.rules = rules
        self.geo = geo
        memo = .allocate(capacity: max(plan.count, 1) * Self.memoBytes)
        memoLength = Array(repeating: -1, count: plan.count)
        memoVerdict = Array(repeating: .valid, count: plan.count)
    }

    deinit { memo.deallocate() }

    /// The verdict on the cell of the `k`-th planned column: remembered when the cell repeats the
    /// previous one of that column, byte for byte.
    @inline(__always)
    private func verdict(_ k: Int, _ checker: FieldChecker, _ cell: UnsafeBufferPointer<UInt8>?) -> CellVerdict {
        guard let cell, let base = cell.baseAddress, cell.count > 0, cell.count <= Self.memoBytes else {
            return checker.check(cell)
        }
        let slot = memo + k * Self.memoBytes
        if memoLength[k] == cell.count, memcmp(slot, base, cell.count) == 0 { return memoVerdict[k] }
        let v = checker.check(cell)
        slot.update(from: base, count: cell.count)
        memoLength[k] = cell.count
        memoVerdict[k] = v
        return v
    }

    /// Findings and per-column statistics of one batch.
    final class Output: @unchecked Sendable {
        let store = FindingStore()
        var columnErrors: [Int]
        var columnSamples: [[String]]
        var ruleFindings: [Finding] = []
        var extracts = RowExtracts()
        /// Fields counted in error in the row being checked (undone if the row turns out blank).
        var rowNoted: [Int] = []
        var geoExtracts: GeoExtracts
        init(fieldCount: Int, keepAddresses: Bool = false) {
            geoExtracts = GeoExtracts(keepAddresses: keepAddresses)
            columnErrors = Array(repeating: 0, count: fieldCount)
            columnSamples = Array(repeating: [], count: fieldCount)
        }

        @inline(__always)
        func noteError(field: Int, cell: UnsafeBufferPointer<UInt8>?) {
            columnErrors[field] += 1
            rowNoted.append(field)
            if columnSamples[field].count < 5 {
                let s = cell.map { String(decoding: $0.prefix(80), as: UTF8.self) } ?? ""
                if !columnSamples[field].contains(s) { columnSamples[field].append(s) }
            }
        }
    }

    func check(_ row: RowView, into out: Output) {
        let store = out.store
        let n = row.count
        out.rowNoted.removeAll(keepingCapacity: true)
        var blank = 0
        // One pass over the whole row decides whether any cell needs the mojibake check.
        let suspicious = Mojibake.contains(UnsafeBufferPointer(start: row.base, count: row.byteCount))
        checkers.withUnsafeBufferPointer { checkers in
            plan.withUnsafeBufferPointer { plan in
                for (k, (f, column)) in plan.enumerated() {
                    let cell: UnsafeBufferPointer<UInt8>? = column < n ? row[column] : nil
                    let verdict = verdict(k, checkers[f], cell)
                    if verdict.isBlank { blank += 1 }
                    if verdict.typeError {
                        store.addCell(row: row.number, field: f, column: column, kind: .typeError, cell: cell)
                        out.noteError(field: f, cell: cell)
                    } else if !verdict.failed.isEmpty {
                        for (k, (flag, _)) in ConstraintSet.ordered.enumerated() where verdict.failed.contains(flag) {
                            store.addCell(
                                row: row.number, field: f, column: column, kind: .constraint, constraint: k, cell: cell)
                        }
                        out.noteError(field: f, cell: cell)
                    }
                    if suspicious, let cell, cell.count > 1, Mojibake.contains(cell) {
                        store.addCell(row: row.number, field: f, column: column, kind: .mojibake, cell: cell)
                    }
                }
            }
        }
        if n > labelCount {
            for column in labelCount..<n {
                store.addCell(row: row.number, field: -1, column: column, kind: .extraCell, cell: row[column])
            }
        }
        if n < labelCount {
            for (f, column) in plan where column >= n {
                store.addCell(row: row.number, field: f, column: column, kind: .missingCell, cell: nil)
            }
        }
        // frictionless: a row whose every cell is blank reports only `blank-row`.
        if blank == plan.count, !plan.isEmpty {
            store.dropIssues(ofRow: row.number)
            for f in out.rowNoted { out.columnErrors[f] -= 1 }
            store.addCell(row: row.number, field: -1, column: 0, kind: .blankRow, cell: nil)
            return
        }
        rules?.check(row, into: &out.ruleFindings, extracts: &out.extracts)
        geo?.check(row, into: &out.ruleFindings, extracts: &out.geoExtracts)
    }
}
