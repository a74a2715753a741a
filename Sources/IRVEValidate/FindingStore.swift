import Dispatch
import IRVEFiles
import IRVEFindings
import IRVESchema
import IRVEWording

/// Findings kept compactly while streaming, turned into full `Finding`s with their message only
/// when a report is written.
///
/// A batch store (one per checked batch) holds its cell findings in memory: a few bytes each,
/// the cell text in an arena. The result's store moves everything to `SpillLog`s, so memory stays
/// bounded whatever the number of findings; with `samplesPerGroup` (the text report) it keeps only
/// the first findings of each group. Totals, per severity and per group, are always exact.
public final class FindingStore {
    enum Kind: UInt8 { case typeError, constraint, missingCell, extraCell, blankRow, mojibake }

    struct CellIssue {
        var row: Int
        var field: Int32  // schema field index, -1 when none (extra cell, blank row)
        var column: Int32  // 0-based column in the file
        var kind: Kind
        var constraint: UInt8  // index in ConstraintSet.ordered
        var cellStart: Int
        var cellLength: Int32
    }

    /// File- and header-level findings, in order.
    public private(set) var general: [Finding] = []
    private(set) var issues: [CellIssue] = []
    private var arena: [UInt8] = []
    /// Cells longer than this are cut in reports (a 10 MB cell would drown the report).
    static let maxCellBytes = Limits.reportedCellBytes

    // The result's store: cell findings, per-row rule findings and cross-row findings, each in row
    // order; findings of later stages (geography, geocoding) in any order.
    let cellLog = SpillLog()
    let ruleLog = SpillLog()
    let lateLog = SpillLog()
    private(set) var unordered: [Finding] = []
    private var spilledCount = 0
    /// The previous record's strings of `ruleLog` and `lateLog` (`FindingCoding.put`).
    private var ruleStrings = RepeatedStrings()
    private var lateStrings = RepeatedStrings()
    private var wording = WordingMemo()
    /// The memos of the two threads that word the cross-row findings (`addLate`).
    private var lateWording = [WordingMemo(), WordingMemo()]

    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    public private(set) var infoCount = 0
    /// Stop storing (but keep counting) beyond this many findings.
    var limit: Int?
    /// Keep only this many findings per group (`FindingGroups`); nil: keep them all.
    var samplesPerGroup: Int?
    /// The language the kept findings are worded in: a finding is worded only once it is kept.
    var lang: Language = .fr
    let groups = FindingGroups()

    func reset() {
        general.removeAll()
        issues.removeAll()
        arena.removeAll()
        unordered.removeAll()
        cellLog.removeAll()
        ruleLog.removeAll()
        lateLog.removeAll()
        ruleStrings = RepeatedStrings()
        lateStrings = RepeatedStrings()
        spilledCount = 0
        cutByLimit = false
        errorCount = 0
        warningCount = 0
        infoCount = 0
        groups.reset()
    }

    public var storedCount: Int { general.count + issues.count + spilledCount + unordered.count }
    var isFull: Bool { limit.map { storedCount >= $0 } ?? false }
    /// Whether `limit` (--max-findings) left findings out of the list.
    public private(set) var cutByLimit = false

    /// Whether there is room for one more finding under `limit`.
    private func room() -> Bool {
        if isFull {
            cutByLimit = true
            return false
        }
        return true
    }
    /// Whether the temporary file of the findings could not be written (the list is then cut).
    public var spillFailed: Bool { cellLog.failed || ruleLog.failed || lateLog.failed }

    /// Counts `f` in its group and says whether to keep it.
    private func admit(_ f: Finding) -> Bool {
        count(f.severity)
        let kept = groups.note(f, samples: samplesPerGroup)
        return kept && room()
    }

    public func add(_ f: Finding) {
        if admit(f) { general.append(Wording.worded(f, lang)) }
    }

    private func count(_ s: Severity) {
        switch s {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        case .info: infoCount += 1
        }
    }

    func addCell(
        row: Int, field: Int, column: Int, kind: Kind, constraint: Int = 0,
        cell: UnsafeBufferPointer<UInt8>?
    ) {
        count(kind == .mojibake ? .warning : .error)
        guard room() else { return }
        let start = arena.count
        var length = 0
        if let cell {
            var n = min(cell.count, Self.maxCellBytes)
            // Do not cut a UTF-8 character in two.
            while n < cell.count, n > 0, cell[n] & 0xC0 == 0x80 { n -= 1 }
            arena.append(contentsOf: UnsafeBufferPointer(rebasing: cell[..<n]))
            length = n
        }
        issues.append(
            CellIssue(
                row: row, field: Int32(truncatingIfNeeded: field),
                column: Int32(truncatingIfNeeded: column), kind: kind,
                constraint: UInt8(truncatingIfNeeded: constraint), cellStart: start,
                cellLength: Int32(truncatingIfNeeded: length)))
    }

    /// Whether every finding is kept (no sample per group, as in a JSON report): findings can then be
    /// worded before they reach the store, in parallel, instead of one by one on the merge.
    var keepsAll: Bool { samplesPerGroup == nil }

    /// Per-row rule findings, in row order; `prepared`: already worded and cut (`prepare`).
    func addRuleFindings(_ list: [Finding], prepared: Bool = false) {
        for f in list where admit(f) {
            if prepared { put(f, in: ruleLog, &ruleStrings) } else { store(f, in: ruleLog, &ruleStrings) }
        }
    }

    /// A cross-row finding; they arrive in row order.
    func addLate(_ f: Finding) {
        if admit(f) { store(f, in: lateLog, &lateStrings) }
    }

    /// Cross-row findings, in row order, taken from `list` (left empty). When every finding is kept,
    /// they are worded on two threads first: a million stations give a million distinct sentences.
    func addLate(_ list: inout [Finding]) {
        defer { list.removeAll(keepingCapacity: true) }
        guard keepsAll, list.count > 1 else {
            for f in list { addLate(f) }
            return
        }
        let lang = lang
        list.withUnsafeMutableBufferPointer { findings in
            lateWording.withUnsafeMutableBufferPointer { memos in
                let halves = Halves(findings: findings, memos: memos)
                DispatchQueue.concurrentPerform(iterations: 2) { k in
                    let half = halves.findings.count / 2
                    let part = k == 0 ? halves.findings[..<half] : halves.findings[half...]
                    FindingStore.prepare(UnsafeMutableBufferPointer(rebasing: part), lang, memo: &halves.memos[k])
                }
            }
        }
        for f in list where admit(f) { put(f, in: lateLog, &lateStrings) }
    }

    /// Findings of a later stage, in any order (few: one per station at most).
    func addUnordered(_ list: [Finding]) {
        for f in list where admit(f) { unordered.append(Self.bounded(Wording.worded(f, lang))) }
    }

    /// Words and cuts findings as the store would (`store`), before they are added.
    static func prepare(_ list: UnsafeMutableBufferPointer<Finding>, _ lang: Language, memo: inout WordingMemo) {
        for i in list.indices {
            memo.word(&list[i], lang)
            bound(&list[i])
        }
    }

    private func store(_ f: Finding, in log: SpillLog, _ strings: inout RepeatedStrings) {
        var f = f
        wording.word(&f, lang)
        Self.bound(&f)
        put(f, in: log, &strings)
    }

    private func put(_ f: Finding, in log: SpillLog, _ strings: inout RepeatedStrings) {
        if log.append({ FindingCoding.put(f, into: &$0, last: &strings) }) { spilledCount += 1 }
    }

    /// The cell and the message cut to the report bounds (a rule quotes the value it found).
    static func bounded(_ f: Finding) -> Finding {
        var f = f
        bound(&f)
        return f
    }

    static func bound(_ f: inout Finding) {
        if let cell = f.cell, cell.utf8.count > Limits.reportedCellBytes {
            f.cell = String(String.UnicodeScalarView(cell.unicodeScalars.prefix(Limits.reportedCellBytes))) + "…"
        }
        if f.message.utf8.count > Limits.messageScalars {
            f.message = String(String.UnicodeScalarView(f.message.unicodeScalars.prefix(Limits.messageScalars))) + "…"
        }
    }

    /// Appends another store's cell findings (a checked batch), respecting the limit.
    func append(_ other: FindingStore) {
        errorCount += other.errorCount
        warningCount += other.warningCount
        infoCount += other.infoCount
        for f in other.general where groups.note(f, samples: samplesPerGroup) && room() {
            general.append(Wording.worded(f, lang))
        }
        other.arena.withUnsafeBufferPointer { arena in
            for i in other.issues {
                let cell = UnsafeBufferPointer(rebasing: arena[i.cellStart..<(i.cellStart + Int(i.cellLength))])
                guard groups.note(i, cell: cell, samples: samplesPerGroup) && room() else { continue }
                if cellLog.append({ FindingCoding.put(i, cell: cell, into: &$0) }) { spilledCount += 1 }
            }
        }
    }

    /// Removes the cell findings of one row (a blank row reports a single `blank-row` instead).
    func dropIssues(ofRow row: Int) {
        while let last = issues.last, last.row == row {
            errorCount -= last.kind == .mojibake ? 0 : 1
            if last.kind == .mojibake { warningCount -= 1 }
            arena.removeLast(arena.count - last.cellStart)
            issues.removeLast()
        }
    }
}

/// A chunk of findings and the two memos of the threads that word its halves: each thread touches
/// only its own half and its own memo.
private struct Halves: @unchecked Sendable {
    let findings: UnsafeMutableBufferPointer<Finding>
    let memos: UnsafeMutableBufferPointer<WordingMemo>
}

/// The sentence of the last facts worded, per finding code: the findings of a million rows that
/// share an id (or a station, or a bad value) have the same facts, and are worded once.
struct WordingMemo {
    private var last: [FindingCode: (facts: FindingFacts, message: String)] = [:]
    static let maxCodes = 256

    mutating func worded(_ f: Finding, _ lang: Language) -> Finding {
        var f = f
        word(&f, lang)
        return f
    }

    mutating func word(_ f: inout Finding, _ lang: Language) {
        if case .worded = f.facts { return }
        if let m = last[f.type], m.facts == f.facts {
            f.facts = .worded(m.message)
            return
        }
        let message = Wording.message(f.facts, lang)
        if last.count >= Self.maxCodes { last.removeAll(keepingCapacity: true) }
        last[f.type] = (f.facts, message)
        f.facts = .worded(message)
    }
}
