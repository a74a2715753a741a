import IRVEFindings
import IRVERead

/// A rule that checks one row, on its bytes. Built once per file (and worker) from the columns; its
/// `check` runs on every row, so the clean path reads bytes and allocates nothing: texts are made
/// only for the findings.
protocol RowRule: CataloguedRule, Sendable {
    init(columns: RuleColumns)
    func check(_ row: RuleRow, into out: inout RowFindings)
    /// The columns `check` reads (`RuleRow.power` and `connectors` included): its findings depend
    /// on these cells' bytes alone, so a row that repeats them all after a row without findings is
    /// not checked again (`RowRules`).
    var reads: [Int?] { get }
}

/// One row as the row rules see it: its cells, and what the driver reads once for several rules.
struct RuleRow {
    let view: RowView
    /// `puissance_nominale` as a number; `.nan` when empty, unreadable or infinite.
    let power: Double
    /// A bit per connector type of `RuleColumns.connectorNames`; 0xFF when one is unreadable.
    let connectors: UInt8
    /// Today as `yyyymmdd`, the form `CellBytes.isoDate` gives.
    let today: Int

    /// The bytes of a cell; empty for an absent column or a short row.
    @inline(__always)
    func cell(_ column: Int?) -> UnsafeBufferPointer<UInt8> {
        guard let column, column < view.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return view[column]
    }

    /// The text of a cell (for a finding).
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }
}

/// Where the row rules put their findings: only the enabled codes become findings, with the
/// catalogue's severity.
struct RowFindings {
    var list: [Finding] = []
    var row: Int
    let labels: [String]
    let context: RuleContext

    mutating func add(
        _ code: RuleCode, _ column: Int?, _ value: String?, _ facts: RowRuleFacts, proposal: String? = nil,
        confidence: ProposedChange.Confidence = .likely
    ) {
        let type = code.rawValue
        guard context.enabled(type) else { return }
        list.append(
            Finding(
                type: .rule(code), severity: context.severity(code), rowNumber: row,
                fieldName: column.map { labels[$0] }, fieldNumber: column.map { $0 + 1 }, cell: value,
                facts: .row(facts),
                proposedChange: proposal.map { ProposedChange(newValue: $0, rule: .rule(code), confidence: confidence) }
            ))
    }
}
