import Foundation
import XCTest

@testable import IRVEGeo

/// The embedded reference answers the lookups the checks rely on, on real places.
final class GeoReferenceTests: XCTestCase {
    var geo: GeoReference!

    override func setUpWithError() throws {
        geo = try XCTUnwrap(GeoReference.shared, "the embedded geographic reference could not be read")
    }

    func testCodesPostcodesAndHistory() throws {
        let rouen = try XCTUnwrap(geo.lookup(code: "76540"))
        let c = geo.commune(rouen)
        XCTAssertEqual(c.name, "Rouen")
        XCTAssertEqual(c.kind, .commune)
        XCTAssertEqual(Set(c.postcodes), ["76000", "76100"])
        XCTAssertTrue(geo.communes(withPostcode: 76100).contains(rouen))
        // Corsica's letters, and a chef-lieu commune déléguée sharing its commune's code.
        XCTAssertEqual(geo.lookup(code: "2A004").map { geo.commune($0).name }, "Ajaccio")
        let arboys = geo.entries(code: Array("01015".utf8))
        XCTAssertEqual(arboys.count, 2)
        XCTAssertEqual(geo.kind(arboys.lowerBound), .commune)
        // Paris arrondissement → parent; Royan's postcode is not an INSEE code of Royan.
        let paris15 = try XCTUnwrap(geo.lookup(code: "75115"))
        XCTAssertEqual(geo.kind(paris15), .arrondissement)
        XCTAssertEqual(geo.parent(paris15).map { geo.commune($0).code }, "75056")
        XCTAssertEqual(geo.communes(withPostcode: 17200).map { geo.commune($0).code }.contains("17306"), true)
        // A merged commune's old code.
        let old = try XCTUnwrap(geo.history(code: Array("01039".utf8)))  // Béon → 01138
        XCTAssertEqual(old.targets.map { geo.commune($0).code }, ["01138"])
        XCTAssertNil(geo.lookup(code: "99999"))
    }

    func testPointInPolygon() throws {
        // Rouen's cathedral, Lyon's Bellecour (in 69123 and ARM 69382), Saint-Denis de La Réunion.
        let cathedral = GeoPoint(lon: 1.0944, lat: 49.4402)
        XCTAssertEqual(geo.communeAt(cathedral).map { geo.commune($0).code }, "76540")
        let bellecour = GeoPoint(lon: 4.8320, lat: 45.7578)
        XCTAssertEqual(geo.communeAt(bellecour).map { geo.commune($0).code }, "69123")
        XCTAssertEqual(geo.arrondissementAt(bellecour).map { geo.commune($0).code }, "69382")
        XCTAssertEqual(geo.communeAt(GeoPoint(lon: 55.4504, lat: -20.8821)).map { geo.commune($0).code }, "97411")
        // Swapped: (lat, lon) is in the sea off Somalia / in the Indian Ocean.
        XCTAssertNil(geo.communeAt(GeoPoint(lon: 49.4402, lat: 1.0944)))
        XCTAssertFalse(geo.isInFrance(GeoPoint(lon: 49.4402, lat: 1.0944)))
        // Distance to a commune: the cathedral is a few km from Bois-Guillaume's contour.
        let bg = try XCTUnwrap(geo.lookup(code: "76108"))
        let d = try XCTUnwrap(geo.distance(bg, cathedral))
        XCTAssertGreaterThan(d, 1_000)
        XCTAssertLessThan(d, 6_000)
        XCTAssertEqual(geo.distance(try XCTUnwrap(geo.lookup(code: "76540")), cathedral), 0)
    }

    /// Every commune's interior point falls in its own polygon (and the lookup finds it): the
    /// whole table and the grid, checked at once.
    func testEveryInteriorPointIsFoundInItsCommune() {
        var misses: [String] = []
        for i in 0..<geo.communeCount where geo.kind(i) == .commune {
            let c = geo.commune(i)
            guard c.hasPolygon else { continue }
            if geo.communeAt(c.interior) != i { misses.append(c.code) }
        }
        XCTAssertEqual(misses, [], "interior points not found in their commune")
    }

    /// Tests that read ../shared check the embedded copy against a rebuild from the sources.
    func testEmbeddedDataMatchesTheBuildScript() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared/geo")
        guard FileManager.default.fileExists(atPath: shared.path) else {
            throw XCTSkip("../shared/geo absent: cannot rebuild the reference data to compare (always present in CI)")
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", root.appendingPathComponent("Scripts/build-geo.py").path, "--check"]
        try p.run()
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, "Resources/geo is out of date: run python3 Scripts/build-geo.py")
    }
}
