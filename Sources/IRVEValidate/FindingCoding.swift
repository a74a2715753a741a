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

    static func put(_ f: Finding, into b: inout [UInt8]) {
        b.putString(f.type.rawValue)
        b.append(severityCode(f.severity))
        b.putInt(f.rowNumber ?? Int.min)
        b.putOptional(f.fieldName)
        b.putInt(f.fieldNumber ?? Int.min)
        b.putOptional(f.cell)
        b.putOptional(f.constraint)
        b.putString(f.message)
        if let p = f.proposedChange {
            b.append(1)
            b.putString(p.newValue)
            b.putString(p.rule.rawValue)
            b.putString(p.confidence.rawValue)
        } else {
            b.append(0)
        }
    }

    static func finding(_ r: inout SpillLog.Reader) -> Finding? {
        guard let type = r.string(), let severity = r.byte().flatMap(severity), let row = r.int(),
            let fieldName = r.optionalString(), let fieldNumber = r.int(), let cell = r.optionalString(),
            let constraint = r.optionalString(), let message = r.string(), let hasProposal = r.byte()
        else { return nil }
        var proposal: ProposedChange?
        if hasProposal == 1 {
            guard let value = r.string(), let rule = r.string(),
                let confidence = r.string().flatMap(ProposedChange.Confidence.init(rawValue:))
            else { return nil }
            proposal = ProposedChange(newValue: value, rule: RepairCode(rawValue: rule), confidence: confidence)
        }
        return Finding(
            type: FindingCode(rawValue: type), severity: severity, rowNumber: row == Int.min ? nil : row,
            fieldName: fieldName,
            fieldNumber: fieldNumber == Int.min ? nil : fieldNumber, cell: cell, constraint: constraint,
            message: message, proposedChange: proposal)
    }

    private static func severityCode(_ s: Severity) -> UInt8 {
        switch s {
        case .info: 0
        case .warning: 1
        case .error: 2
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
