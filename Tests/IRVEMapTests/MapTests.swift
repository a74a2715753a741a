import Foundation
import IRVEFindings
import IRVEGeo
import IRVEMap
import IRVETestSupport
import IRVEValidate
import XCTest

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The map of the bundled sample: one marker per station, the swapped station drawn where it is
/// written and where it should be, the commune its code names drawn beside the one its point falls
/// in; the SVG is well-formed XML, the page fetches nothing, the GeoJSON has one feature per station.
final class MapTests: XCTestCase {
    func map(_ path: String, _ lang: Language = .fr) throws -> StationMap {
        let options = ValidationOptions(schema: nil, headerMode: .byName, lang: lang, maxFindings: nil)
        let result = try Validation.check(path: path, options: options)
        return try MapBuilder.build(path: path, result: result, lang: lang)
    }

    func testTheSampleHasItsEightStationsAndTheSwappedOneIsCorrected() throws {
        let m = try map(TestPaths.faultySample)
        XCTAssertEqual(m.stations.count, 8)
        XCTAssertEqual(m.stations.map(\.points.count).reduce(0, +), 20, "every row's point")
        let swapped = try XCTUnwrap(m.stations.first { $0.id == "FRRGSP47157007" })
        for p in swapped.points {
            XCTAssertEqual(p.lon, 44.5038)
            XCTAssertEqual(p.corrected?.lon, 0.1585)
            XCTAssertEqual(p.corrected?.lat, 44.5038)
        }
        XCTAssertTrue(
            m.stations.filter { $0.id != "FRRGSP47157007" }.allSatisfy { $0.points.allSatisfy { $0.corrected == nil } })
        // Rows 13–14 write 47200, Parranquet's code (Marmande's postcode): both communes are drawn.
        let elsewhere = try XCTUnwrap(m.stations.first { $0.id == "FRRGSP47157005" })
        XCTAssertEqual(elsewhere.points.first?.fallsIn, "Marmande (47157)")
        XCTAssertEqual(Set(m.communes.map(\.code)), ["47157", "47200"])
        XCTAssertTrue(m.communes.allSatisfy { !$0.rings.isEmpty && $0.rings[0].count > 10 })
        XCTAssertTrue(m.stations.allSatisfy { $0.status == .error }, "every station of the sample has an error")
    }

    func testTheCorrectedSampleHasNoStationInError() throws {
        let m = try map(TestPaths.correctedSample)
        XCTAssertEqual(m.stations.count, 8)
        XCTAssertFalse(m.stations.contains { $0.status == .error })
        XCTAssertTrue(m.stations.allSatisfy { $0.points.allSatisfy { $0.fallsIn == nil } })
    }

    func testTheSVGIsWellFormedWithOneFocusableMarkerPerStation() throws {
        let m = try map(TestPaths.faultySample)
        let svg = SVGMap.render(m, lang: .fr)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        XCTAssertTrue(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
        XCTAssertEqual(counter.stations, 8)
        XCTAssertEqual(counter.focusable, 8)
        XCTAssertEqual(counter.arrows, 1, "one arrow per distinct written point (two rows, one point)")
        XCTAssertEqual(counter.communes, 2)
        XCTAssertFalse(svg.contains("<style") || svg.contains("<script"), "attributes only: fits a strict CSP")
        XCTAssertTrue(
            svg.contains("Latitude et longitude inversées") || svg.contains("latitude et longitude inversées"))
        XCTAssertTrue(SVGMap.render(m, lang: .en).contains("latitude and longitude swapped"))
        // The swapped station's arrow ends in Marmande, among the other markers: drawn under all of them.
        let lastArrow = try XCTUnwrap(svg.range(of: "<g class=\"swapped\"", options: .backwards))
        let firstMarker = try XCTUnwrap(svg.range(of: "<g class=\"station\""))
        XCTAssertLessThan(lastArrow.lowerBound, firstMarker.lowerBound, "an arrow drawn over a station's marker")
    }

    func testThePageIsSelfContained() throws {
        let page = MapPage.render(try map(TestPaths.faultySample), lang: .fr)
        let external = page.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
        XCTAssertFalse(external.contains("http://") || external.contains("https://") || external.contains("src="))
        let start = try XCTUnwrap(page.range(of: "<script type=\"application/json\" id=\"irve-map-data\">"))
        let end = try XCTUnwrap(page.range(of: "</script>", range: start.upperBound..<page.endIndex))
        let json = String(page[start.upperBound..<end.lowerBound])
        let data = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let stations = try XCTUnwrap(data["stations"] as? [String: Any])
        XCTAssertEqual(stations.count, 8)
    }

    func testTheGeoJSONHasOneFeaturePerStationAtItsCorrectedPoint() throws {
        let bytes = StationGeoJSON.encode(try map(TestPaths.faultySample), lang: .en)
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        XCTAssertEqual(json["type"] as? String, "FeatureCollection")
        let features = try XCTUnwrap(json["features"] as? [[String: Any]])
        XCTAssertEqual(features.count, 8)
        let swapped = try XCTUnwrap(
            features.first {
                ($0["properties"] as? [String: Any])?["id_station_itinerance"] as? String == "FRRGSP47157007"
            })
        let geometry = try XCTUnwrap(swapped["geometry"] as? [String: Any])
        XCTAssertEqual(geometry["type"] as? String, "Point")
        XCTAssertEqual(geometry["coordinates"] as? [Double], [0.1585, 44.5038])
        let properties = try XCTUnwrap(swapped["properties"] as? [String: Any])
        XCTAssertEqual(properties["lignes"] as? [Int], [17, 18], "rows counted as the report counts them (header = 1)")
        XCTAssertEqual(properties["points_inverses"] as? Int, 2)
        XCTAssertEqual(properties["statut"] as? String, "error")
        let findings = try XCTUnwrap(properties["constats"] as? [[String: Any]])
        XCTAssertTrue(findings.contains { $0["code"] as? String == "coordinates-swapped" })
    }

    func testARealFileWithManyCommunes() throws {
        let path = try TestPaths.shared("corpus/real/grand-lyon-izivia_v2.3_2026.csv").path
        let m = try map(path)
        XCTAssertGreaterThan(m.stations.count, 10)
        XCTAssertGreaterThan(m.communes.count, 1)
        let counter = ElementCounter()
        let parser = XMLParser(data: Data(SVGMap.render(m, lang: .fr).utf8))
        parser.delegate = counter
        XCTAssertTrue(parser.parse())
        XCTAssertEqual(counter.stations, m.stations.filter { !$0.points.isEmpty }.count)
    }
}

final class ElementCounter: NSObject, XMLParserDelegate {
    var stations = 0
    var focusable = 0
    var arrows = 0
    var communes = 0

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "g", attributes["class"] == "station" { stations += 1 }
        if attributes["tabindex"] == "0" { focusable += 1 }
        if name == "line", attributes["marker-end"] == "url(#irve-arrow)", attributes["x1"] != "10" { arrows += 1 }
        if name == "path", attributes["data-commune"] != nil { communes += 1 }
    }
}
