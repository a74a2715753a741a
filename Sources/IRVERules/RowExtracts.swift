/// What the cross-row rules need from each row, compact and without the row itself:
/// a batch of rows yields one `RowExtracts` (structure of arrays), merged in file order.
public struct RowExtracts: Sendable {
    var rows: [Int32] = []
    var pdcHash: [UInt64] = []  // 0: no id to compare (empty or « Non concerné »)
    var pdcText: [String] = []
    var pdcPrefixHash: [UInt64] = []  // id without its trailing digits (consecutive ids share it)
    var stationHash: [UInt64] = []  // 0: no station key
    var stationText: [String] = []
    var columnHashes: [UInt32] = []  // `StatiqueColumns.stationLevel.count` per row; 0 = column absent
    var power: [Double] = []  // .nan when unreadable
    var connectors: [UInt8] = []  // bit per connector type; 0xFF when unreadable
    var nbrePdc: [Int32] = []  // -1 when unreadable

    public init() {}
    public var count: Int { rows.count }
}

/// FNV-1a: fast, deterministic hashing of cell bytes (the same value hashes the same in every batch).
enum FNV {
    @inline(__always)
    static func hash64(_ c: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in c { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h == 0 ? 1 : h
    }

    @inline(__always)
    static func hash32(_ c: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = hash64(c)
        let folded = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        return folded == 0 ? 1 : folded
    }
}
