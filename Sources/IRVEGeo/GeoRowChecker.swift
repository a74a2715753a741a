import Foundation
import IRVEFindings
import IRVERead

/// The per-row geographic check, one instance per worker thread. The rows of a station repeat
/// the same coordinates, code and address: the verdict is cached on those three cells, so a
/// station is analysed once however many charge points it has.
public final class GeoRowChecker: @unchecked Sendable {
    let analysis: GeoAnalysis
    private var cache: [UInt64: (key: [UInt8], verdict: GeoAnalysis.Verdict)] = [:]
    private let memo = NameMemo()
    /// The rows of a station mostly follow each other: a thousand verdicts are enough, and a cache
    /// per worker of 20 000 held several MB each (4 096: about 1 MB each).
    static let cacheLimit = 1024
    /// The seven cells of the row (the first five are the cache key), reused from row to row (no
    /// array allocated per row).
    private var parts: [UnsafeBufferPointer<UInt8>?] = []

    public init(analysis: GeoAnalysis) { self.analysis = analysis }

    /// The stored key equals the cells (with their separators), compared with memcmp.
    static func same(_ key: [UInt8], _ parts: ArraySlice<UnsafeBufferPointer<UInt8>?>) -> Bool {
        key.withUnsafeBufferPointer { k in
            var i = 0
            for part in parts {
                if let part, part.count > 0 {
                    guard i + part.count < k.count, memcmp(k.baseAddress! + i, part.baseAddress!, part.count) == 0
                    else { return false }
                    i += part.count
                }
                guard i < k.count, k[i] == 0x1F else { return false }
                i += 1
            }
            return i == k.count
        }
    }

    /// The previous row's verdict, station key and seven cells (coordinates ×3, INSEE code,
    /// address, station id and name) in one buffer: the rows of a station follow each other, and
    /// comparing with the previous row costs less than hashing the cells.
    private var lastVerdict = GeoAnalysis.Verdict()
    private var lastStation: UInt64 = 0
    private var lastNeedsLabel = false
    private var lastBytes = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    private var lastCapacity = 256
    private var lastLengths: [Int] = []  // -1: no cell

    deinit { lastBytes.deallocate() }

    /// Whether `parts` (the seven cells) repeat the previous row's, byte for byte (false before
    /// the first row: no lengths remembered).
    private func sameAsLast() -> Bool {
        guard lastLengths.count == parts.count else { return false }
        var at = 0
        for (k, part) in parts.enumerated() {
            let length = part?.count ?? -1
            guard lastLengths[k] == length else { return false }
            if length > 0, let p = part?.baseAddress {
                guard memcmp(lastBytes + at, p, length) == 0 else { return false }
                at += length
            }
        }
        return true
    }

    private func remember() {
        var total = 0
        for part in parts { total += part?.count ?? 0 }
        if total > lastCapacity {
            lastBytes.deallocate()
            lastCapacity = max(total, 2 * lastCapacity)
            lastBytes = .allocate(capacity: lastCapacity)
        }
        lastLengths.removeAll(keepingCapacity: true)
        var at = 0
        for part in parts {
            lastLengths.append(part?.count ?? -1)
            if let part, let p = part.baseAddress, part.count > 0 {
                (lastBytes + at).update(from: p, count: part.count)
                at += part.count
            }
        }
    }

    public func check(_ row: RowView, into findings: inout [Finding], extracts: inout GeoExtracts) {
        let n = row.count
        let columns = analysis.columns
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        func cell(_ i: Int?) -> UnsafeBufferPointer<UInt8>? {
            guard let i, i < n else { return nil }
            return row[i]
        }
        var xy: UnsafeBufferPointer<UInt8>?
        var lon: UnsafeBufferPointer<UInt8>?
        var lat: UnsafeBufferPointer<UInt8>?
        switch columns.coordinates {
        case .xy(let c): xy = cell(c) ?? empty
        case .lonLat(let a, let b):
            lon = cell(a)
            lat = cell(b)
        case nil: break
        }
        let insee = cell(columns.insee) ?? empty
        let address = cell(columns.address) ?? empty
        parts.removeAll(keepingCapacity: true)
        parts.append(xy)
        parts.append(lon)
        parts.append(lat)
        parts.append(insee)
        parts.append(address)
        parts.append(cell(columns.station))
        parts.append(cell(columns.stationName))
        if !sameAsLast() {
            let verdict = cachedVerdict(xy: xy, lon: lon, lat: lat, insee: insee, address: address)
            let station = parts[5].map(FNV.hash64) ?? 0
            let stationName = parts[6].map(FNV.hash64) ?? 0
            lastStation =
                station != 0 && station != FNV.hash64(empty) ? station : stationName ^ verdict.facts.addressHash
            lastNeedsLabel = GeoExtracts.needsLabel(verdict.facts)
            lastVerdict = verdict
            remember()
        }
        if !lastVerdict.findings.isEmpty {
            for var f in lastVerdict.findings {
                f.rowNumber = row.number
                findings.append(f)
            }
        }
        extracts.append(
            row: row.number, station: lastStation, facts: lastVerdict.facts, needsLabel: lastNeedsLabel,
            label: { () -> String in
                let s = cell(columns.station).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return s.isEmpty ? (cell(columns.stationName).map { String(decoding: $0, as: UTF8.self) } ?? "") : s
            }, address: { String(decoding: address, as: UTF8.self) })
    }

    /// The verdict on the first five cells of `parts`, from the cache when another recent row had
    /// the same ones.
    private func cachedVerdict(
        xy: UnsafeBufferPointer<UInt8>?, lon: UnsafeBufferPointer<UInt8>?, lat: UnsafeBufferPointer<UInt8>?,
        insee: UnsafeBufferPointer<UInt8>, address: UnsafeBufferPointer<UInt8>
    ) -> GeoAnalysis.Verdict {
        // Cache key: the cells' bytes, hashed without copying; a hit is confirmed byte for byte.
        let key = parts.prefix(5)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in key { h = (h ^ (part.map(FNV.hash64) ?? 0x1F)) &* 0x9E37_79B9_7F4A_7C15 }
        if let hit = cache[h], Self.same(hit.key, key) { return hit.verdict }
        let verdict = analysis.analyse(xy: xy, lon: lon, lat: lat, insee: insee, address: address, memo: memo)
        if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
        var total = 0
        for part in key { total += (part?.count ?? 0) + 1 }
        // One allocation, filled in place: the cells, each followed by the separator.
        let stored = [UInt8](unsafeUninitializedCapacity: total) { buffer, count in
            guard let out = buffer.baseAddress else { return }
            var at = 0
            for part in key {
                if let part, let p = part.baseAddress, part.count > 0 {
                    (out + at).initialize(from: p, count: part.count)
                    at += part.count
                }
                (out + at).initialize(to: 0x1F)
                at += 1
            }
            count = at
        }
        cache[h] = (stored, verdict)
        return verdict
    }
}
