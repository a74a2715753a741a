import IRVEFiles
import IRVEFindings

/// The layout of findings in a `SpillLog`: fixed-width integers and length-prefixed strings.
enum FindingCoding {
    static func put(_ i: FindingStore.CellIssue, cell: UnsafeBufferPointer<UInt8>, into b: inout [UInt8]) {
        b.putInt(i.row)
        b.putInt(Int(i.field))
        b.putInt(Int(i.column))
        b.append(i.kind.rawValue)
        b.append(i.constraint)
        b.putInt(cell.count)
        b.append(contentsOf: cell)
    }

    /// The next cell finding and its (cut) cell text; nil at the end.
    static func cell(_ r: inout SpillLog.Reader) -> (FindingStore.CellIssue, String)? {
        guard let row = r.int(), let field = r.int(), let column = r.int(), let kindByte = r.byte(),
            let constraint = r.byte(), let kind = FindingStore.Kind(rawValue: kindByte), let text = r.string()
        else { return nil }
        let issue = FindingStore.CellIssue(
            row: row, field: Int32(truncatingIfNeeded: field),
            column: Int32(truncatingIfNeeded: column), kind: kind,
            constraint: constraint, cellStart: 0, cellLength: 0)
        return (issue, text)
    }

    /// Writes `f`; a string equal to the same string of the previous record of the log (`last`) is one
    /// byte (a million rows of one duplicated id repeat the same message a million times).
    static func put(_ f: Finding, into b: inout [UInt8], last: inout RepeatedStrings) {
        last.put(f.type.rawValue, .type, into: &b)
        b.append(severityCode(f.severity))
        b.putInt(f.rowNumber ?? Int.min)
        last.put(f.fieldName, .fieldName, into: &b)
        b.putInt(f.fieldNumber ?? Int.min)
        last.put(f.cell, .cell, into: &b)
        last.put(f.constraint, .constraint, into: &b)
        last.put(f.message, .message, into: &b)
        if let p = f.proposedChange {
            b.append(1)
            last.put(p.newValue, .newValue, into: &b)
            last.put(p.rule.rawValue, .rule, into: &b)
            b.append(confidenceCode(p.confidence))
        } else {
            b.append(0)
        }
    }

    /// The next finding of a log written by `put(_:into:last:)`; nil at the end (or on a cut record).
    static func finding(_ r: inout SpillLog.Reader, last: inout RepeatedStrings) -> Finding? {
        guard let type = last.read(.type, &r) ?? nil, let severity = r.byte().flatMap(severity),
            let row = r.int(), let fieldName = last.read(.fieldName, &r), let fieldNumber = r.int(),
            let cell = last.read(.cell, &r), let constraint = last.read(.constraint, &r),
            let message = last.read(.message, &r) ?? nil, let hasProposal = r.byte()
        else { return nil }
        var proposal: ProposedChange?
        if hasProposal == 1 {
            guard let value = last.read(.newValue, &r) ?? nil, let rule = last.read(.rule, &r) ?? nil,
                let confidence = r.byte().flatMap(confidence)
            else { return nil }
            proposal = ProposedChange(newValue: value, rule: RepairCode(rawValue: rule), confidence: confidence)
        }
        return Finding(
            type: FindingCode(rawValue: type), severity: severity, rowNumber: row == Int.min ? nil : row,
            fieldName: fieldName,
            fieldNumber: fieldNumber == Int.min ? nil : fieldNumber, cell: cell, constraint: constraint,
            message: message, proposedChange: proposal)
    }

    /// The next finding of a log written by `put(_:into:last:)`, written into `j` as its JSON object
    /// (`JSONBytes.finding`) straight from the log's bytes, without becoming a `Finding`. Its row
    /// number (0 when none); nil, and nothing written, at the end (or on a cut record).
    static func json(_ r: inout SpillLog.Reader, last: inout RepeatedLiterals, into j: inout JSONBytes) -> Int? {
        let start = j.bytes.count
        guard let row = record(&r, last: &last, into: &j) else {
            j.bytes.removeLast(j.bytes.count - start)
            return nil
        }
        return row
    }

    private static func record(_ r: inout SpillLog.Reader, last: inout RepeatedLiterals, into j: inout JSONBytes)
        -> Int?
    {
        j.raw("{\"type\":")
        guard last.json(.type, &r, into: &j, required: true), let severity = r.byte().flatMap(severity),
            let row = r.int()
        else { return nil }
        j.raw(",\"severity\":")
        j.string(severity.rawValue)
        j.raw(",\"rowNumber\":")
        j.int(row == Int.min ? nil : row)
        j.raw(",\"fieldName\":")
        guard last.json(.fieldName, &r, into: &j), let fieldNumber = r.int() else { return nil }
        j.raw(",\"fieldNumber\":")
        j.int(fieldNumber == Int.min ? nil : fieldNumber)
        j.raw(",\"cell\":")
        guard last.json(.cell, &r, into: &j) else { return nil }
        j.raw(",\"constraint\":")
        guard last.json(.constraint, &r, into: &j) else { return nil }
        j.raw(",\"message\":")
        guard last.json(.message, &r, into: &j, required: true), let hasProposal = r.byte() else { return nil }
        if hasProposal == 1 {
            j.raw(",\"proposedChange\":{\"newValue\":")
            guard last.json(.newValue, &r, into: &j, required: true) else { return nil }
            j.raw(",\"rule\":")
            guard last.json(.rule, &r, into: &j, required: true), let confidence = r.byte().flatMap(confidence)
            else { return nil }
            j.raw(",\"confidence\":")
            j.string(confidence.rawValue)
            j.raw("}")
        }
        j.raw("}")
        return row == Int.min ? 0 : row
    }

    private static func severityCode(_ s: Severity) -> UInt8 {
        switch s {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    private static func confidenceCode(_ c: ProposedChange.Confidence) -> UInt8 {
        switch c {
        case .certain: 0
        case .likely: 1
        case .guess: 2
        }
    }

    private static func confidence(_ code: UInt8) -> ProposedChange.Confidence? {
        switch code {
        case 0: .certain
        case 1: .likely
        case 2: .guess
        default: nil
        }
    }

    private static func severity(_ code: UInt8) -> Severity? {
        switch code {
        case 0: .info
        case 1: .warning
        case 2: .error
        default: nil
        }
    }
}

/// The strings of the previous record of a log, on the writing side and on the reading side alike:
/// a string that repeats the previous record's is stored as one byte and read back as the same
/// `String` (no copy, no allocation).
struct RepeatedStrings {
    enum Slot: Int, CaseIterable { case type, fieldName, cell, constraint, message, newValue, rule }
    private var values = [String?](repeating: nil, count: Slot.allCases.count)

    fileprivate static let absent: UInt8 = 0
    fileprivate static let written: UInt8 = 1
    fileprivate static let repeated: UInt8 = 2

    mutating func put(_ s: String?, _ slot: Slot, into b: inout [UInt8]) {
        guard let s else { return b.append(Self.absent) }
        if let previous = values[slot.rawValue], previous == s { return b.append(Self.repeated) }
        b.append(Self.written)
        b.putString(s)
        values[slot.rawValue] = s
    }

    /// `.some(nil)` for an absent string; nil at the end of the log or on a record that makes no sense.
    mutating func read(_ slot: Slot, _ r: inout SpillLog.Reader) -> String?? {
        switch r.byte() {
        case Self.absent: return .some(nil)
        case Self.written:
            guard let s = r.string() else { return nil }
            values[slot.rawValue] = s
            return .some(s)
        case Self.repeated:
            guard let s = values[slot.rawValue] else { return nil }
            return .some(s)
        default: return nil
        }
    }
}

/// The reading side of `RepeatedStrings` for a JSON report: the JSON literals of the previous record's
/// strings, so that a repeated string is copied as its literal (escaped once, never decoded).
struct RepeatedLiterals {
    typealias Slot = RepeatedStrings.Slot
    private var values = [[UInt8]?](repeating: nil, count: Slot.allCases.count)

    /// Writes the slot's string (`null` when absent, unless `required`); false on a record that makes
    /// no sense or at the end of the log.
    mutating func json(_ slot: Slot, _ r: inout SpillLog.Reader, into j: inout JSONBytes, required: Bool = false)
        -> Bool
    {
        switch r.byte() {
        case RepeatedStrings.absent:
            guard !required else { return false }
            j.raw("null")
            return true
        case RepeatedStrings.written:
            guard let n = r.int(), let text = r.bytes(n) else { return false }
            let start = j.bytes.count
            text.withUnsafeBufferPointer { j.string(utf8: $0) }
            var literal = values[slot.rawValue] ?? []
            values[slot.rawValue] = nil  // (keeps `literal` uniquely referenced)
            literal.removeAll(keepingCapacity: true)
            literal.append(contentsOf: j.bytes[start...])
            values[slot.rawValue] = literal
            return true
        case RepeatedStrings.repeated:
            guard let literal = values[slot.rawValue] else { return false }
            j.bytes.append(contentsOf: literal)
            return true
        default: return false
        }
    }
}
