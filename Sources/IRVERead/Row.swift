import IRVEFindings

/// One record of the table as UTF-8 bytes, valid only during the callback that receives it.
///
/// `number` counts records the way frictionless counts rows (header = 1); `line` is the physical
/// line where the record starts, for people opening the file in an editor.
public struct RowView {
    public let number: Int
    public let line: Int
    /// Start of the buffer the `ends` offsets refer to.
    @usableFromInline let buffer: UnsafePointer<UInt8>
    @usableFromInline let ends: UnsafeBufferPointer<Int>
    /// Where this row's first cell starts in `buffer`.
    @usableFromInline let offset: Int

    /// Set when the record went past a bound (`Limits`): its cells are incomplete.
    public internal(set) var overflow: RowOverflow?

    public init(number: Int, line: Int, base: UnsafePointer<UInt8>, ends: UnsafeBufferPointer<Int>, offset: Int = 0) {
        self.number = number
        self.line = line
        self.buffer = base
        self.ends = ends
        self.offset = offset
    }

    @inlinable public var count: Int { ends.count }

    /// The row's first byte (cells are contiguous from here).
    @inlinable public var base: UnsafePointer<UInt8> { buffer + offset }

    @inlinable
    public subscript(i: Int) -> UnsafeBufferPointer<UInt8> {
        let start = i == 0 ? offset : ends[i - 1]
        return UnsafeBufferPointer(start: buffer + start, count: ends[i] - start)
    }

    /// End of cell `i`, relative to the row's first byte.
    @inlinable public func endOffset(_ i: Int) -> Int { ends[i] - offset }

    public func string(_ i: Int) -> String { String(decoding: self[i], as: UTF8.self) }
    public var strings: [String] { (0..<count).map(string) }

    /// Total bytes of the record's cells.
    @inlinable public var byteCount: Int { (ends.last ?? offset) - offset }
}

/// A growable byte buffer with field boundaries, reused from row to row (no per-row allocation).
/// Past `Limits.rowBytes`, `Limits.cellBytes` or `Limits.columns` it stops growing and records the
/// overflow instead, so one endless line costs a bounded amount of memory.
final class RowBuffer {
    private(set) var overflow: RowOverflow?
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    private(set) var length = 0
    private(set) var ends: UnsafeMutablePointer<Int>
    private(set) var endCapacity: Int
    private(set) var fieldCount = 0

    init() {
        capacity = 4096
        bytes = .allocate(capacity: capacity)
        endCapacity = 64
        ends = .allocate(capacity: endCapacity)
    }

    deinit {
        bytes.deallocate()
        ends.deallocate()
    }

    @inline(__always) func reset() {
        length = 0
        fieldCount = 0
        overflow = nil
    }

    @inline(__always)
    func append(_ b: UInt8) {
        if length == capacity { guard grow(to: length + 1) else { return } }
        bytes[length] = b
        length += 1
    }

    @inline(__always)
    func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        if length + n > capacity { guard grow(to: length + n) else { return } }
        (bytes + length).update(from: p, count: n)
        length += n
    }

    @inline(__always)
    func endField() {
        let start = fieldCount == 0 ? 0 : ends[fieldCount - 1]
        if length - start > Limits.cellBytes, overflow == nil { overflow = .cell(column: fieldCount + 1) }
        if fieldCount >= Limits.columns {
            if overflow == nil { overflow = .columns }
            return
        }
        if fieldCount == endCapacity {
            let bigger = UnsafeMutablePointer<Int>.allocate(capacity: endCapacity * 2)
            bigger.update(from: ends, count: fieldCount)
            ends.deallocate()
            ends = bigger
            endCapacity *= 2
        }
        ends[fieldCount] = length
        fieldCount += 1
    }

    /// False (and the overflow noted) when the record would pass `Limits.rowBytes`.
    private func grow(to needed: Int) -> Bool {
        guard needed <= Limits.rowBytes else {
            if overflow == nil { overflow = .row }
            return false
        }
        var c = capacity * 2
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: bytes, count: length)
        bytes.deallocate()
        bytes = bigger
        capacity = c
        return true
    }

    func view(number: Int, line: Int) -> RowView {
        var v = RowView(
            number: number, line: line, base: UnsafePointer(bytes),
            ends: UnsafeBufferPointer(start: ends, count: fieldCount))
        v.overflow = overflow
        return v
    }
}
