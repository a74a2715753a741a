import IRVEFiles
import IRVEFindings
import IRVESchema

/// The findings of a result in file order, read back from the store's logs as they are walked.
///
/// General findings come first, then the four row-ordered sources (cell findings, per-row rule
/// findings, cross-row findings, later stages) merged by row, cells first on a tie.
public struct FindingStream: Sequence, IteratorProtocol {
    private let fields: [Field]
    private let labels: [String]
    private let lang: Language
    private var general: IndexingIterator<[Finding]>
    private var cellReader: SpillLog.Reader
    private var ruleReader: SpillLog.Reader
    private var lateReader: SpillLog.Reader
    private var rest: IndexingIterator<[Finding]>
    private var heads: [Finding?] = [nil, nil, nil, nil]
    private var started = false
    private var memo = MessageMemo()
    private var ruleStrings = RepeatedStrings()
    private var lateStrings = RepeatedStrings()

    init(result: ValidationResult, lang: Language) {
        let store = result.findings
        fields = result.schema?.schema.fields ?? []
        labels = result.header?.labels ?? []
        self.lang = lang
        general = store.general.makeIterator()
        cellReader = store.cellLog.makeReader()
        ruleReader = store.ruleLog.makeReader()
        lateReader = store.lateLog.makeReader()
        rest = store.unordered.sorted { ($0.rowNumber ?? 0) < ($1.rowNumber ?? 0) }.makeIterator()
    }

    private mutating func pull(_ k: Int) {
        switch k {
        case 0:
            heads[0] = FindingCoding.cell(&cellReader).map {
                ValidationResult.materialize($0.0, cell: $0.1, fields: fields, labels: labels, lang: lang, memo: &memo)
            }
        case 1: heads[1] = FindingCoding.finding(&ruleReader, last: &ruleStrings)
        case 2: heads[2] = FindingCoding.finding(&lateReader, last: &lateStrings)
        default: heads[3] = rest.next()
        }
    }

    public mutating func next() -> Finding? {
        if let g = general.next() { return g }
        if !started {
            started = true
            for k in 0..<4 { pull(k) }
        }
        var best = -1
        var bestRow = 0
        for k in 0..<4 {
            guard let row = heads[k].map({ $0.rowNumber ?? 0 }) else { continue }
            if best < 0 || row < bestRow {
                best = k
                bestRow = row
            }
        }
        guard best >= 0, let next = heads[best] else { return nil }
        pull(best)
        return next
    }
}

/// The messages of cell findings that depend only on the kind, field, constraint and cell (not on the
/// row), kept for short cells: a million rows with the same empty required cell build one sentence.
struct MessageMemo {
    private struct Key: Hashable {
        var kind: UInt8
        var field: Int32
        var constraint: UInt8
        var cell: String
    }
    private var entries: [Key: String] = [:]
    static let maxEntries = 4096
    static let maxCellBytes = 64

    mutating func message(_ i: FindingStore.CellIssue, _ cell: String, _ make: () -> String) -> String {
        guard cell.utf8.count <= Self.maxCellBytes else { return make() }
        let key = Key(kind: i.kind.rawValue, field: i.field, constraint: i.constraint, cell: cell)
        if let m = entries[key] { return m }
        let m = make()
        if entries.count >= Self.maxEntries { entries.removeAll(keepingCapacity: true) }
        entries[key] = m
        return m
    }
}
