/// A growable array kept in fixed-size pages, for state that grows with the stations or points of
/// a file (a million rows: hundreds of thousands of records).
///
/// Appending never moves what is stored: an `Array` that doubles its buffer holds the old and the
/// new copy at the same time (up to three times the data at the peak RSS, then up to half unused),
/// a `PagedArray` only ever adds one page, so its slack is one page at most.
public struct PagedArray<Element>: RandomAccessCollection, MutableCollection {
    /// 16 384 elements a page: small next to the data of a big file, large enough that the page
    /// table stays tiny (a million elements: 62 pages).
    @usableFromInline static var pageShift: Int { 14 }
    @usableFromInline static var pageSize: Int { 1 << pageShift }

    @usableFromInline var pages: [[Element]] = []
    @usableFromInline var storedCount = 0

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { storedCount }
    public var count: Int { storedCount }

    @inlinable
    public subscript(i: Int) -> Element {
        get { pages[i >> Self.pageShift][i & (Self.pageSize - 1)] }
        set { pages[i >> Self.pageShift][i & (Self.pageSize - 1)] = newValue }
    }

    @inlinable
    public mutating func append(_ e: Element) {
        if storedCount & (Self.pageSize - 1) == 0 {
            var page: [Element] = []
            page.reserveCapacity(Self.pageSize)
            pages.append(page)
        }
        pages[pages.count - 1].append(e)
        storedCount += 1
    }

    @inlinable
    public mutating func append<S: Sequence>(contentsOf s: S) where S.Element == Element {
        for e in s { append(e) }
    }
}
