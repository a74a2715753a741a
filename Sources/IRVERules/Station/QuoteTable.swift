import IRVERead

/// The texts the station findings quote, per row: its charge point id and its station label.
///
/// Rows come in increasing order (the second, targeted read); each is a fixed-size record in pages
/// (24 bytes) and its texts (up to 65 535 bytes each) sit in a byte arena of 1 MiB pages, found by
/// binary search. A million quoted rows take about 40–55 MB here, where a
/// `[Int: (pdc: String, station: String)]` took 150 MB.
public struct QuoteTable: ExpressibleByDictionaryLiteral {
    private var rows = PagedArray<Int32>()
    /// Where each text starts in the arena: page << 32 | offset in the page.
    private var pdcAt = PagedArray<UInt64>()
    private var stationAt = PagedArray<UInt64>()
    private var pdcLengths = PagedArray<UInt16>()
    private var stationLengths = PagedArray<UInt16>()
    private var pages: [[UInt8]] = []
    static let pageBytes = 1 << 20

    public init() {}

    /// For tests and the fuzz entries: rows in any order (a later duplicate replaces nothing).
    public init(dictionaryLiteral elements: (Int, (pdc: String, station: String))...) {
        for (row, q) in elements.sorted(by: { $0.0 < $1.0 }) { append(row: row, pdc: q.pdc, station: q.station) }
    }

    public var count: Int { rows.count }

    /// Adds the texts of `row`; a row not after the last one added is ignored. A charge point id
    /// equal to the previous row's (a million rows of one duplicated id) is stored once.
    public mutating func append(row: Int, pdc: String, station: String) {
        guard row <= Int(Int32.max), rows.last.map({ Int($0) < row }) ?? true else { return }
        let pdcBytes = Array(pdc.utf8.prefix(Int(UInt16.max)))
        let stationBytes = Array(station.utf8.prefix(Int(UInt16.max)))
        let pdcStart: UInt64
        if let k = rows.indices.last, Int(pdcLengths[k]) == pdcBytes.count,
            text(pdcAt[k], pdcBytes.count).elementsEqual(pdcBytes)
        {
            pdcStart = pdcAt[k]
        } else {
            pdcStart = store(pdcBytes)
        }
        rows.append(Int32(truncatingIfNeeded: row))
        pdcAt.append(pdcStart)
        pdcLengths.append(UInt16(truncatingIfNeeded: pdcBytes.count))
        stationAt.append(store(stationBytes))
        stationLengths.append(UInt16(truncatingIfNeeded: stationBytes.count))
    }

    private mutating func store(_ bytes: [UInt8]) -> UInt64 {
        if pages.isEmpty || pages[pages.count - 1].count + bytes.count > Self.pageBytes {
            var page: [UInt8] = []
            page.reserveCapacity(Self.pageBytes)
            pages.append(page)
        }
        let p = pages.count - 1
        let at = UInt64(p) << 32 | UInt64(pages[p].count)
        pages[p].append(contentsOf: bytes)
        return at
    }

    private func text(_ at: UInt64, _ count: Int) -> ArraySlice<UInt8> {
        let start = Int(at & 0xFFFF_FFFF)
        return pages[Int(at >> 32)][start..<(start + count)]
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
        return (
            String(decoding: text(pdcAt[low], Int(pdcLengths[low])), as: UTF8.self),
            String(decoding: text(stationAt[low], Int(stationLengths[low])), as: UTF8.self)
        )
    }
}
