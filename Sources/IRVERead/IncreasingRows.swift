/// Increasing row numbers, numbered 0, 1, 2… in order, kept as one bit per row of the file instead
/// of 4 bytes per number: the first row of each charge point id of a million-row file takes 125 KB
/// instead of 4 MB. Reading the `k`-th number counts bits from the nearest mark (one every
/// `markEvery` numbers), which is cheap for the rare lookups it serves (the first duplicate of an id).
public struct IncreasingRows {
    private var words = PagedArray<UInt64>()
    /// The row of numbers 0, `markEvery`, 2 × `markEvery`…
    private var marks = PagedArray<Int32>()
    public private(set) var count = 0
    private var last: Int32 = -1
    static let markEvery = 256

    public init() {}

    /// Adds `row`, which must come after the last one added; false (nothing added) otherwise.
    @discardableResult
    public mutating func append(_ row: Int32) -> Bool {
        guard row > last else { return false }
        let word = Int(row) >> 6
        while words.count <= word { words.append(0) }
        words[word] |= 1 << UInt64(row & 63)
        if count % Self.markEvery == 0 { marks.append(row) }
        count += 1
        last = row
        return true
    }

    /// The `k`-th row added; nil when there is none.
    public subscript(k: Int) -> Int32? {
        guard k >= 0, k < count else { return nil }
        let mark = marks[k / Self.markEvery]
        var left = k % Self.markEvery  // numbers still to pass after the mark's
        var word = Int(mark) >> 6
        // The mark's own word, from the mark's bit on.
        var bits = words[word] & (~0 << UInt64(mark & 63))
        while true {
            let n = bits.nonzeroBitCount
            if left < n {
                for _ in 0..<left { bits &= bits - 1 }
                return Int32(truncatingIfNeeded: word << 6 + bits.trailingZeroBitCount)
            }
            left -= n
            word += 1
            guard word < words.count else { return nil }
            bits = words[word]
        }
    }
}
