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
    /// Per planned column, in plan order: its field, its column, its checker (held by `checkers`).
    private let planFields: UnsafeMutablePointer<Int>
    private let planColumns: UnsafeMutablePointer<Int>
    private let planCheckers: UnsafeMutablePointer<Unmanaged<FieldChecker>>
    /// The column's bit in the `repeated` mask of `RowRules.check` (0 past 64 columns).
    private let planBits: UnsafeMutablePointer<UInt64>
    /// The last cell checked in each planned column, with its verdict: the rows of a station (and of
    /// an operator) repeat most cells, and both the verdict and the mojibake test depend on the
    /// cell's bytes alone. One slot of `memoBytes` per column; longer cells are checked every time.
    /// Raw memory: these are read for every cell of every row (no exclusivity or bounds checks).
    private let memo: UnsafeMutablePointer<UInt8>
    private let memoSlots: UnsafeMutablePointer<MemoSlot>
    static let memoBytes = 128
    /// Rows checked so far, and the number of the last one given to the rules.
    private var tick = 0
    private var rulesTick = -1
    /// The sentences of this worker's rule findings, when it words them (`FindingStore.keepsAll`).
    var wording = WordingMemo()

    /// What is remembered of a column's last cell.
    struct MemoSlot {
        var length: Int  // 0: nothing remembered (empty cells are not remembered)
        var verdict: CellVerdict
        var mojibake: Bool
        /// Valid, not blank, no mojibake: nothing to do for the cell.
        var clean: Bool
        /// The last row (`tick`) whose cell in this column was this one.
        var seen: Int
    }

    init(
        schema: TableSchema, plan: [(field: Int, column: Int)], labelCount: Int, rules: RowRules?,
        geo: GeoRowChecker? = nil
    ) throws(SchemaError) {
        let checkers = try schema.fields.map { f throws(SchemaError) in
            try FieldChecker(field: f, schemaMissingValues: schema.missingValues)
        }
        self.checkers = checkers
        self.plan = plan
        self.labelCount = labelCount
        self.rules = rules
        self.geo = geo
        let n = max(plan.count, 1)
        planFields = .allocate(capacity: n)
        planColumns = .allocate(capacity: n)
        planCheckers = .allocate(capacity: n)
        planBits = .allocate(capacity: n)
        for (k, p) in plan.enumerated() {
            (planFields + k).initialize(to: p.field)
            (planColumns + k).initialize(to: p.column)
            (planCheckers + k).initialize(to: Unmanaged.passUnretained(checkers[p.field]))
            (planBits + k).initialize(to: p.column < 64 ? 1 << UInt64(p.column) : 0)
        }
        memo = .allocate(capacity: n * Self.memoBytes)
        memoSlots = .allocate(capacity: n)
        memoSlots.initialize(
            repeating: MemoSlot(length: 0, verdict: .valid, mojibake: false, clean: false, seen: -1), count: n)
    }

    deinit {
        planFields.deallocate()
        planColumns.deallocate()
        planCheckers.deallocate()
        planBits.deallocate()
        memo.deallocate()
        memoSlots.deallocate()
    }

    /// Whether `n` bytes at `a` and `b` are equal, in words that may overlap (never read past `n`).
    @inline(__always)
    static func same(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        let ra = UnsafeRawPointer(a)
        let rb = UnsafeRawPointer(b)
        if n >= 8 {
            // n is a cell length (at most `memoBytes`): the sums cannot overflow.
            var i = 0
            while i &+ 8 <= n {
                if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                {
                    return false
                }
                i &+= 8
            }
            // The last bytes, with the word that ends both.
            return i == n
                || ra.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
                    == rb.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
        }
        if n >= 4 {
            return ra.loadUnaligned(as: UInt32.self) == rb.loadUnaligned(as: UInt32.self)
                && ra.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
                    == rb.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
        }
        if n >= 2 {
            return ra.loadUnaligned(as: UInt16.self) == rb.loadUnaligned(as: UInt16.self)
                && a[n - 1] == b[n - 1]
        }
        return n == 0 || a[0] == b[0]
    }

    /// Checks the cell of the `k`-th planned column (1 to `memoBytes` bytes) and remembers it.
    @inline(never)
    private func learn(_ k: Int, _ cell: UnsafeBufferPointer<UInt8>, _ base: UnsafePointer<UInt8>, tick: Int) {
        let v = planCheckers[k]._withUnsafeGuaranteedRef { $0.check(cell) }
        let mojibake = cell.count > 1 && Mojibake.contains(cell)
        (memo + k * Self.memoBytes).update(from: base, count: cell.count)
        memoSlots[k] = MemoSlot(
            length: cell.count, verdict: v, mojibake: mojibake, clean: v.isValid && !v.isBlank && !mojibake,
            seen: tick)
    }

    /// A cell not remembered (absent, empty or longer than `memoBytes`): checked and reported.
    /// Returns 1 when it is blank.
    @inline(never)
    private func checkUnremembered(_ k: Int, _ row: RowView, _ out: Output) -> Int {
        let column = planColumns[k]
        let cell: UnsafeBufferPointer<UInt8>? = column < row.count ? row[column] : nil
        let v = planCheckers[k]._withUnsafeGuaranteedRef { $0.check(cell) }
        let mojibake = cell.map { $0.count > 1 && Mojibake.contains($0) } ?? false
        report(v, mojibake: mojibake, row, k, cell, out)
        return v.isBlank ? 1 : 0
    }

    /// Findings and per-column statistics of one batch.
    final class Output: @unchecked Sendable {
        let store = FindingStore()
        var columnErrors: [Int]
        var columnSamples: [[String]]
        var ruleFindings: [Finding] = []
        /// Whether the worker worded and cut `ruleFindings` already (`FindingStore.prepare`).
        var ruleFindingsPrepared = false
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

    @inline(never)
    /// The findings of one cell: its type error or broken constraints, then its mojibake.
    private func report(
        _ verdict: CellVerdict, mojibake: Bool, _ row: RowView, _ k: Int, _ cell: UnsafeBufferPointer<UInt8>?,
        _ out: Output
    ) {
        let f = planFields[k]
        let column = planColumns[k]
        if verdict.typeError {
            out.store.addCell(row: row.number, field: f, column: column, kind: .typeError, cell: cell)
            out.noteError(field: f, cell: cell)
        } else if !verdict.failed.isEmpty {
            for (c, (flag, _)) in ConstraintSet.ordered.enumerated() where verdict.failed.contains(flag) {
                out.store.addCell(
                    row: row.number, field: f, column: column, kind: .constraint, constraint: c, cell: cell)
            }
            out.noteError(field: f, cell: cell)
        }
        if mojibake { out.store.addCell(row: row.number, field: f, column: column, kind: .mojibake, cell: cell) }
    }

    func check(_ row: RowView, into out: Output) {
        let n = row.count
        out.rowNoted.removeAll(keepingCapacity: true)
        var blank = 0
        tick += 1
        // As locals: the class's stored properties are read with exclusivity checks.
        let tick = tick
        let rulesTick = rulesTick
        var repeated: UInt64 = 0
        // The raw buffers as locals too: kept in registers across the calls in the loop.
        let planColumns = planColumns
        let memoSlots = memoSlots
        let memo = memo
        let planBits = planBits
        for k in 0..<plan.count {
            let column = planColumns[k]
            if column < n {
                let cell = row[column]
                let count = cell.count
                if count > 0, count <= Self.memoBytes, let base = cell.baseAddress {
                    let slot = memoSlots + k
                    if slot.pointee.length != count || !Self.same(memo + k &* Self.memoBytes, base, count) {
                        learn(k, cell, base, tick: tick)
                    } else {
                        if slot.pointee.seen == rulesTick { repeated |= planBits[k] }
                        slot.pointee.seen = tick
                    }
                    if slot.pointee.clean { continue }
                    if slot.pointee.verdict.isBlank { blank += 1 }
                    report(slot.pointee.verdict, mojibake: slot.pointee.mojibake, row, k, cell, out)
                    continue
                }
            }
            blank += checkUnremembered(k, row, out)
        }
        if n > labelCount {
            for column in labelCount..<n {
                out.store.addCell(row: row.number, field: -1, column: column, kind: .extraCell, cell: row[column])
            }
        }
        if n < labelCount {
            for (f, column) in plan where column >= n {
                out.store.addCell(row: row.number, field: f, column: column, kind: .missingCell, cell: nil)
            }
        }
        // frictionless: a row whose every cell is blank reports only `blank-row`.
        if blank == plan.count, !plan.isEmpty {
            out.store.dropIssues(ofRow: row.number)
            for f in out.rowNoted { out.columnErrors[f] -= 1 }
            out.store.addCell(row: row.number, field: -1, column: 0, kind: .blankRow, cell: nil)
            return
        }
        if let rules {
            rules.check(row, into: &out.ruleFindings, extracts: &out.extracts, repeated: repeated)
            self.rulesTick = tick
        }
        geo?.check(row, into: &out.ruleFindings, extracts: &out.geoExtracts)
    }
}
