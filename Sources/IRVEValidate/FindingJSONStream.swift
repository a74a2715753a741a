import IRVEFiles
import IRVEFindings
import IRVESchema

/// The findings of a result as the JSON objects of a report (`JSONBytes.finding`), in the order of
/// `FindingStream`. The records of the per-row rule and cross-row logs go from their bytes straight to
/// JSON, never becoming `Finding`s: a million rows give millions of them, and each `String` decoded,
/// copied and escaped again cost more than the rest of the check. Each of the three logs is turned
/// into JSON on a thread of its own (`JSONSource`), ahead of the report.
public struct FindingJSONStream {
    private var general: IndexingIterator<[Finding]>
    private var rest: IndexingIterator<[Finding]>
    private let logs: JSONSources
    /// The chunk being read of each log, and the index of its next object (nil: the log is done).
    private var chunks: [JSONSource.Chunk]
    private var next: [Int?]
    /// The next finding of the later stages, as an object, and its row (nil once they are done).
    private var restObject = JSONBytes(capacity: 1 << 10)
    private var restRow: Int?
    private var started = false
    private var message = RepeatedString()

    init(result: ValidationResult, lang: Language) {
        let store = result.findings
        let fields = result.schema?.schema.fields ?? []
        let labels = result.header?.labels ?? []
        general = store.general.makeIterator()
        rest = store.unordered.sorted { ($0.rowNumber ?? 0) < ($1.rowNumber ?? 0) }.makeIterator()
        let cells = JSONSource((store.cellLog.makeReader(), MessageMemo(), RepeatedString())) { s, j in
            guard let (issue, cell) = FindingCoding.cell(&s.0) else { return nil }
            let f = ValidationResult.materialize(
                issue, cell: cell, fields: fields, labels: labels, lang: lang, memo: &s.1)
            j.finding(f, message: &s.2)
            return f.rowNumber ?? 0
        }
        func coded(_ log: SpillLog) -> JSONSource {
            JSONSource((log.makeReader(), RepeatedLiterals())) { s, j in FindingCoding.json(&s.0, last: &s.1, into: &j)
            }
        }
        logs = JSONSources([cells, coded(store.ruleLog), coded(store.lateLog)])
        chunks = Array(repeating: JSONSource.Chunk(), count: 3)
        next = [nil, nil, nil]
    }

    /// Moves log `k` to its next object, waiting for its next chunk when this one is read.
    private mutating func advance(_ k: Int) {
        if let i = next[k], i + 1 < chunks[k].rows.count {
            next[k] = i + 1
            return
        }
        chunks[k] = logs.sources[k].next()
        next[k] = chunks[k].rows.isEmpty ? nil : 0
    }

    private mutating func pullRest() {
        restObject.bytes.removeAll(keepingCapacity: true)
        restRow = rest.next().map { f in
            restObject.finding(f, message: &message)
            return f.rowNumber ?? 0
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
            for k in 0..<3 { advance(k) }
            pullRest()
        }
        // The lowest row; the earliest source on a tie (cells first, later stages last).
        var best = -1
        var bestRow = 0
        for k in 0..<3 {
            guard let i = next[k] else { continue }
            let row = chunks[k].rows[i]
            if best < 0 || row < bestRow {
                best = k
                bestRow = row
            }
        }
        if let row = restRow, best < 0 || row < bestRow {
            j.raw(separator)
            j.bytes.append(contentsOf: restObject.bytes)
            pullRest()
            return true
        }
        guard best >= 0, let i = next[best] else { return false }
        j.raw(separator)
        let start = i == 0 ? 0 : chunks[best].ends[i - 1]
        chunks[best].json.bytes.withUnsafeBufferPointer {
            j.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<chunks[best].ends[i]]))
        }
        advance(best)
        return true
    }
}
