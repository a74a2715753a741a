import Foundation
import IRVEFindings
import IRVERead

/// The station-level columns (name, address, coordinates, operator…) must hold one value per
/// station: a finding per column that holds several, quoting the first values seen.
final class StationCoherenceRule: PerStationRule {
    static let entries = [Rule(.stationIncoherent, .error, example: ("nom_station", "Capitole"))]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 20
    // The facts of its findings: cases of StationRuleFacts, copied there by Scripts/generate-rules.py
    // (the first values seen, and whether there are others).
    // facts: case stationIncoherent(station: String, column: String, values: [SeenValue], others: Bool)

    /// How many distinct values a message quotes.
    static let quotedValues = 5
    static let columnCount = RuleColumns.stationLevel.count

    /// The columns that describe the station itself; the others (operator, contacts, access…) are
    /// mostly shared by the stations of one operator, so each station keeps only the number of
    /// their set of hashes, interned: 28 bytes a station instead of 72.
    static let ownNames: Set = ["nom_station", "adresse_station", "code_insee_commune", "coordonneesXY", "nbre_pdc"]
    static let own = RuleColumns.stationLevel.indices.filter { ownNames.contains(RuleColumns.stationLevel[$0]) }
    static let shared = RuleColumns.stationLevel.indices.filter { !ownNames.contains(RuleColumns.stationLevel[$0]) }

    private var ownHashes = PagedArray<UInt32>()  // own.count per station
    private var sharedSet = PagedArray<UInt32>()  // per station: the number of its shared hashes
    private var incoherent = PagedArray<UInt32>()  // bit per station-level column
    /// The distinct sets of shared-column hashes (shared.count each), numbered in order of arrival,
    /// found by a 64-bit hash of the set.
    private var sets = PagedArray<UInt32>()
    private var setKeys = PagedArray<UInt64>()
    private var setIndex = HashIndex()
    /// Scratch: the shared hashes of the row being consumed.
    private var scratch: [UInt32] = Array(repeating: 0, count: StationCoherenceRule.shared.count)

    init() {}

    func consume(_ e: RowExtracts, _ slots: StationSlots) {
        // The column lists as locals: a static array read in the loop costs a lazy-global check and a
        // retain per access.
        let own = Self.own
        let shared = Self.shared
        // The previous row consumed in this batch, and its station.
        var last = -1
        var lastStation: Int32 = -1
        for r in 0..<e.count where slots.station[r] >= 0 {
            let s = slots.station[r]
            // A row of the station just consumed, with that row's hashes: it would change nothing
            // (a hash known stays known, a column found incoherent stays so).
            if !slots.first[r], s == lastStation, Self.sameHashes(e, r, last) {
                last = r
                continue
            }
            consume(e, r, station: Int(s), first: slots.first[r], own, shared)
            last = r
            lastStation = s
        }
    }

    /// Whether rows `a` and `b` of the batch have the same station-level hashes.
    private static func sameHashes(_ e: RowExtracts, _ a: Int, _ b: Int) -> Bool {
        e.columnHashes.withUnsafeBufferPointer { h in
            let n = columnCount
            guard a >= 0, b >= 0, (a + 1) * n <= h.count, (b + 1) * n <= h.count, let base = h.baseAddress else {
                return false
            }
            return memcmp(base + a * n, base + b * n, n * MemoryLayout<UInt32>.stride) == 0
        }
    }

    @inline(__always)
    private func consume(_ e: RowExtracts, _ r: Int, station s: Int, first: Bool, _ own: [Int], _ shared: [Int]) {
        let base = r * Self.columnCount
        if first {
            for c in own { ownHashes.append(e.columnHashes[base + c]) }
            for j in 0..<shared.count { scratch[j] = e.columnHashes[base + shared[j]] }
            sharedSet.append(intern())
            incoherent.append(0)
            return
        }
        var mask: UInt32 = 0
        let ownBase = s * own.count
        for j in 0..<own.count {
            let c = own[j]
            let h = e.columnHashes[base + c]
            let known = ownHashes[ownBase + j]
            if known == 0 {
                ownHashes[ownBase + j] = h
            } else if h != 0, h != known {
                mask |= 1 << UInt32(c)
            }
        }
        let set = Int(sharedSet[s]) * shared.count
        var filled = false
        for j in 0..<shared.count {
            let c = shared[j]
            let h = e.columnHashes[base + c]
            let known = sets[set + j]
            if known == 0, h != 0 { filled = true }
            if known != 0, h != 0, h != known { mask |= 1 << UInt32(c) }
        }
        if filled {
            // A cell empty until now is written: the station moves to the set with it filled in.
            for j in 0..<shared.count {
                let known = sets[set + j]
                scratch[j] = known == 0 ? e.columnHashes[base + shared[j]] : known
            }
            sharedSet[s] = intern()
        }
        if mask != 0 { incoherent[s] |= mask }
    }

    /// The number of the set in `scratch`, added when new. Two sets with the same key are told
    /// apart by their hashes: the later one is keyed again, with the key changed.
    private func intern() -> UInt32 {
        var key: UInt64 = 0xCBF2_9CE4_8422_2325
        for h in scratch { key = (key ^ UInt64(h)) &* 0x0000_0100_0000_01B3 }
        while let n = setIndex.find(key, in: setKeys) {
            let start = n * Self.shared.count
            if scratch.indices.allSatisfy({ sets[start + $0] == scratch[$0] }) { return UInt32(truncatingIfNeeded: n) }
            key &+= 0x9E37_79B9_7F4A_7C15
        }
        setKeys.append(key)
        sets.append(contentsOf: scratch)
        setIndex.insert(number: setKeys.count - 1, of: setKeys)
        return UInt32(truncatingIfNeeded: setKeys.count - 1)
    }

    func flags(_ s: Int, _ stations: StationTable) -> Bool { incoherent[s] != 0 }

    /// Station-level columns found incoherent, for the pass that collects their distinct values.
    func columnsToCollect(_ stations: StationTable) -> [(stationHash: UInt64, columns: [String])] {
        incoherent.enumerated().compactMap { s, mask in
            guard mask != 0 else { return nil }
            let names = RuleColumns.stationLevel.enumerated().filter { mask & (1 << UInt32($0.offset)) != 0 }
            return (stations.keys[s], names.map(\.element))
        }
    }

    func findings(station s: Int, _ input: StationFindingsInput, into out: inout [Finding]) {
        let row = Int(input.stations.firstRow(s))
        let name = input.name(s)
        for (c, column) in RuleColumns.stationLevel.enumerated() where incoherent[s] & (1 << UInt32(c)) != 0 {
            let seen = input.values[input.stations.keys[s]]?[column] ?? []
            let quoted = seen.prefix(Self.quotedValues).map { SeenValue(value: $0.value, row: $0.row) }
            let facts = StationRuleFacts.stationIncoherent(
                station: name, column: column, values: quoted, others: seen.count > Self.quotedValues)
            if let f = input.finding(.stationIncoherent, row: row, field: column, cell: seen.first?.value, facts) {
                out.append(f)
            }
        }
    }
}
