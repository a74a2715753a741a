import IRVERead

/// The texts the station findings quote, per row: its charge point id and its station label.
///
/// Rows come in increasing order (the second, targeted read); each is a fixed-size record in pages
/// (20 bytes) and its texts sit in a byte arena of 1 MiB pages, found by binary search. A million
/// quoted rows take about 50 MB here, where a `[Int: (pdc: String, station: String)]` took 150 MB.
public struct QuoteTable: ExpressibleByDictionaryLiteral {
    private var rows = PagedArray<Int32>()
    private var pageOf = PagedArray<UInt32>()
    private var offsets = PagedArray<UInt32>()
    private var pdcLengths = PagedArray<UInt32>()
    private var stationLengths = PagedArray<UInt32>()
    private var pages: [[UInt8]] = []
    static let pageBytes = 1 << 20

    public init() {}

    /// For tests and the fuzz entries: rows in any order (a later duplicate replaces nothing).
    public init(dictionaryLiteral elements: (Int, (pdc: String, station: String))...) {
        for (row, q) in elements.sorted(by: { $0.0 < $1.0 }) { append(row: row, pdc: q.pdc, station: q.station) }
    }

    public var count: Int { rows.count }

    /// Adds the texts of `row`; a row not after the last one added is ignored.
    public mutating func append(row: Int, pdc: String, station: String) {
        guard row <= Int(Int32.max), rows.last.map({ Int($0) < row }) ?? true else { return }
        let n = pdc.utf8.count + station.utf8.count
        if pages.isEmpty || pages[pages.count - 1].count + n > Self.pageBytes {
            var page: [UInt8] = []
            page.reserveCapacity(max(Self.pageBytes, n))
            pages.append(page)
        }
        let p = pages.count - 1
        rows.append(Int32(truncatingIfNeeded: row))
        pageOf.append(UInt32(truncatingIfNeeded: p))
        offsets.append(UInt32(truncatingIfNeeded: pages[p].count))
        pdcLengths.append(UInt32(truncatingIfNeeded: pdc.utf8.count))
        stationLengths.append(UInt32(truncatingIfNeeded: station.utf8.count))
        pages[p].append(contentsOf: pdc.utf8)
        pages[p].append(contentsOf: station.utf8)
    }

    /// The texts of `row`, if it was quoted.
    public subscript(row: Int) -> (pdc: String, station: String)? {
        var low = 0
        var high = rows.count
        while low < high {
            let mid = (low + high) / 2
            if Int(rows[mid]) < row { low = mid + 1 } else { high = mid }
        }
        guard low < rows.count, Int(rows[low]) == row else { return nil }
        let page = pages[Int(pageOf[low])]
        let start = Int(offsets[low])
        let split = start + Int(pdcLengths[low])
        let end = split + Int(stationLengths[low])
        return page.withUnsafeBufferPointer { b in
            (
                String(decoding: UnsafeBufferPointer(rebasing: b[start..<split]), as: UTF8.self),
                String(decoding: UnsafeBufferPointer(rebasing: b[split..<end]), as: UTF8.self)
            )
        }
    }
}
