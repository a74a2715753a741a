import IRVEFindings
import IRVERead

/// `id_pdc_itinerance` written on several rows (« Non concerné » excepted): every row of a duplicated
/// id gets a finding citing the first rows and the count.
final class DuplicateIdRule: StationRule {
    static let entries = [Rule(.duplicateIdPdc, .error, example: ("id_pdc_itinerance", "FRXYZE00011"))]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 10
    // The facts of its findings: cases of StationRuleFacts, copied there by Scripts/generate-rules.py
    // facts: case duplicateId(id: String, count: Int, rows: RowList)

    /// How many rows a message cites before giving the count of the others.
    static let citedRows = 3

    // Each id (its hash) numbered in order of first row, with that row: 8 bytes an id in pages, a
    // 4-byte slot, and a bit per row for the first rows, which increase (a million ids: 16 MB, where
    // 4-byte first rows took 20 and a `[UInt64: Int32]` 25, 37 while it grew). The duplicated ones
    // with all their rows, in order of first duplicate.
    private var ids = PagedArray<UInt64>()
    private var firstRows = IncreasingRows()
    private var idIndex = HashIndex()
    private var duplicates: [UInt64: [Int32]] = [:]
    private var duplicateOrder: [UInt64] = []

    init() {}

    func consume(_ e: RowExtracts, _ slots: StationSlots) {
        for r in 0..<e.count {
            let id = e.pdcHash[r]
            guard id != 0 else { continue }
            let row = e.rows[r]
            if let k = idIndex.find(id, in: ids) {
                if duplicates[id] == nil {
                    // Rows come in file order, so the first rows increase (past 2^31 rows, where the
                    // numbers wrap, the row at hand stands in).
                    duplicates[id] = [firstRows[k] ?? row]
                    duplicateOrder.append(id)
                }
                duplicates[id, default: []].append(row)
            } else {
                ids.append(id)
                firstRows.append(row)
                idIndex.insert(number: ids.count - 1, of: ids)
            }
        }
    }

    func quotedRows(_ stations: StationTable, into rows: inout [Int32]) {
        for id in duplicateOrder { if let first = duplicates[id]?.first { rows.append(first) } }
    }

    func findings(_ input: StationFindingsInput) -> AnyIterator<Finding> {
        // Rows of the duplicated ids, sorted, each with its id (8 bytes a row).
        var order: [(row: Int32, id: Int32)] = []
        for (k, id) in duplicateOrder.enumerated() {
            for r in duplicates[id] ?? [] { order.append((r, Int32(truncatingIfNeeded: k))) }
        }
        order.sort { $0.row < $1.row }
        var next = 0
        var last: (id: Int32, finding: Finding)?
        return AnyIterator {
            while next < order.count {
                next += 1
                if let f = self.finding(order[next - 1], input, last: &last) { return f }
            }
            return nil
        }
    }

    /// The finding of one row of a duplicated id. Its message depends on the id only: `last`, the
    /// previous finding, gives it again when the same id comes next (a million rows of one id).
    private func finding(
        _ entry: (row: Int32, id: Int32), _ input: StationFindingsInput, last: inout (id: Int32, finding: Finding)?
    ) -> Finding? {
        guard input.context.enabled(RuleCode.duplicateIdPdc.rawValue), Int(entry.id) < duplicateOrder.count,
            let d = duplicates[duplicateOrder[Int(entry.id)]], let first = d.first
        else { return nil }
        if var f = last?.finding, last?.id == entry.id {
            f.rowNumber = Int(entry.row)
            return f
        }
        let text = input.quotes[Int(first)]?.pdc ?? "?"
        let f = input.finding(
            .duplicateIdPdc, row: Int(entry.row), field: "id_pdc_itinerance", cell: text,
            .duplicateId(id: text, count: d.count, rows: RowList(d, citing: Self.citedRows)))
        if let f { last = (entry.id, f) }
        return f
    }
}
