/// Fast, deterministic hashing of cell bytes, eight bytes at a time (the same value hashes the
/// same in every batch; equality checks only, nothing adversarial). Inlinable: the row rules and the
/// geographic checks hash several cells of every row.
public enum FNV {
    @inlinable @inline(__always)
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
        if n >= 8, i < n {
            // The last bytes, read with the word that ends the cell: the same value as byte by byte.
            let w = UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self)
            tail = w >> UInt64(8 * (8 - (n - i)))
        } else {
            var shift: UInt64 = 0
            while i < n {
                tail |= UInt64(base[i]) << shift
                shift += 8
                i += 1
            }
        }
        h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        return h == 0 ? 1 : h
    }

    @inlinable @inline(__always)
    public static func hash32(_ c: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = hash64(c)
        let folded = UInt32(truncatingIfNeeded: h ^ (h >> 32))
        return folded == 0 ? 1 : folded
    }
}
