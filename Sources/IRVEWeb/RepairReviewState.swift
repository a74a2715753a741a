import Foundation
import IRVEFindings
import IRVERepair

/// One upload's review of its repairs (under its session's lock): what `irve fix` proposes, the
/// visitor's choices and typed values, and the cells the last applied choice left in error.
final class ReviewState: @unchecked Sendable {
    /// The proposals per language (the geographic evidence is worded).
    var plans: [Language: ReviewPlan] = [:]
    var selection = RepairSelection()
    /// Typed values: input row → field → value.
    var edits: [Int: [String: String]] = [:]
    /// The recheck of each typed value, by `row/field` of the repaired file.
    var results: [String: EditResult] = [:]
    var applied: AppliedReview?
    /// The choices changed since `applied` was made.
    var stale = false
}

/// The changes a plan proposes, summed up once: the optional ones are listed by page from the log.
struct ReviewPlan {
    let summary: RepairSummary
    let optionalCount: Int
    /// Input rows of the blank rows removed (to map rows of the repaired file back).
    let blankRows: [Int]
    /// The first layout changes (header, dropped columns, blank rows), and how many there are.
    let layout: [Change]
    let layoutCount: Int
    /// Optional changes per rule, in the order rules first appear.
    let rules: [(rule: RepairCode, count: Int)]

    static let layoutShown = 50

    init(_ summary: RepairSummary) {
        self.summary = summary
        var optional = 0
        var blank: [Int] = []
        var layout: [Change] = []
        var layoutCount = 0
        var order: [RepairCode] = []
        var counts: [RepairCode: Int] = [:]
        for c in summary.changes {
            if RepairSelection.isOptional(c) {
                optional += 1
                if counts[c.rule] == nil { order.append(c.rule) }
                counts[c.rule, default: 0] += 1
            } else {
                layoutCount += 1
                if layout.count < Self.layoutShown { layout.append(c) }
                if c.rule == .blankRowRemoved { blank.append(c.row) }
            }
        }
        optionalCount = optional
        blankRows = blank.sorted()
        self.layout = layout
        self.layoutCount = layoutCount
        rules = order.map { ($0, counts[$0] ?? 0) }
    }

    /// The optional changes of page `page` (from 1), in the log's order.
    func page(_ page: Int, size: Int) -> [Change] {
        let skip = (page - 1) * size
        var k = 0
        var out: [Change] = []
        for c in summary.changes where RepairSelection.isOptional(c) {
            defer { k += 1 }
            if k < skip { continue }
            out.append(c)
            if out.count == size { break }
        }
        return out
    }

    func pages(size: Int) -> Int { max(1, (optionalCount + size - 1) / size) }
}

/// A typed value checked again: still in error or not, and why.
struct EditResult {
    let value: String
    let messages: [String]
    var valid: Bool { messages.isEmpty }
}

/// One cell of the repaired file still in error (row of the repaired file).
struct CellInError {
    let row: Int
    let field: String
    let value: String
    var messages: [String]
    var key: String { "\(row)/\(field)" }
}

/// The last choices applied: how many changes, and the cells the check still finds in error.
struct AppliedReview {
    let changes: Int
    let cells: [CellInError]
    let cellCount: Int
    /// The repaired file those cells are in (the rows of a typed value are read there).
    let output: String
}
