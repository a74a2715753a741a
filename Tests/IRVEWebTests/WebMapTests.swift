import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVEMap
import IRVEReport
import IRVETestSupport
import IRVEValidate
import IRVEWording
import XCTest

@testable import IRVEWeb

/// `/map`: the `irve map` renderer in the assistant, under its CSP (no inline script or style).
final class WebMapTests: XCTestCase {
    /// The sample's map as `irve map` builds it (8 stations, one of them with swapped coordinates).
    static func sampleMap() throws -> StationMap {
        let r = try Validation.check(path: TestPaths.faultySample, options: ValidationOptions(lang: .fr))
        return try MapBuilder.build(path: TestPaths.faultySample, result: r, lang: .fr)
    }

    func testMapPageDrawsEveryStationAndTheSwappedOneWithItsArrow() async throws {
        let expected = try Self.sampleMap()
        XCTAssertEqual(expected.stations.count, 8)
        try await TestSite().run { client in
            let v = try await Visitor.trySample(client)
            try await client.execute(uri: "/map", method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentSecurityPolicy], SafetyMiddleware.policy)
                let page = String(buffer: r.body)
                WebPageChecks.assertNoInlineScriptOrStyle(page, "/map")
                XCTAssertEqual(page.occurrences(of: "<g class=\"station\" data-station=\""), 8)
                XCTAssertEqual(page.occurrences(of: "tabindex=\"0\" role=\"button\" aria-label=\""), 8)
                XCTAssertEqual(page.occurrences(of: "<g class=\"swapped\" data-station=\""), 1)
                let swapped = try XCTUnwrap(page.range(of: "<g class=\"swapped\""))
                let group = page[swapped.lowerBound...].prefix { $0 != "\n" }
                XCTAssertTrue(group.contains("<line ") && group.contains("marker-end=\"url(#irve-arrow)\""), "\(group)")
                XCTAssertTrue(page.contains("<marker id=\"irve-arrow\""))
                XCTAssertTrue(page.contains("<div id=\"irve-map-wrap\" tabindex=\"0\""))
                XCTAssertTrue(page.contains("<aside id=\"irve-map-panel\" aria-live=\"polite\"></aside>"))
                XCTAssertTrue(page.contains("<script src=\"/assets/map.js\" defer></script>"))
                XCTAssertTrue(page.contains("<link rel=\"stylesheet\" href=\"/assets/map.css\">"))
                XCTAssertTrue(page.contains("data-commune=\""), "commune contours under the stations")
                // The same drawing as `irve map`, named after the visitor's file, not the server's path.
                var named = expected
                named.file = SampleFile.name
                XCTAssertTrue(page.contains(SVGMap.render(named, lang: .fr)))
                XCTAssertFalse(page.contains(NSTemporaryDirectory()), "no server path in the page")
            }
            try await client.execute(uri: "/map?lang=en", method: .get, headers: v.headers) { r in
                XCTAssertTrue(String(buffer: r.body).contains("<html lang=\"en\">"))
            }
        }
    }

    /// The details the panel shows: every station's rows and findings, as the map's data says.
    func testMapDataListsEachStationsRowsAndFindings() async throws {
        var named = try Self.sampleMap()
        named.file = SampleFile.name
        let expected = named
        try await TestSite().run { client in
            let v = try await Visitor.trySample(client)
            try await client.execute(uri: "/map", method: .get, headers: v.headers) { r in
                let page = String(buffer: r.body)
                let open = "<div id=\"irve-map-data\" hidden>"
                let start = try XCTUnwrap(page.range(of: open))
                let end = try XCTUnwrap(page.range(of: "</div>", range: start.upperBound..<page.endIndex))
                let text = WebPageChecks.unescape(String(page[start.upperBound..<end.lowerBound]))
                XCTAssertEqual(text, MapPage.data(expected, .fr))
                let json = try XCTUnwrap(
                    JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                let stations = try XCTUnwrap(json["stations"] as? [String: [String: Any]])
                XCTAssertEqual(stations.count, 8)
                let swappedStation = expected.stations.first { $0.points.contains { $0.corrected != nil } }
                let swappedID = try XCTUnwrap(swappedStation?.id)
                let swapped = try XCTUnwrap(stations[swappedID])
                XCTAssertFalse((swapped["rows"] as? [Int] ?? []).isEmpty)
                let findings = try XCTUnwrap(swapped["findings"] as? [[String: Any]])
                XCTAssertFalse(findings.isEmpty)
            }
        }
    }

    func testMapAssetsAreTheRenderersOwn() async throws {
        try await TestSite().run { client in
            try await client.execute(uri: "/assets/map.js", method: .get) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentType], "text/javascript; charset=utf-8")
                XCTAssertEqual(r.headers[.contentSecurityPolicy], SafetyMiddleware.policy)
                XCTAssertEqual(String(buffer: r.body), MapPage.script)
            }
            try await client.execute(uri: "/assets/map.css", method: .get) { r in
                XCTAssertEqual(r.status, .ok)
                XCTAssertEqual(r.headers[.contentType], "text/css; charset=utf-8")
                XCTAssertEqual(String(buffer: r.body), MapPage.mapStyle)
            }
        }
    }

    func testMapNeedsASessionAndAnUpload() async throws {
        try await TestSite().run { client in
            try await client.execute(uri: "/map", method: .get) { r in XCTAssertEqual(r.status, .forbidden) }
            let v = try await Visitor.arrive(client)
            try await client.execute(uri: "/map", method: .get, headers: v.headers) { r in
                XCTAssertEqual(r.status, .seeOther)
                XCTAssertEqual(r.headers[.location], "/?lang=fr")
            }
        }
    }

    /// The standalone page is the web page's body between its own frame, data and script.
    func testStandalonePageIsMadeOfTheSeparableParts() throws {
        let map = try Self.sampleMap()
        let page = MapPage.render(map, lang: .fr)
        XCTAssertTrue(page.contains("<main>\n" + MapPage.body(map, lang: .fr) + "</main>\n"))
        XCTAssertTrue(page.contains("<script>\(MapPage.script)</script>"))
        XCTAssertTrue(page.contains("<style>\(MapPage.style)</style>"))
        XCTAssertTrue(MapPage.style.hasSuffix(MapPage.mapStyle))
    }

    /// Every page the assistant renders: no inline script, no inline style, the CSP header.
    func testNoPageHasAnInlineScriptOrStyle() async throws {
        try await TestSite().run { client in
            let v = try await Visitor.trySample(client)
            let stranger = try await Visitor.arrive(client)
            let pages: [(String, HTTPFields)] = [
                ("/", v.headers), ("/?lang=en", v.headers), ("/verdict", v.headers), ("/verdict?lang=en", v.headers),
                ("/verdict?severity=error&page=2", v.headers), ("/verdict?station=nowhere", v.headers),
                ("/map", v.headers), ("/map?lang=en", v.headers), ("/nowhere", v.headers), ("/map", [:]),
                ("/verdict", [:]), ("/download/other", v.headers), ("/verdict", stranger.headers),
            ]
            for (uri, headers) in pages {
                try await client.execute(uri: uri, method: .get, headers: headers) { r in
                    XCTAssertEqual(r.headers[.contentSecurityPolicy], SafetyMiddleware.policy, uri)
                    WebPageChecks.assertNoInlineScriptOrStyle(String(buffer: r.body), uri)
                }
            }
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v), body: ByteBuffer(string: "garbage")
            ) { r in WebPageChecks.assertNoInlineScriptOrStyle(String(buffer: r.body), "broken upload") }
        }
    }
}

/// Checks every rendered page shares.
enum WebPageChecks {
    /// Scripts only from /assets/, no `<style>`, no `style=` or `on…=` attribute.
    static func assertNoInlineScriptOrStyle(_ page: String, _ what: String, line: UInt = #line) {
        var rest = page[...]
        while let r = rest.range(of: "<script") {
            let end = rest.range(of: "</script>", range: r.upperBound..<rest.endIndex)?.upperBound ?? rest.endIndex
            let element = String(rest[r.lowerBound..<end])
            let external = element.wholeMatch(of: /<script src="\/assets\/[a-z]+\.js"( defer)?><\/script>/) != nil
            XCTAssertTrue(external, "\(what): inline script \(element.prefix(200))", line: line)
            rest = rest[end...]
        }
        XCTAssertFalse(page.contains("<style"), "\(what): <style>", line: line)
        XCTAssertFalse(page.contains(" style=\""), "\(what): style attribute", line: line)
        for handler in [" onclick=", " onload=", " onerror=", " onsubmit=", "javascript:"] {
            XCTAssertFalse(page.contains(handler), "\(what): \(handler)", line: line)
        }
    }

    /// HTML text back to the characters `HTML.escape` wrote.
    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

extension String {
    func occurrences(of s: String) -> Int { components(separatedBy: s).count - 1 }
}

extension Visitor {
    /// A visitor who tried the bundled sample (the redirection to the verdict followed).
    static func trySample(_ client: some TestClientProtocol) async throws -> Visitor {
        let v = try await arrive(client)
        try await client.execute(
            uri: "/sample", method: .post,
            headers: [.cookie: v.cookie, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: "csrf=\(v.csrf)")
        ) { r in XCTAssertEqual(r.status, .seeOther) }
        return v
    }
}
