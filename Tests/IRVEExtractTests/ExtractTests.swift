import Foundation
import IRVEExtract
import IRVEFindings
import IRVERead
import IRVETestSupport
import IRVEWording
import XCTest

/// `irve extract` on the national slices of ../shared/corpus/derived: which rows it keeps and why,
/// that it copies them unchanged under the 2.3.1 header, and how it refuses what it cannot do.
final class ExtractTests: XCTestCase {
    var tmp: URL!

    override func setUpWithError() throws { tmp = try TestPaths.temporaryFolder("irve-extract") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    func national() throws -> String {
        try TestPaths.shared("corpus/derived/national-consolidation-v2.3_tesla-rows_202411.csv").path
    }

    /// The 2.3.1 field names, read from the official schema (not from irve's embedded copy).
    func officialFields() throws -> [String] {
        let url = try TestPaths.shared("irve/schema-irve-statique-2.3.1.json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let fields = json?["fields"] as? [[String: Any]] ?? []
        return fields.compactMap { $0["name"] as? String }
    }

    func run(_ input: String, output: String? = nil, _ edit: (inout Extract.Request) -> Void) throws -> ExtractSummary {
        var r = Extract.Request(input: input, output: output)
        edit(&r)
        return try Extract.run(r)
    }

    func testADepartementKeepsItsRowsUnchangedUnderTheSchemaHeader() throws {
        let input = try national()
        let out = tmp.appendingPathComponent("brouillon-33.csv").path
        let s = try run(input, output: out) { $0.departements = ["33"] }
        let source = try Table(input)
        let expected = source.rows.filter { source.value($0, "code_insee_commune").hasPrefix("33") }
        XCTAssertEqual(expected.count, 98)
        XCTAssertEqual(s.rowsRead, source.rows.count)
        XCTAssertEqual(s.rowsKept, expected.count)
        XCTAssertEqual(s.keptByCode, expected.count)
        XCTAssertEqual(s.disagreements, 0)
        XCTAssertEqual(s.stations, Set(expected.map { source.value($0, "id_station_itinerance") }).count)
        let draft = try Table(out)
        XCTAssertEqual(draft.header, try officialFields(), "the draft has exactly the 2.3.1 columns, in order")
        XCTAssertEqual(draft.rows.count, expected.count)
        for (d, e) in zip(draft.rows, expected) {
            for field in draft.header {
                XCTAssertEqual(draft.value(d, field), source.value(e, field), "\(field) copied unchanged")
            }
        }
        XCTAssertTrue(s.droppedColumns.contains { $0.name == "consolidated_longitude" && $0.count == 3057 })
    }

    func testACommuneWhosePointsAreGarbageIsKeptByItsCode() throws {
        // Val-de-Meuse's 48 rows have "[47.99147,47.99147]": no point, so the code decides alone.
        let s = try run(try national(), output: nil) { $0.communes = ["52332"] }
        XCTAssertEqual(s.rowsKept, 48)
        XCTAssertEqual(s.keptByCode, 48)
        XCTAssertEqual(s.keptByPoint, 0)
        XCTAssertEqual(s.disagreements, 0)
        XCTAssertEqual(s.territory, [.commune(name: "Val-de-Meuse", code: "52332")])
        XCTAssertEqual(s.operators, [ExtractCount(name: "TESLA France SARL", count: 48)])
    }

    func testTheAmenageursSIRENKeepsAllItsRows() throws {
        let s = try run(try national(), output: nil) { $0.sirens = ["524 335 262"] }
        XCTAssertEqual(s.rowsKept, 3057)
        XCTAssertEqual(s.keptBySIREN, 3057)
    }

    /// A Bordeaux row whose code says Paris: asked for Paris, it is left out and listed; asked for
    /// Bordeaux, it is kept by its point but listed too; `keepDisagreements` keeps it.
    func testAPointAndACodeThatDisagreeAreListed() throws {
        let source = try Table(try national())
        guard let row = source.rows.first(where: { source.value($0, "code_insee_commune") == "33063" }) else {
            return XCTFail("no Bordeaux row in the slice")
        }
        var edited = row
        edited[source.header.firstIndex(of: "code_insee_commune")!] = "75056"
        var swapped = row
        let xy = source.header.firstIndex(of: "coordonneesXY")!
        swapped[xy] = Self.swap(row[xy])
        swapped[source.header.firstIndex(of: "code_insee_commune")!] = ""
        let file = tmp.appendingPathComponent("desaccord.csv")
        try Table.write([source.header, edited, swapped], to: file)

        let paris = try run(file.path) { $0.communes = ["75056"] }
        XCTAssertEqual(paris.rowsKept, 0)
        XCTAssertEqual(paris.disagreements, 1)
        XCTAssertEqual(paris.disagreementSamples.first?.row, 2)
        XCTAssertEqual(paris.disagreementSamples.first?.codeInTerritory, true)
        XCTAssertEqual(paris.disagreementSamples.first?.pointCommune, "Bordeaux (33063)")

        let bordeaux = try run(file.path) { $0.communes = ["33063"] }
        XCTAssertEqual(bordeaux.rowsKept, 1, "the swapped point, without code, is found in Bordeaux")
        XCTAssertEqual(bordeaux.keptByPoint, 1)
        XCTAssertEqual(bordeaux.disagreements, 1)
        XCTAssertEqual(bordeaux.disagreementSamples.first?.codeInTerritory, false)

        let kept = try run(file.path) {
            $0.communes = ["33063"]
            $0.keepDisagreements = true
        }
        XCTAssertEqual(kept.rowsKept, 2)
        XCTAssertTrue(kept.disagreementsKept)
        let lines = Wording.summary(kept, input: file.path, output: nil, .fr)
        XCTAssertTrue(lines.contains { $0.contains("1 lignes gardées quand même") || $0.contains("gardées") })
    }

    func testAQualiChargeExtractInAnotherColumnOrder() throws {
        let input = try TestPaths.shared("corpus/derived/qualicharge-staging_static-extract_20250908.csv").path
        let out = tmp.appendingPathComponent("brouillon-21.csv").path
        let s = try run(input, output: out) { $0.departements = ["21"] }
        let source = try Table(input)
        let byCode = source.rows.filter { source.value($0, "code_insee_commune").hasPrefix("21") }.count
        XCTAssertGreaterThanOrEqual(s.rowsKept + s.disagreements, byCode)
        let draft = try Table(out)
        XCTAssertEqual(draft.header, try officialFields())
        XCTAssertEqual(draft.rows.count, s.rowsKept)
        XCTAssertTrue(draft.rows.allSatisfy { draft.value($0, "id_pdc_itinerance") != "" })
        // No coordonneesXY column: the point is rebuilt from longitude and latitude, in that order.
        XCTAssertEqual(s.pointColumns, ExtractPointColumns(longitude: "longitude", latitude: "latitude"))
        XCTAssertEqual(s.rebuiltPoints, s.rowsKept)
        XCTAssertFalse(s.missingColumns.contains("coordonneesXY"))
        XCTAssertFalse(s.droppedColumns.contains { $0.name == "longitude" })
        let first = source.rows.first {
            source.value($0, "id_pdc_itinerance") == draft.value(draft.rows[0], "id_pdc_itinerance")
        }
        XCTAssertEqual(
            draft.value(draft.rows[0], "coordonneesXY"),
            "[\(source.value(first ?? [], "longitude")), \(source.value(first ?? [], "latitude"))]")
        XCTAssertGreaterThan(s.keptByPoint, 0, "the rebuilt points place the rows too")
    }

    func testMistakesAreRefusedWithTheirReason() throws {
        let input = try national()
        XCTAssertThrowsError(try run(input) { _ in }) { XCTAssertEqual("\($0)", "noTerritory") }
        XCTAssertThrowsError(try run(input) { $0.communes = ["76000"] }) {
            XCTAssertTrue(Wording.message($0 as! ExtractError, .fr).contains("n'est pas le code postal"))
        }
        XCTAssertThrowsError(try run(input) { $0.sirens = ["12345"] }) {
            XCTAssertEqual("\($0)", "invalidSIREN(\"12345\")")
        }
        XCTAssertThrowsError(try run(input) { $0.departements = ["99"] }) {
            XCTAssertEqual("\($0)", "unknownDepartement(\"99\")")
        }
        XCTAssertThrowsError(
            try run(TestPaths.samples.appendingPathComponent("README.md").path) {
                $0.communes = ["76540"]
            }
        ) { XCTAssertTrue("\($0)".hasPrefix("noTerritoryColumn")) }
    }

    func testTheInputIsNeverReplacedAndAnExistingDraftNeedsForce() throws {
        let copy = tmp.appendingPathComponent("national.csv")
        try FileManager.default.copyItem(atPath: try national(), toPath: copy.path)
        let before = try Data(contentsOf: copy)
        XCTAssertThrowsError(try run(copy.path, output: copy.path) { $0.communes = ["33063"] })
        XCTAssertEqual(try Data(contentsOf: copy), before)
        let out = tmp.appendingPathComponent("brouillon.csv")
        _ = try run(copy.path, output: out.path) { $0.communes = ["33063"] }
        XCTAssertThrowsError(try run(copy.path, output: out.path) { $0.communes = ["33063"] })
        XCTAssertNoThrow(
            try run(copy.path, output: out.path) {
                $0.communes = ["33063"]
                $0.force = true
            })
        XCTAssertEqual(try Data(contentsOf: copy), before)
    }

    func testOldAndShortCodesAreUnderstood() throws {
        let s = try run(try national()) { $0.communes = ["1053"] }
        XCTAssertEqual(s.territory, [.commune(name: "Bourg-en-Bresse", code: "01053")])
        // Amareins (01003) disappeared in 1983 into Francheleins (01165); Béon (01039) is now a
        // commune déléguée of Culoz-Béon (01138).
        let old = try run(try national()) { $0.communes = ["01003", "01039"] }
        XCTAssertEqual(old.territory.count, 2)
        XCTAssertEqual(old.territory.first, .commune(name: "Francheleins", code: "01165"))
        if case .commune(_, let code) = old.territory.last { XCTAssertEqual(code, "01138") } else { XCTFail() }
    }

    static func swap(_ xy: String) -> String {
        let parts = xy.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).split(separator: ",")
        guard parts.count == 2 else { return xy }
        return "[\(parts[1].trimmingCharacters(in: .whitespaces)), \(parts[0].trimmingCharacters(in: .whitespaces))]"
    }
}

/// A CSV read with irve's reader (tested against frictionless elsewhere), as strings.
struct Table {
    var header: [String] = []
    var rows: [[String]] = []

    init(_ path: String) throws {
        final class Collect: RowConsumer {
            var rows: [[String]] = []
            func begin(_ info: TableInfo) { rows = [] }
            func row(_ row: RowView) throws { rows.append(row.strings) }
            func ended(_ info: TableInfo) {}
        }
        let c = Collect()
        try TableReader(path: path).read(into: c)
        header = c.rows.first ?? []
        rows = Array(c.rows.dropFirst())
    }

    func value(_ row: [String], _ field: String) -> String {
        guard let i = header.firstIndex(of: field), i < row.count else { return "" }
        return row[i]
    }

    static func write(_ rows: [[String]], to url: URL) throws {
        func quote(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        let text = rows.map { $0.map(quote).joined(separator: ",") }.joined(separator: "\n") + "\n"
        try Data(text.utf8).write(to: url)
    }
}
