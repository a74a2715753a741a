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
    /// The five cells of the cache key, reused from row to row (no array allocated per row).
    private var parts: [UnsafeBufferPointer<UInt8>?] = []

    public init(analysis: GeoAnalysis) { self.analysis = analysis }

    /// The stored key equals the cells (with their separators), compared with memcmp.
    static func same(_ key: [UInt8], _ parts: [UnsafeBufferPointer<UInt8>?]) -> Bool {
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
        // Cache key: the cells' bytes, hashed without copying; a hit is confirmed byte for byte.
        parts.removeAll(keepingCapacity: true)
        parts.append(xy)
        parts.append(lon)
        parts.append(lat)
        parts.append(insee)
        parts.append(address)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for part in parts { h = (h ^ (part.map(FNV.hash64) ?? 0x1F)) &* 0x9E37_79B9_7F4A_7C15 }
        let verdict: GeoAnalysis.Verdict
        if let hit = cache[h], Self.same(hit.key, parts) {
            verdict = hit.verdict
        } else {
            verdict = analysis.analyse(xy: xy, lon: lon, lat: lat, insee: insee, address: address, memo: memo)
            if cache.count >= Self.cacheLimit { cache.removeAll(keepingCapacity: true) }
            var key: [UInt8] = []
            for part in parts {
                if let part { key.append(contentsOf: part) }
                key.append(0x1F)
            }
            cache[h] = (key, verdict)
        }
        for var f in verdict.findings {
            f.rowNumber = row.number
            findings.append(f)
        }
        let station = cell(columns.station).map(FNV.hash64) ?? 0
        let stationName = cell(columns.stationName).map(FNV.hash64) ?? 0
        extracts.append(
            row: row.number,
            station: station != 0 && station != FNV.hash64(empty) ? station : stationName ^ verdict.facts.addressHash,
            facts: verdict.facts,
            label: { () -> String in
                let s = cell(columns.station).map { String(decoding: $0, as: UTF8.self) } ?? ""
                return s.isEmpty ? (cell(columns.stationName).map { String(decoding: $0, as: UTF8.self) } ?? "") : s
            }, address: { String(decoding: address, as: UTF8.self) })
    }
}
