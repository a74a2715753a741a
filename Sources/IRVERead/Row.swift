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
        // Cell ends only grow from `offset`: no arithmetic here can overflow (read for every cell).
        let start = i == 0 ? offset : ends[i &- 1]
        return UnsafeBufferPointer(start: buffer + start, count: ends[i] &- start)
    }

    /// End of cell `i`, relative to the row's first byte.
    @inlinable public func endOffset(_ i: Int) -> Int { ends[i] - offset }

    public func string(_ i: Int) -> String { String(decoding: self[i], as: UTF8.self) }
    public var strings: [String] { (0..<count).map(string) }

    /// Total bytes of the record's cells.
    @inlinable public var byteCount: Int { (ends.last ?? offset) - offset }
}
