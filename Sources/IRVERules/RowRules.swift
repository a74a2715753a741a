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

    // What is kept of the previous row, for `check(_:into:extracts:repeated:)`: every value below is
    // a function of the bytes of the cells named by its mask alone, so a row that repeats those
    // cells gets the same value. A mask is nil when a column is past the 64 bits of `repeated`.
    private let ruleMasks: [UInt64?]
    private let powerMask: UInt64?
    private let connectorsMask: UInt64?
    private let stationMask: UInt64?
    private let nbreMask: UInt64?
    /// Per station-level column (`RuleColumns.stationColumns`): its bit, nil when absent or past 64.
    private let hashBits: UnsafeMutablePointer<UInt64>
    private let hashCount: Int
    private struct Previous {
        var power = Double.nan
        var connectors: UInt8 = 0
        var stationHash: UInt64 = 0
        var nbrePdc: Int32 = -1
    }
    private var previous = Previous()
    /// The previous row's station-level hashes (`hashCount` of them).
    private let hashes: UnsafeMutablePointer<UInt32>
    /// Per rule: it gave no finding on the previous row.
    private let quiet: UnsafeMutablePointer<Bool>
    /// A previous row was checked (`previous`, `hashes` and `quiet` describe it).
    private var primed = false

    public init(labels: [String], context: RuleContext) {
        let columns = RuleColumns(labels: labels)
        self.columns = columns
        self.context = context
        let rules = RuleRegistry.rowRules.map { $0.init(columns: columns) }
        self.rules = rules
        out = RowFindings(row: 0, labels: columns.labels, context: context)
        today = context.today.year * 10000 + context.today.month * 100 + context.today.day
        ruleMasks = rules.map { Self.mask($0.reads) }
        powerMask = Self.mask([columns.power])
        connectorsMask = Self.mask(columns.connectors)
        stationMask = Self.mask([columns.station, columns.stationLocal, columns.nomStation, columns.adresse])
        nbreMask = Self.mask([columns.nbre])
        hashCount = columns.stationColumns.count
        hashBits = .allocate(capacity: max(hashCount, 1))
        hashes = .allocate(capacity: max(hashCount, 1))
        hashes.initialize(repeating: 0, count: max(hashCount, 1))
        for (j, c) in columns.stationColumns.enumerated() {
            (hashBits + j).initialize(to: c.map { $0 < 64 ? 1 << UInt64($0) : 0 } ?? 0)
        }
        quiet = .allocate(capacity: max(rules.count, 1))
        quiet.initialize(repeating: false, count: max(rules.count, 1))
    }

    deinit {
        hashBits.deallocate()
        hashes.deallocate()
        quiet.deallocate()
    }

    /// The bits of `columns` (absent ones add none); nil when one is past 64.
    static func mask(_ columns: [Int?]) -> UInt64? {
        var m: UInt64 = 0
        for case let c? in columns {
            guard c < 64 else { return nil }
            m |= 1 << UInt64(c)
        }
        return m
    }

    /// Whether every cell of `mask` repeats the previous row's.
    @inline(__always)
    private func repeats(_ mask: UInt64?, _ repeated: UInt64) -> Bool {
        guard primed, let mask else { return false }
        return repeated & mask == mask
    }

    /// Checks a row. `repeated` has bit `c` set when the cell of column `c` is byte for byte the
    /// cell of column `c` of the row given to the previous call (0: nothing known): what depends
    /// only on repeated cells is taken from that row, a rule that gave nothing there is not run.
    public func check(
        _ row: RowView, into findings: inout [Finding], extracts: inout RowExtracts, repeated: UInt64 = 0
    ) {
        if !repeats(powerMask, repeated) { previous.power = power(row) }
        if !repeats(connectorsMask, repeated) { previous.connectors = connectors(row) }
        let cells = RuleRow(view: row, power: previous.power, connectors: previous.connectors, today: today)
        out.row = row.number
        swap(&out.list, &findings)
        // By index: a `for … in` would copy each existential out of the array, on every row.
        for i in rules.indices {
            if quiet[i], repeats(ruleMasks[i], repeated) { continue }
            let before = out.list.count
            rules[i].check(cells, into: &out)
            quiet[i] = out.list.count == before
        }
        swap(&out.list, &findings)
        extract(cells, repeated, into: &extracts)
        primed = true
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
    private func extract(_ cells: RuleRow, _ repeated: UInt64, into extracts: inout RowExtracts) {
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
        if !repeats(stationMask, repeated) { previous.stationHash = stationHash(row) ?? 0 }
        extracts.stationHash.append(previous.stationHash)
        let known = primed ? repeated : 0
        for j in 0..<hashCount where known & hashBits[j] == 0 {
            if let column = columns.stationColumns[j], column < row.count {
                hashes[j] = FNV.hash32(row[column])
            } else {
                hashes[j] = 0
            }
        }
        extracts.columnHashes.append(contentsOf: UnsafeBufferPointer(start: hashes, count: hashCount))
        extracts.power.append(cells.power)
        extracts.connectors.append(cells.connectors)
        if !repeats(nbreMask, repeated) {
            let nbre = cells.cell(columns.nbre)
            previous.nbrePdc =
                nbre.count > 0
                ? (CellBytes.number(nbre).flatMap { $0 == $0.rounded() && abs($0) < 1e9 ? Int32($0) : nil } ?? -1)
                : -1
        }
        extracts.nbrePdc.append(previous.nbrePdc)
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
