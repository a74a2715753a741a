import Foundation
import IRVEFindings
import IRVERead
import XCTest

@testable import IRVEGeo

/// The shortcuts of the per-station geography (integer ray casting, postcode lookups without
/// arrays, towns remembered, the previous row's verdict reused) give exactly what the plain code
/// gives.
final class GeoFastPathTests: XCTestCase {
    var geo: GeoReference!

    override func setUpWithError() throws {
        geo = try XCTUnwrap(GeoReference.shared, "the embedded geographic reference could not be read")
    }

    /// The ray casting of `forEachEdge`'s doubles, as `polygonContains` did before it decoded on
    /// integers.
    private func plainContains(_ poly: Int, _ p: GeoPoint) -> Bool {
        let b = geo.bbox(poly)
        let x = p.lon * 1e5
        let y = p.lat * 1e5
        guard x >= Double(b.w), x <= Double(b.e), y >= Double(b.s), y <= Double(b.n) else { return false }
        var inside = false
        geo.forEachEdge(poly) { x1, y1, x2, y2 in
            if (y1 > y) != (y2 > y), x < (x2 - x1) * (y - y1) / (y2 - y1) + x1 { inside.toggle() }
        }
        return inside
    }

    func testIntegerRayCastingMatchesTheDoubles() {
        var tested = 0
        var onVertexOrdinate = 0
        var insideCount = 0
        for poly in stride(from: 0, to: geo.polygonCount, by: 53) {
            var points: [GeoPoint] = []
            let b = geo.bbox(poly)
            for i in 0...6 {
                for j in 0...6 {
                    let x = Double(b.w) + Double(Int(b.e) - Int(b.w)) * Double(i) / 6
                    let y = Double(b.s) + Double(Int(b.n) - Int(b.s)) * Double(j) / 6
                    points.append(GeoPoint(lon: x / 1e5, lat: y / 1e5))
                }
            }
            // Points level with a vertex: the case where "above" must be decided exactly.
            var vertices: [(Double, Double)] = []
            geo.forEachEdge(poly) { x1, y1, _, _ in if vertices.count < 12 { vertices.append((x1, y1)) } }
            for (vx, vy) in vertices {
                let lat = vy / 1e5
                if lat * 1e5 == vy { onVertexOrdinate += 1 }
                for dx in [-0.5, 0.0, 0.5, 7.0] { points.append(GeoPoint(lon: (vx + dx) / 1e5, lat: lat)) }
            }
            for p in points {
                let fast = geo.polygonContains(poly, p)
                XCTAssertEqual(fast, plainContains(poly, p), "polygon \(poly), point \(p)")
                tested += 1
                if fast { insideCount += 1 }
            }
        }
        XCTAssertGreaterThan(tested, 10_000)
        XCTAssertGreaterThan(onVertexOrdinate, 1_000)
        XCTAssertGreaterThan(insideCount, 1_000)
        XCTAssertFalse(geo.polygonContains(0, GeoPoint(lon: .nan, lat: .nan)))
    }

    func testPostcodeLookupsWithoutArrays() {
        var postcodes = Set<Int>()
        for i in stride(from: 0, to: geo.communeCount, by: 7) { postcodes.formUnion(geo.postcodes(of: i)) }
        postcodes.formUnion([0, 1, 99_999, 75_001, 13_001, 20_000])
        XCTAssertGreaterThan(postcodes.count, 1_000)
        for pc in postcodes {
            var plain: [Int] = []
            for c in geo.communes(withPostcode: pc).map(geo.current) where !plain.contains(c) { plain.append(c) }
            XCTAssertEqual(geo.currentCommunes(withPostcode: pc), plain, "postcode \(pc)")
            for c in plain + [0, 1, 2] {
                XCTAssertEqual(geo.postcode(pc, belongsTo: c), plain.contains(c), "postcode \(pc), commune \(c)")
            }
        }
    }

    func testTownsRememberedAsFolded() {
        let addresses = [
            "12 rue X, 17200 Royan", "12 rue X, 17200 Royan", "1 place Y 75015 Paris Cedex 15",
            "3 rue Z 33000 Bordeaux France", "3 rue Z 33000 BORDEAUX", "D 201, 12345", "Route 13001 Marseille 1er",
            "4 rue L'Haÿ 94240 L'Haÿ-les-Roses", "4 rue L'Haÿ 94240 L’Haÿ-les-Roses", "Rue 75001",
            "5 av 75001 CEDEX",
            "6 av 69001 Lyon", "6 av 69001 Lyoń", "no postcode at all", "",
        ]
        let memo = NameMemo()
        for a in addresses + addresses.reversed() {
            var bytes = Array(a.utf8)
            bytes.withUnsafeMutableBufferPointer { b in
                let c = UnsafeBufferPointer(b)
                XCTAssertEqual(AddressParts.parse(c, memo: memo), AddressParts.parse(c), a)
            }
        }
        var bytes = Array("12 rue X, 17200 Royan".utf8)
        let royan = bytes.withUnsafeMutableBufferPointer { AddressParts.parse(UnsafeBufferPointer($0), memo: memo) }
        XCTAssertEqual(royan.postcode, 17200)
        XCTAssertEqual(royan.postcodeText, "17200")
        XCTAssertEqual(royan.town, "ROYAN")
        bytes = Array("1 place Y 75015 Paris Cedex 15".utf8)
        let paris = bytes.withUnsafeMutableBufferPointer { AddressParts.parse(UnsafeBufferPointer($0)) }
        XCTAssertEqual(paris.town, "PARIS")
    }

    func testFactsKeepThePostcodeAsWritten() {
        var f = GeoFacts()
        XCTAssertNil(f.addressPostcode)
        for pc in ["01234", "17200", "00000", "99999"] {
            f.addressPostcode = pc
            XCTAssertEqual(f.addressPostcode, pc)
        }
        f.addressPostcode = nil
        XCTAssertNil(f.addressPostcode)
        XCTAssertEqual(f, GeoFacts())
    }

    func testTownWithoutArrondissementNumber() {
        XCTAssertEqual(GeoNames.withoutNumber("PARIS 15"), "PARIS")
        XCTAssertEqual(GeoNames.withoutNumber("MARSEILLE 8E"), "MARSEILLE")
        XCTAssertEqual(GeoNames.withoutNumber("LYON 1ER ARDT 2"), "LYON 1ER ARDT")
        XCTAssertNil(GeoNames.withoutNumber("ST DENIS"))
        XCTAssertNil(GeoNames.withoutNumber("LYON"))
        XCTAssertNil(GeoNames.withoutNumber("LYON "))
        XCTAssertEqual(GeoNames.withoutNumber("X \u{663}"), "X")  // an Arabic-Indic digit is a number too
        XCTAssertNil(GeoNames.withoutNumber("X \u{E9}TAGE"))
        XCTAssertEqual(GeoNames.withoutNumber("A 1\u{301}"), "A")
    }

    /// Two workers' memos, the second served by the table the first filled, give the names
    /// folded afresh.
    func testFoldedNamesSharedBetweenWorkers() {
        let first = NameMemo()
        let second = NameMemo()
        for i in stride(from: 0, to: geo.communeCount, by: 97) {
            let expected = geo.foldedNames(i)
            XCTAssertEqual(first.names(i, geo), expected)
            XCTAssertEqual(second.names(i, geo), expected)
            XCTAssertEqual(first.names(i, geo), expected)
        }
        let rouen = geo.lookup(code: "76540") ?? -1
        XCTAssertEqual(second.names(rouen, geo), ["ROUEN"])
    }

    /// A row view over `cells` (contiguous, as the reader lays them out).
    private func withRow<T>(_ number: Int, _ cells: [String], _ body: (RowView) -> T) -> T {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for c in cells {
            bytes.append(contentsOf: c.utf8)
            ends.append(bytes.count)
        }
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { b in
            ends.withUnsafeBufferPointer { e in
                // `bytes` ends with a 0: never empty.
                body(RowView(number: number, line: number, base: b.baseAddress!, ends: e))
            }
        }
    }

    /// One checker over a sequence of rows (previous row and cache in play) gives what a fresh
    /// checker gives for each row alone.
    func testPreviousRowAndCacheChangeNothing() throws {
        let labels = ["id_station_itinerance", "nom_station", "adresse_station", "code_insee_commune", "coordonneesXY"]
        let columns = try XCTUnwrap(GeoColumns(labels: labels))
        let analysis = GeoAnalysis(
            reference: geo, context: RuleContext(today: (2026, 11, 21)), columns: columns)
        let a = ["FRXXXP1", "A", "3 rue Test 76000 Rouen", "76351", "[1.09441, 49.44021]"]
        var b = a
        b[0] = "FRXXXP2"  // same place, another station
        var c = a
        c[0] = ""  // no id: the name and address make the station
        var d = c
        d[1] = "D"
        var e = a
        e[4] = "[1.0944, 49.4402]"
        let short = ["FRXXXP9", "S"]  // cells missing
        var empty = a
        empty[3] = ""
        let rows = [a, a, a, b, b, a, c, c, d, e, e, a, short, short, empty, a, empty]
        let checker = GeoRowChecker(analysis: analysis)
        var findings: [Finding] = []
        var extracts = GeoExtracts()
        for (k, cells) in rows.enumerated() {
            withRow(k + 2, cells) { checker.check($0, into: &findings, extracts: &extracts) }
        }
        var expected: [Finding] = []
        var alone = GeoExtracts()
        for (k, cells) in rows.enumerated() {
            withRow(k + 2, cells) { GeoRowChecker(analysis: analysis).check($0, into: &expected, extracts: &alone) }
        }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(findings, expected)
        XCTAssertEqual(extracts.rows, alone.rows)
        XCTAssertEqual(extracts.stations, alone.stations)
        XCTAssertEqual(extracts.facts, alone.facts)
        XCTAssertEqual(extracts.labels, alone.labels)
        // P1, P2, P9 and the empty id: an empty cell hashes unlike `hash64(empty)` (its base is not
        // nil), so rows without id share one station, as on main (not changed here).
        XCTAssertEqual(Set(extracts.stations).count, 4)
    }
}
