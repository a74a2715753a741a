/// What the cross-row rules need from each row, compact and without the row itself:
/// a batch of rows yields one `RowExtracts` (structure of arrays), merged in file order.
public struct RowExtracts: Sendable {
    var rows: [Int32] = []
    var pdcHash: [UInt64] = []  // 0: no id to compare (empty or « Non concerné »)
    var pdcPrefixHash: [UInt64] = []  // id without its trailing digits (consecutive ids share it)
    var stationHash: [UInt64] = []  // 0: no station key
    var columnHashes: [UInt32] = []  // `RuleColumns.stationLevel.count` per row; 0 = column absent
    var power: [Double] = []  // .nan when unreadable
    var connectors: [UInt8] = []  // bit per connector type; 0xFF when unreadable
    var nbrePdc: [Int32] = []  // -1 when unreadable

    public init() {}
    public var count: Int { rows.count }
}

/// Fast, deterministic hashing of cell bytes, eight bytes at a time (the same value hashes the
/// same in every batch; equality checks only, nothing adversarial).
public enum FNV {
    @inline(__always)
    public static func hash64(_ c: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(c.count)
        guard let base = c.baseAddress else { return h }
        var i = 0
        let n = c.count
        while i + 8 <= n {
            let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            h = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(base[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        return h == 0 ? 1 : h
    }

    @inline(__always)
    public static func hash32(_ c: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = hash64(c)
        let folded = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        return folded == 0 ? 1 : folded
    }
}
