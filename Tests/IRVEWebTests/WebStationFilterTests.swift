import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVEReport
import IRVETestSupport
import IRVEValidate
import IRVEWording
import XCTest

@testable import IRVEWeb

/// The verdict's filters, the station's among them (`form#filters`, `#f-station`).
final class WebStationFilterTests: XCTestCase {
    func testStationRowsNameEachRowsStation() throws {
        let stations = StationRows.read(path: TestPaths.faultySample)
        let text = try String(contentsOfFile: TestPaths.faultySample, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let delimiter: Character = lines[0].contains(";") ? ";" : ","
        let header = lines[0].split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
        let column = try XCTUnwrap(header.firstIndex(of: "id_station_itinerance"))
        let second = lines[1].split(separator: delimiter, omittingEmptySubsequences: false)
        XCTAssertEqual(stations.station(ofRow: 2), String(second[column]))
        XCTAssertNil(stations.station(ofRow: 1), "the header is no station's")
        XCTAssertNil(stations.station(ofRow: 10_000))
        XCTAssertEqual(stations.names.count, 8)
    }

    func testEveryFilterIsLabelledAndTheStationFilterKeepsItsRowsOnly() async throws {
        let read = StationRows.read(path: TestPaths.faultySample)
        let names = read.names
        let byRow = Dictionary(
            uniqueKeysWithValues: (2..<1000).compactMap { r in read.station(ofRow: r).map { (r, $0) } })
        try await TestSite().run { client in
            let v = try await Visitor.trySample(client)
            let all = try await client.execute(uri: "/verdict", method: .get, headers: v.headers) { r in
                String(buffer: r.body)
            }
            XCTAssertTrue(all.contains("<form id=\"filters\""))
            for id in ["f-severity", "f-column", "f-family", "f-station"] {
                XCTAssertTrue(all.contains("<label for=\"\(id)\">"), id)
                XCTAssertTrue(all.contains("<select id=\"\(id)\""), id)
            }
            XCTAssertTrue(all.contains("<a id=\"open-map\" href=\"/map?lang=fr\">"))
            let options = Self.options(of: "f-station", in: all)
            XCTAssertFalse(options.isEmpty)
            XCTAssertTrue(options.allSatisfy { names.contains($0) })
            let groupsAll = all.occurrences(of: "<details class=\"group\"")
            var seen = 0
            for station in options {
                let uri = "/verdict?station=" + HTML.query(station)
                let page = try await client.execute(uri: uri, method: .get, headers: v.headers) { r in
                    String(buffer: r.body)
                }
                XCTAssertTrue(page.contains("<option value=\"\(HTML.escape(station))\" selected>"), station)
                let rows = Self.cellRows(page)
                XCTAssertFalse(rows.isEmpty, station)
                for row in rows { XCTAssertEqual(byRow[row], station, "row \(row)") }
                let groups = page.occurrences(of: "<details class=\"group\"")
                XCTAssertLessThanOrEqual(groups, groupsAll)
                seen += rows.count
            }
            XCTAssertEqual(seen, Self.cellRows(all).count, "the sample's cells, station by station")
        }
    }

    func testStationFilterCombinesWithTheOthers() async throws {
        try await TestSite().run { client in
            let v = try await Visitor.trySample(client)
            let all = try await client.execute(uri: "/verdict", method: .get, headers: v.headers) { r in
                String(buffer: r.body)
            }
            let station = try XCTUnwrap(Self.options(of: "f-station", in: all).first)
            let uri = "/verdict?severity=warning&station=" + HTML.query(station)
            try await client.execute(uri: uri, method: .get, headers: v.headers) { r in
                let page = String(buffer: r.body)
                XCTAssertFalse(page.contains("<details class=\"group\" data-severity=\"error\""))
            }
        }
    }

    /// The values of a select's options (the first, "any", left out).
    static func options(of id: String, in page: String) -> [String] {
        guard let start = page.range(of: "<select id=\"\(id)\""),
            let end = page.range(of: "</select>", range: start.upperBound..<page.endIndex)
        else { return [] }
        return page[start.upperBound..<end.lowerBound].components(separatedBy: "<option value=\"").dropFirst(2)
            .compactMap { $0.split(separator: "\"", maxSplits: 1).first.map { WebPageChecks.unescape(String($0)) } }
    }

    /// The row numbers of the groups' cell tables.
    static func cellRows(_ page: String) -> [Int] {
        page.components(separatedBy: "<tr><td>").dropFirst().compactMap { Int($0.prefix { $0 != "<" }) }
    }
}
