import IRVEFindings
import IRVESchema

/// Findings kept compactly while streaming (a few bytes per cell finding, the cell text in an
/// arena), turned into full `Finding`s with their message only when a report is written.
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
    /// Business-rule findings (IRVERules), kept whole: they are few and carry proposals.
    public private(set) var rules: [Finding] = []
    private(set) var issues: [CellIssue] = []
    private var arena: [UInt8] = []
    /// Cells longer than this are cut in reports (a 10 MB cell would drown the report).
    static let maxCellBytes = 2000

    public private(set) var errorCount = 0
    public private(set) var warningCount = 0
    public private(set) var infoCount = 0
    /// Stop storing (but keep counting) beyond this many findings.
    var limit: Int?

    func reset() {
        general.removeAll(); issues.removeAll(); arena.removeAll(); rules.removeAll()
        errorCount = 0; warningCount = 0; infoCount = 0
    }

    public var storedCount: Int { general.count + issues.count + rules.count }
    var isFull: Bool { limit.map { storedCount >= $0 } ?? false }

    public func add(_ f: Finding) {
        count(f.severity)
        if !isFull { general.append(f) }
    }

    private func count(_ s: Severity) {
        switch s {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        case .info: infoCount += 1
        }
    }

    func addCell(row: Int, field: Int, column: Int, kind: Kind, constraint: Int = 0, cell: UnsafeBufferPointer<UInt8>?) {
        count(kind == .mojibake ? .warning : .error)
        guard !isFull else { return }
        let start = arena.count
        var length = 0
        if let cell {
            var n = min(cell.count, Self.maxCellBytes)
            // Do not cut a UTF-8 character in two.
            while n < cell.count, n > 0, cell[n] & 0xC0 == 0x80 { n -= 1 }
            arena.append(contentsOf: UnsafeBufferPointer(rebasing: cell[..<n]))
            length = n
        }
        issues.append(CellIssue(row: row, field: Int32(field), column: Int32(column), kind: kind, constraint: UInt8(constraint),
                                cellStart: start, cellLength: Int32(length)))
    }

    func addRuleFindings(_ list: [Finding]) {
        for f in list {
            count(f.severity)
            if !isFull { rules.append(f) }
        }
    }

    /// Appends another store's cell findings (a checked batch), respecting the limit.
    func append(_ other: FindingStore) {
        errorCount += other.errorCount
        warningCount += other.warningCount
        infoCount += other.infoCount
        for f in other.general where !isFull { general.append(f) }
        let shift = arena.count
        var copiedArena = false
        for i in other.issues {
            if isFull { break }
            if !copiedArena { arena.append(contentsOf: other.arena); copiedArena = true }
            var moved = i
            moved.cellStart += shift
            issues.append(moved)
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

    func cellText(_ i: CellIssue) -> String {
        let s = String(decoding: arena[i.cellStart..<(i.cellStart + Int(i.cellLength))], as: UTF8.self)
        return s
    }

    var issueCount: Int { issues.count }
    func issue(_ k: Int) -> CellIssue { issues[k] }
}
