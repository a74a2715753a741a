import IRVEFindings
import IRVERead

/// Runs the registry's row rules on each row. One instance per worker thread; it also fills the
/// compact extract the cross-row rules consume.
public final class RowRules: @unchecked Sendable {
    let columns: RuleColumns
    let context: RuleContext
    private let rules: [any RowRule]
    /// Kept from row to row: the findings of a row are swapped in and out, nothing is retained per row.
    private var out: RowFindings
    /// Today as `yyyymmdd`.
    private let today: Int

    public init(labels: [String], context: RuleContext) {
        let columns = RuleColumns(labels: labels)
        self.columns = columns
        self.context = context
        rules = RuleRegistry.rowRules.map { $0.init(columns: columns) }
        out = RowFindings(row: 0, labels: columns.labels, context: context)
        today = context.today.year * 10000 + context.today.month * 100 + context.today.day
    }

    public func check(_ row: RowView, into findings: inout [Finding], extracts: inout RowExtracts) {
        let cells = RuleRow(view: row, power: power(row), connectors: connectors(row), today: today)
        out.row = row.number
        swap(&out.list, &findings)
        // By index: a `for … in` would copy each existential out of the array, on every row.
        for i in rules.indices { rules[i].check(cells, into: &out) }
        swap(&out.list, &findings)
        extract(cells, into: &extracts)
    }

    /// A bit per connector type that is `true`; 0xFF when one of them is not a boolean.
    private func connectors(_ row: RowView) -> UInt8 {
        var connectors: UInt8 = 0
        for (k, column) in columns.connectors.enumerated() {
            guard let v = CellBytes.boolean(cell(row, column)) else { return 0xFF }
            if v { connectors |= 1 << k }
        }
        return connectors
    }

    private func power(_ row: RowView) -> Double {
        let bytes = cell(row, columns.power)
        guard bytes.count > 0, let p = CellBytes.number(bytes), p.isFinite else { return .nan }
        return p
    }

    @inline(__always)
    private func cell(_ row: RowView, _ column: Int?) -> UnsafeBufferPointer<UInt8> {
        guard let column, column < row.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return row[column]
    }

    /// What the cross-row rules need from the row.
    private func extract(_ cells: RuleRow, into extracts: inout RowExtracts) {
        let row = cells.view
        extracts.rows.append(Int32(truncatingIfNeeded: row.number))
        let pdcBytes = cells.cell(columns.pdc)
        if pdcBytes.count > 0, !CellBytes.equals(pdcBytes, "Non concerné") {
            extracts.pdcHash.append(FNV.hash64(pdcBytes))
            var prefix = pdcBytes.count
            while prefix > 0, CellBytes.isDigit(pdcBytes[prefix - 1]) { prefix -= 1 }
            extracts.pdcPrefixHash.append(FNV.hash64(UnsafeBufferPointer(rebasing: pdcBytes[..<prefix])))
        } else {
            extracts.pdcHash.append(0)
            extracts.pdcPrefixHash.append(0)
        }
        extracts.stationHash.append(stationHash(row) ?? 0)
        for column in columns.stationColumns {
            if let column, column < row.count {
                extracts.columnHashes.append(FNV.hash32(row[column]))
            } else {
                extracts.columnHashes.append(0)
            }
        }
        extracts.power.append(cells.power)
        extracts.connectors.append(cells.connectors)
        let nbre = cells.cell(columns.nbre)
        extracts.nbrePdc.append(
            nbre.count > 0
                ? (CellBytes.number(nbre).flatMap { $0 == $0.rounded() && abs($0) < 1e9 ? Int32($0) : nil } ?? -1) : -1)
    }

    /// The station a row belongs to: its itinerance id, else its local id, else name + address.
    public func stationKey(_ row: RowView) -> (hash: UInt64, label: String)? {
        guard let hash = stationHash(row) else { return nil }
        let label =
            filled(row, columns.station).flatMap { CellBytes.equals($0, "Non concerné") ? nil : $0 }
            ?? filled(row, columns.stationLocal) ?? filled(row, columns.nomStation)
        return (hash, label.map { String(decoding: $0, as: UTF8.self) } ?? "")
    }

    /// The charge point id of a row, as written.
    public func pdcId(_ row: RowView) -> String? {
        guard let i = columns.pdc, i < row.count else { return nil }
        return row.string(i)
    }

    func stationHash(_ row: RowView) -> UInt64? {
        if let station = filled(row, columns.station), !CellBytes.equals(station, "Non concerné") {
            return FNV.hash64(station)
        }
        if let local = filled(row, columns.stationLocal) { return FNV.hash64(local) ^ 0x9E37_79B9_7F4A_7C15 }
        if let name = filled(row, columns.nomStation), let address = filled(row, columns.adresse) {
            return (FNV.hash64(name) &* 31) ^ FNV.hash64(address) ^ 0x5851_F42D_4C95_7F2D
        }
        return nil
    }

    /// A cell that is present and not empty.
    private func filled(_ row: RowView, _ i: Int?) -> UnsafeBufferPointer<UInt8>? {
        guard let i, i < row.count, row[i].count > 0 else { return nil }
        return row[i]
    }

    /// The cell of a named column on a row (for the pass that collects incoherent values).
    public func value(_ row: RowView, column name: String) -> String? {
        guard let i = columns[name], i < row.count else { return nil }
        return row.string(i)
    }
}
