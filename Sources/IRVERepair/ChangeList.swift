import IRVEFiles
import IRVEFindings

/// The changes of one `irve fix` run, in order, kept in a `SpillLog`: a million changes cost disk,
/// not memory. Counts per rule are exact and kept apart, for the summary line.
public final class ChangeList: Sequence {
    private let log = SpillLog()
    public private(set) var count = 0
    /// How many changes each rule made.
    public private(set) var countsByRule: [String: Int] = [:]

    public init() {}

    public init(_ changes: [Change]) {
        for c in changes { append(c) }
    }

    /// Whether the temporary file behind the list could not be written (the list is then cut).
    public var failed: Bool { log.failed }
    public var isEmpty: Bool { count == 0 }

    public func append(_ c: Change) {
        countsByRule[c.rule, default: 0] += 1
        count += 1
        log.append { b in
            b.putInt(c.row)
            b.putString(c.column)
            b.putString(c.before)
            b.putString(c.after)
            b.putString(c.rule)
            b.putString(c.confidence.rawValue)
            b.putString(c.evidence)
        }
    }

    public func append(contentsOf changes: [Change]) {
        for c in changes { append(c) }
    }

    func removeAll() {
        log.removeAll()
        count = 0
        countsByRule = [:]
    }

    public func makeIterator() -> Iterator { Iterator(reader: log.makeReader()) }

    public struct Iterator: IteratorProtocol {
        var reader: SpillLog.Reader

        public mutating func next() -> Change? {
            guard let row = reader.int(), let column = reader.string(), let before = reader.string(),
                let after = reader.string(), let rule = reader.string(),
                let confidence = reader.string().flatMap(ProposedChange.Confidence.init(rawValue:)),
                let evidence = reader.string()
            else { return nil }
            return Change(
                row: row, column: column, before: before, after: after, rule: rule, confidence: confidence,
                evidence: evidence)
        }
    }
}
