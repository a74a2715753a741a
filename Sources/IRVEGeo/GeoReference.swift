import Foundation
import IRVEFindings
import IRVEValues

/// The COG 2026 reference embedded in irve: communes, postcodes, old codes and contours, with
/// the lookups the checks need. Everything is read in place from the embedded bytes; one shared
/// instance, immutable, safe to use from every worker thread.
public final class GeoReference: @unchecked Sendable {
    let file: GeoFile
    /// Commune names folded for comparison, filled as the workers meet them.
    let sharedFoldedNames = SharedFoldedNames()

    /// The reference compiled into the program; nil only if the build embedded something
    /// unreadable (the checks then say so instead of crashing).
    public static let shared: GeoReference? = GeoFile.embedded().map(GeoReference.init)

    init(file: GeoFile) { self.file = file }

    public var communeCount: Int { file.communes.count }
    public var polygonCount: Int { file.polygons.count }

    // MARK: - Communes

    @inline(__always) func recordOffset(_ i: Int) -> Int { i * GeoFile.communeSize }
    @inline(__always) public func kind(_ i: Int) -> CommuneKind {
        CommuneKind(rawValue: file.u8(file.communes, recordOffset(i) + 5)) ?? .commune
    }
    @inline(__always) func packedCode(_ i: Int) -> UInt64 { file.code(file.communes, recordOffset(i)) }
    @inline(__always) public func parent(_ i: Int) -> Int? {
        let p = file.u32(file.communes, recordOffset(i) + 12)
        return p == .max ? nil : Int(p)
    }
    @inline(__always) func polygon(_ i: Int) -> Int? {
        let p = file.u32(file.communes, recordOffset(i) + 64)
        return p == .max ? nil : Int(p)
    }
    @inline(__always) func flags(_ i: Int) -> UInt8 { file.u8(file.communes, recordOffset(i) + 6) }

    public func commune(_ i: Int) -> Commune {
        let o = recordOffset(i)
        let s = file.communes
        func point(_ at: Int) -> GeoPoint {
            GeoPoint(lon: Double(file.i32(s, o + at)) / 1e6, lat: Double(file.i32(s, o + at + 4)) / 1e6)
        }
        let codeBytes = (0..<5).map { file.u8(s, o + $0) }
        let depBytes = (8..<11).map { file.u8(s, o + $0) }.filter { $0 != 0 }
        return Commune(
            index: i, code: String(decoding: codeBytes, as: UTF8.self), kind: kind(i),
            name: file.string(offset: Int(file.u32(s, o + 16)), length: Int(file.u16(s, o + 24))),
            upperName: file.string(offset: Int(file.u32(s, o + 20)), length: Int(file.u16(s, o + 26))),
            departement: String(decoding: depBytes, as: UTF8.self), parent: parent(i),
            population: Int(file.u32(s, o + 28)), interior: point(32), centroid: point(40),
            postcodes: postcodes(of: i).map { String(format: "%05d", $0) },
            polygon: polygon(i))
    }

    /// The entity's names folded for comparison (`TextFolding`, `.communeName`): name and La Poste name.
    func foldedNames(_ i: Int) -> [String] {
        let o = recordOffset(i)
        let s = file.communes
        let a = TextFolding.fold(
            file.string(offset: Int(file.u32(s, o + 16)), length: Int(file.u16(s, o + 24))), .communeName)
        let b = TextFolding.fold(
            file.string(offset: Int(file.u32(s, o + 20)), length: Int(file.u16(s, o + 26))), .communeName)
        return a == b ? [a] : [a, b]
    }

    /// Interior point quantised to 1e-6 degree, for "exactly the commune's position" tests.
    func interiorQuantised(_ i: Int) -> (Int32, Int32) {
        (file.i32(file.communes, recordOffset(i) + 32), file.i32(file.communes, recordOffset(i) + 36))
    }
    func centroidQuantised(_ i: Int) -> (Int32, Int32) {
        (file.i32(file.communes, recordOffset(i) + 40), file.i32(file.communes, recordOffset(i) + 44))
    }

    public func postcodes(of i: Int) -> [Int] {
        let o = recordOffset(i)
        let first = Int(file.u32(file.communes, o + 68))
        let count = Int(file.u16(file.communes, o + 72))
        return (first..<first + count).map { Int(file.u32(file.postcodeLists, $0 * 4)) }
    }

    public func hasPostcode(_ i: Int, _ postcode: Int) -> Bool {
        let o = recordOffset(i)
        let first = Int(file.u32(file.communes, o + 68))
        let count = Int(file.u16(file.communes, o + 72))
        for k in first..<first + count where Int(file.u32(file.postcodeLists, k * 4)) == postcode { return true }
        return false
    }

    /// The current commune an entity belongs to (itself for a commune).
    public func current(_ i: Int) -> Int {
        switch kind(i) {
        case .commune, .outreMer: i
        default: parent(i) ?? i
        }
    }

    // MARK: - Lookups by code

    /// Packs a 5-byte code (digits, or 2A/2B) as `GeoFile.code` does; nil for anything else.
    @inline(__always)
    static func pack<C: Collection>(_ bytes: C) -> UInt64? where C.Element == UInt8 {
        guard bytes.count == 5 else { return nil }
        var v: UInt64 = 0
        for b in bytes {
            guard (b >= 0x30 && b <= 0x39) || b == 0x41 || b == 0x42 || b == 0x61 || b == 0x62 else { return nil }
            v = v << 8 | UInt64(b >= 0x61 ? b - 0x20 : b)
        }
        return v
    }

    /// Every entity with this code, current commune first (a chef-lieu commune déléguée shares
    /// its commune's code).
    public func entries<C: Collection>(code bytes: C) -> Range<Int> where C.Element == UInt8 {
        guard let key = Self.pack(bytes) else { return 0..<0 }
        var lo = 0
        var hi = communeCount
        while lo < hi {
            let mid = (lo + hi) / 2
            if packedCode(mid) < key { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < communeCount, packedCode(end) == key { end += 1 }
        return lo..<end
    }

    public func lookup<C: Collection>(code bytes: C) -> Int? where C.Element == UInt8 {
        let r = entries(code: bytes)
        return r.isEmpty ? nil : r.lowerBound
    }

    public func lookup(code: String) -> Int? { lookup(code: Array(code.utf8)) }

    /// Entities whose postcodes include this one (communes, arrondissements, déléguées…).
    public func communes(withPostcode postcode: Int) -> [Int] {
        postcodeEntries(postcode).map(postcodeEntity)
    }

    /// The current communes of those entities, in the same order, each once (one array).
    public func currentCommunes(withPostcode postcode: Int) -> [Int] {
        var out: [Int] = []
        for k in postcodeEntries(postcode) {
            let c = current(postcodeEntity(k))
            if !out.contains(c) { out.append(c) }
        }
        return out
    }

    /// Whether one of the postcode's entities belongs to this current commune (no array).
    public func postcode(_ postcode: Int, belongsTo commune: Int) -> Bool {
        postcodeEntries(postcode).contains { current(postcodeEntity($0)) == commune }
    }

    /// The postcode's rows in the sorted (postcode, entity) index.
    func postcodeEntries(_ postcode: Int) -> Range<Int> {
        let s = file.postcodeIndex
        var lo = 0
        var hi = s.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(file.u32(s, mid * 8)) < postcode { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < s.count, Int(file.u32(s, end * 8)) == postcode { end += 1 }
        return lo..<end
    }

    @inline(__always) func postcodeEntity(_ k: Int) -> Int { Int(file.u32(file.postcodeIndex, k * 8 + 4)) }

    public func isPostcode(_ postcode: Int) -> Bool { !postcodeEntries(postcode).isEmpty }

    /// An old code (merged, split, former déléguée…) and its current commune(s).
    public func history<C: Collection>(code bytes: C) -> HistoricalCode? where C.Element == UInt8 {
        guard let key = Self.pack(bytes) else { return nil }
        let s = file.history
        var lo = 0
        var hi = s.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if file.code(s, mid * GeoFile.historySize) < key { lo = mid + 1 } else { hi = mid }
        }
        guard lo < s.count, file.code(s, lo * GeoFile.historySize) == key else { return nil }
        let o = lo * GeoFile.historySize
        let count = Int(file.u8(s, o + 6))
        let first = Int(file.u32(s, o + 8))
        return HistoricalCode(
            code: String(decoding: (0..<5).map { file.u8(s, o + $0) }, as: UTF8.self),
            status: HistoricalCode.Status(rawValue: file.u8(s, o + 5)) ?? .disappeared,
            formerName: file.string(offset: Int(file.u32(s, o + 12)), length: Int(file.u16(s, o + 16))),
            year: Int(file.u16(s, o + 18)),
            targets: (first..<first + count).map { Int(file.u32(file.historyTargets, $0 * 4)) })
    }

    // MARK: - Geometry

    /// True when the point lies in the entity's polygon. A commune without polygon (the four
    /// Cantal communes re-created in 2025) uses the polygon that still covers it (15141).
    public func contains(_ i: Int, _ p: GeoPoint) -> Bool {
        if let poly = polygonFor(i) { return polygonContains(poly, p) }
        return false
    }

    func polygonFor(_ i: Int) -> Int? {
        if let poly = polygon(i) { return poly }
        if flags(i) & 1 != 0, let c15141 = lookup(code: Array("15141".utf8)) { return polygon(c15141) }
        return nil
    }

    /// Distance in metres from the point to the entity's contour (0 inside); nil without polygon.
    public func distance(_ i: Int, _ p: GeoPoint) -> Double? {
        guard let poly = polygonFor(i) else { return nil }
        return polygonDistance(poly, p)
    }

    /// The current commune (not arrondissement) whose contour contains the point.
    public func communeAt(_ p: GeoPoint) -> Int? {
        var found: Int?
        forEachCandidate(p, radiusCells: 0) { poly in
            let c = polygonCommune(poly)
            if kind(c) == .commune, polygonContains(poly, p) {
                found = c
                return false
            }
            return true
        }
        return found
    }

    /// The Paris/Lyon/Marseille arrondissement containing the point, if any.
    public func arrondissementAt(_ p: GeoPoint) -> Int? {
        var found: Int?
        forEachCandidate(p, radiusCells: 0) { poly in
            let c = polygonCommune(poly)
            if kind(c) == .arrondissement, polygonContains(poly, p) {
                found = c
                return false
            }
            return true
        }
        return found
    }

    /// The nearest current commune within `metres` of the point (for points a little off the
    /// simplified coast or border), with its distance.
    public func nearestCommune(_ p: GeoPoint, within metres: Double) -> (commune: Int, metres: Double)? {
        var best: (Int, Double)?
        let degrees = metres / 111_000 + 0.001
        forEachCandidate(p, radiusCells: Int((degrees / 0.05).rounded(.up))) { poly in
            let c = polygonCommune(poly)
            guard kind(c) == .commune, bboxDistanceDegrees(poly, p) <= degrees * 1.5 / max(0.2, cos(p.lat * .pi / 180))
            else { return true }
            let d = polygonDistance(poly, p)
            if d <= metres, d < (best?.1 ?? .infinity) { best = (c, d) }
            return true
        }
        return best
    }

    /// True when the point is on French land (a commune contour, or within `tolerance` metres of one).
    public func isInFrance(_ p: GeoPoint, tolerance: Double = 300) -> Bool {
        communeAt(p) != nil || nearestCommune(p, within: tolerance) != nil
    }

    @inline(__always) func polygonCommune(_ poly: Int) -> Int {
        Int(file.u32(file.polygons, poly * GeoFile.polygonSize + 24))
    }

    /// Calls `body` with the polygons listed in the grid cells around the point (stop by returning false).
    func forEachCandidate(_ p: GeoPoint, radiusCells: Int, _ body: (Int) -> Bool) {
        let x = Int((p.lon * 1e5).rounded(.down))
        let y = Int((p.lat * 1e5).rounded(.down))
        let z = file.zones
        var seen = Set<Int>()
        for k in 0..<z.count {
            let o = k * GeoFile.zoneSize
            let w = Int(file.i32(z, o + 4))
            let s = Int(file.i32(z, o + 8))
            let cell = Int(file.i32(z, o + 12))
            let nx = Int(file.u32(z, o + 16))
            let ny = Int(file.u32(z, o + 20))
            let first = Int(file.u32(z, o + 24))
            let cx = (x - w) >= 0 ? (x - w) / cell : -1 - (w - x - 1) / cell
            let cy = (y - s) >= 0 ? (y - s) / cell : -1 - (s - y - 1) / cell
            guard cx + radiusCells >= 0, cx - radiusCells < nx, cy + radiusCells >= 0, cy - radiusCells < ny else {
                continue
            }
            for gy in max(0, cy - radiusCells)...min(ny - 1, cy + radiusCells) {
                for gx in max(0, cx - radiusCells)...min(nx - 1, cx + radiusCells) {
                    let cellIndex = first + gy * nx + gx
                    let a = Int(file.u32(file.cellOffsets, cellIndex * 4))
                    let b = Int(file.u32(file.cellOffsets, cellIndex * 4 + 4))
                    for e in a..<b {
                        let poly = Int(file.u16(file.cellEntries, e * 2))
                        if radiusCells > 0 { guard seen.insert(poly).inserted else { continue } }
                        if !body(poly) { return }
                    }
                }
            }
        }
    }

    @inline(__always) func bbox(_ poly: Int) -> (w: Int32, s: Int32, e: Int32, n: Int32) {
        let o = poly * GeoFile.polygonSize
        return (
            file.i32(file.polygons, o + 8), file.i32(file.polygons, o + 12), file.i32(file.polygons, o + 16),
            file.i32(file.polygons, o + 20)
        )
    }

    func bboxDistanceDegrees(_ poly: Int, _ p: GeoPoint) -> Double {
        let b = bbox(poly)
        let x = p.lon * 1e5
        let y = p.lat * 1e5
        let dx = max(Double(b.w) - x, 0, x - Double(b.e))
        let dy = max(Double(b.s) - y, 0, y - Double(b.n))
        return max(dx, dy) / 1e5
    }

    /// Even-odd ray casting over every ring (outer rings and holes of every part alike: the
    /// parts of a commune never overlap, so parity is exact). Vertices are decoded on the fly.
    func polygonContains(_ poly: Int, _ p: GeoPoint) -> Bool {
        let b = bbox(poly)
        let x = p.lon * 1e5
        let y = p.lat * 1e5
        guard x >= Double(b.w), x <= Double(b.e), y >= Double(b.s), y <= Double(b.n) else { return false }
        // An integer ordinate v is above y exactly when v > floor(y): the crossing test needs no
        // conversion. y lies in the bounding box, so floor(y) fits.
        let floorY = Int(y.rounded(.down))
        var inside = false
        forEachIntegerEdge(poly) { x1, y1, x2, y2 in
            // The crossing abscissa on the same doubles as `forEachEdge` gives: the same verdicts.
            if (y1 > floorY) != (y2 > floorY),
                x < (Double(x2) - Double(x1)) * (y - Double(y1)) / (Double(y2) - Double(y1)) + Double(x1)
            {
                inside.toggle()
            }
        }
        return inside
    }

    /// One unsigned LEB128 number of the vertex stream (most are one or two bytes).
    @inline(__always) static func varint(_ v: UnsafePointer<UInt8>, _ at: inout Int) -> UInt64 {
        let b0 = v[at]
        if b0 < 0x80 {
            at += 1
            return UInt64(b0)
        }
        var result = UInt64(b0 & 0x7F)
        var shift: UInt64 = 7
        at += 1
        while true {
            let b = v[at]
            at += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    @inline(__always) static func unzig(_ n: UInt64) -> Int { Int(bitPattern: UInt(n >> 1)) ^ -Int(n & 1) }

    /// Metres from the point to the nearest edge (0 when inside), on a local flat projection:
    /// exact to well under a metre at the few-kilometre scales that matter here.
    func polygonDistance(_ poly: Int, _ p: GeoPoint) -> Double {
        if polygonContains(poly, p) { return 0 }
        let ky = 1.1132
        let kx = 1.1132 * cos(p.lat * .pi / 180)  // metres per 1e-5 degree
        let x = p.lon * 1e5
        let y = p.lat * 1e5
        var best = Double.infinity
        forEachEdge(poly) { x1, y1, x2, y2 in
            let ax = (x1 - x) * kx
            let ay = (y1 - y) * ky
            let bx = (x2 - x) * kx
            let by = (y2 - y) * ky
            let dx = bx - ax
            let dy = by - ay
            let len2 = dx * dx + dy * dy
            let t = len2 > 0 ? max(0, min(1, -(ax * dx + ay * dy) / len2)) : 0
            let cx = ax + t * dx
            let cy = ay + t * dy
            best = min(best, cx * cx + cy * cy)
        }
        return best.squareRoot()
    }

    @inline(__always)
    func forEachEdge(_ poly: Int, _ body: (Double, Double, Double, Double) -> Void) {
        forEachIntegerEdge(poly) { x1, y1, x2, y2 in body(Double(x1), Double(y1), Double(x2), Double(y2)) }
    }

    /// Every edge of every ring of the polygon, in 1e-5 degree, decoded on the fly (inlined, so the
    /// closure costs nothing per edge: this runs for every station).
    @inline(__always)
    func forEachIntegerEdge(_ poly: Int, _ body: (Int, Int, Int, Int) -> Void) {
        let o = poly * GeoFile.polygonSize
        var at = Int(file.u32(file.polygons, o))
        let rings = Int(file.u32(file.polygons, o + 4))
        let v = file.vertices.base.assumingMemoryBound(to: UInt8.self)
        for _ in 0..<rings {
            let count = Int(Self.varint(v, &at))
            guard count > 0 else { continue }
            // Each ring starts from an absolute vertex.
            let fx = Self.unzig(Self.varint(v, &at))
            let fy = Self.unzig(Self.varint(v, &at))
            var lx = fx
            var ly = fy
            for _ in 1..<max(1, count) {
                let cx = lx + Self.unzig(Self.varint(v, &at))
                let cy = ly + Self.unzig(Self.varint(v, &at))
                body(lx, ly, cx, cy)
                lx = cx
                ly = cy
            }
            body(lx, ly, fx, fy)
        }
    }
}
