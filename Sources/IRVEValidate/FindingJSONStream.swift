import IRVEFiles
import IRVEFindings
import IRVESchema

/// The findings of a result as the JSON objects of a report (`JSONBytes.finding`), in the order of
/// `FindingStream`. The records of the per-row rule and cross-row logs go from their bytes straight to
/// JSON, never becoming `Finding`s: a million rows give millions of them, and each `String` decoded,
/// copied and escaped again cost more than the rest of the check.
public struct FindingJSONStream {
    private let fields: [Field]
    private let labels: [String]
    private let lang: Language
    private var general: IndexingIterator<[Finding]>
    private var cellReader: SpillLog.Reader
    private var ruleReader: SpillLog.Reader
    private var lateReader: SpillLog.Reader
    private var rest: IndexingIterator<[Finding]>
    /// Each source's next object and its row (nil once the source is done).
    private var rows: [Int?] = [nil, nil, nil, nil]
    private var objects = [JSONBytes](repeating: JSONBytes(capacity: 1 << 10), count: 4)
    private var started = false
    private var memo = MessageMemo()
    private var message = RepeatedString()
    private var ruleLiterals = RepeatedLiterals()
    private var lateLiterals = RepeatedLiterals()

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
        objects[k].bytes.removeAll(keepingCapacity: true)
        switch k {
        case 0:
            rows[0] = FindingCoding.cell(&cellReader).map { issue, cell in
                let f = ValidationResult.materialize(
                    issue, cell: cell, fields: fields, labels: labels, lang: lang, memo: &memo)
                objects[0].finding(f, message: &message)
                return f.rowNumber ?? 0
            }
        case 1: rows[1] = FindingCoding.json(&ruleReader, last: &ruleLiterals, into: &objects[1])
        case 2: rows[2] = FindingCoding.json(&lateReader, last: &lateLiterals, into: &objects[2])
        default:
            rows[3] = rest.next().map { f in
                objects[3].finding(f, message: &message)
                return f.rowNumber ?? 0
            }
        }
    }

    /// Appends `separator` and the next finding's object to `j`; false (and nothing written) at the end.
    public mutating func write(next j: inout JSONBytes, after separator: StaticString) -> Bool {
        if let g = general.next() {
            j.raw(separator)
            j.finding(g, message: &message)
            return true
        }
        if !started {
            started = true
            for k in 0..<4 { pull(k) }
        }
        // The lowest row; the earliest source on a tie (cells first).
        var best = -1
        var bestRow = 0
        for k in 0..<4 {
            guard let row = rows[k] else { continue }
            if best < 0 || row < bestRow {
                best = k
                bestRow = row
            }
        }
        guard best >= 0 else { return false }
        j.raw(separator)
        j.bytes.append(contentsOf: objects[best].bytes)
        pull(best)
        return true
    }
}
