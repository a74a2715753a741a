/// Finds the number of a 64-bit key (a cell hash: a station, a charge point id, a point) among
/// keys numbered 0, 1, 2… in order of arrival, kept by the caller in a `PagedArray`.
///
/// Open addressing over 4-byte slots that hold the key's number, not the key: a `Dictionary`
/// stores key and value in each bucket (12 bytes, load ≤ 0.75); here the key is stored once, in the
/// caller's array, and a slot costs 4 bytes at a load ≤ 0.75. The table grows by half (not by
/// doubling: a million ids take 1.5 Mi slots, not 2 Mi), and a key's first slot is its mixed hash
/// scaled to the table's size (Lemire's multiply-shift), so the size needs no power of two.
public struct HashIndex {
    @usableFromInline var slots: [Int32] = Array(repeating: -1, count: 1024)
    @usableFromInline var used = 0

    public init() {}

    /// The slot where `key` sits or would go. The keys are hashes already; the multiplication
    /// spreads their high bits over the slot number.
    @inlinable
    func probe(_ key: UInt64, _ keys: PagedArray<UInt64>) -> Int {
        let size = slots.count
        var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15).multipliedFullWidth(by: UInt64(size)).high)
        while true {
            let n = slots[i]
            if n < 0 || keys[Int(n)] == key { return i }
            i += 1
            if i == size { i = 0 }
        }
    }

    /// The number of `key`, or nil.
    @inlinable
    public func find(_ key: UInt64, in keys: PagedArray<UInt64>) -> Int? {
        let n = slots[probe(key, keys)]
        return n < 0 ? nil : Int(n)
    }

    /// Records that `keys[number]` (just appended by the caller, not yet indexed) has that number.
    @inlinable
    public mutating func insert(number: Int, of keys: PagedArray<UInt64>) {
        if (used + 1) * 4 > slots.count * 3 { grow(keys) }
        slots[probe(keys[number], keys)] = Int32(truncatingIfNeeded: number)
        used += 1
    }

    @usableFromInline
    mutating func grow(_ keys: PagedArray<UInt64>) {
        let old = slots
        slots = Array(repeating: -1, count: old.count + old.count / 2)
        for n in old where n >= 0 { slots[probe(keys[Int(n)], keys)] = n }
    }
}
