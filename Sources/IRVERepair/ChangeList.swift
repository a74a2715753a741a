import IRVEFiles
import IRVEFindings

/// The changes of one `irve fix` run, in order, kept in a `SpillLog`: a million changes cost disk,
/// not memory. Counts per rule are exact and kept apart, for the summary line.
public final class ChangeList: Sequence {
    private let log = SpillLog()
    public private(set) var count = 0
    /// How many changes each rule made.
    public private(set) var countsByRule: [RepairCode: Int] = [:]

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
        log.append { Self.encode(c, into: &$0) }
    }

    /// Changes gathered apart (on a worker thread), already laid out as the list keeps them.
    public struct Batch {
        fileprivate var bytes: [UInt8] = []
        public private(set) var count = 0
        fileprivate var countsByRule: [RepairCode: Int] = [:]

        public init() {}

        public mutating func append(_ c: Change) {
            countsByRule[c.rule, default: 0] += 1
            count += 1
            ChangeList.encode(c, into: &bytes)
        }
    }

    /// Appends a batch's changes after those already in the list, in the batch's order.
    public func append(contentsOf batch: Batch) {
        guard batch.count > 0 else { return }
        count += batch.count
        countsByRule.merge(batch.countsByRule, uniquingKeysWith: +)
        log.append { $0.append(contentsOf: batch.bytes) }
    }

    private static func encode(_ c: Change, into b: inout [UInt8]) {
        b.putInt(c.row)
        b.putString(c.column)
        b.putString(c.before)
        b.putString(c.after)
        b.putString(c.rule.rawValue)
        b.putString(c.confidence.rawValue)
        b.putString(c.evidence)
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

    /// The changes as stored, for writers that copy their texts without decoding them.
    public func makeRawIterator() -> RawIterator { RawIterator(reader: log.makeReader()) }

    public struct RawIterator {
        var reader: SpillLog.Reader

        /// The next change's row, with its six texts (column, before, after, rule, confidence,
        /// evidence) as UTF-8 into `texts` and where each ends into `ends`; nil after the last
        /// whole change, as `Iterator` stops.
        public mutating func next(texts: inout [UInt8], ends: inout [Int]) -> Int? {
            texts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            guard let row = reader.int() else { return nil }
            for k in 0..<6 {
                guard let n = reader.int(), let b = reader.bytes(n) else { return nil }
                // The confidence is read back as `Iterator` reads it: an unknown one ends the list.
                if k == 4, ProposedChange.Confidence(rawValue: String(decoding: b, as: UTF8.self)) == nil { return nil }
                texts.append(contentsOf: b)
                ends.append(texts.count)
            }
            return row
        }
    }

    public struct Iterator: IteratorProtocol {
        var reader: SpillLog.Reader

        public mutating func next() -> Change? {
            guard let row = reader.int(), let column = reader.string(), let before = reader.string(),
                let after = reader.string(), let rule = reader.string(),
                let confidence = reader.string().flatMap(ProposedChange.Confidence.init(rawValue:)),
                let evidence = reader.string()
            else { return nil }
            return Change(
                row: row, column: column, before: before, after: after, rule: RepairCode(rawValue: rule),
                confidence: confidence,
                evidence: evidence)
        }
    }
}
