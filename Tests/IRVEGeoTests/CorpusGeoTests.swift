import Foundation
import IRVEFindings
import IRVERepair
import IRVETestSupport
import IRVEValidate
import XCTest

/// The geographic checks on the real producer files of ../shared/corpus whose defects are known
/// (SOURCES.md): swaps, postcodes in the INSEE column, placeholder codes, arrondissements.
final class CorpusGeoTests: XCTestCase {
    private func findings(_ relative: String) throws -> [Finding] {
        let url = try TestPaths.shared(relative)
        var options = ValidationOptions()
        options.today = (2026, 11, 21)
        return Array(try Validation.check(path: url.path, options: options).allFindings(.fr))
    }

    private func of(_ type: FindingCode, _ all: [Finding]) -> [Finding] { all.filter { $0.type == type } }

    func testSdeer17SwapsAndPostcodes() throws {
        let all = try findings("corpus/real/sdeer17_mobive_v2.2_20230403.csv")
        let swaps = of("coordinates-swapped", all)
        XCTAssertEqual(swaps.count, 167, "every row is lat-first")
        XCTAssertEqual(swaps.first?.proposedChange?.newValue, "[-0.925464, 45.676244]")
        // Royan's postcode 17200 in the INSEE column → INSEE 17306, decided by the (swapped) point.
        // (17200 is shared with Saint-Sulpice-de-Royan, 17409: the point decides.)
        let royan = of("insee-is-postcode", all).filter { $0.cell == "17200" }
        XCTAssertEqual(royan.filter { $0.proposedChange?.newValue == "17306" }.count, 12)
        XCTAssertTrue(
            royan.allSatisfy {
                ["17306", "17409"].contains($0.proposedChange?.newValue) && $0.proposedChange?.confidence == .certain
            })
        XCTAssertGreaterThanOrEqual(of("insee-is-postcode", all).count, 160)
    }

    func testJerechargePostcodeAndSwap() throws {
        let all = try findings("corpus/real/jerecharge-com_v2.3_20240806.csv")
        XCTAssertEqual(of("coordinates-swapped", all).count, 32)
        let corbeil = of("insee-is-postcode", all).filter { $0.cell == "91100" }
        XCTAssertFalse(corbeil.isEmpty)
        XCTAssertEqual(corbeil.first?.proposedChange?.newValue, "91174")
        XCTAssertEqual(corbeil.first?.proposedChange?.confidence, .certain)
        XCTAssertEqual(
            of("coordinates-outside-commune", all).count, 0,
            "once swapped and the code fixed, every point is in its commune")
    }

    func testR3AndGrandLyonSwapsAndArrondissements() throws {
        let r3 = try findings("corpus/real/r3-groupe-dbt_v2.3_2025.csv")
        XCTAssertEqual(of("coordinates-swapped", r3).count, 603)
        XCTAssertGreaterThan(
            of("coordinates-swapped", r3).filter { $0.proposedChange?.confidence == .certain }.count, 550)
        let lyon = try findings("corpus/real/grand-lyon-izivia_v2.3_2026.csv")
        XCTAssertEqual(of("coordinates-swapped", lyon).count, 715)
        let arm = of("insee-arrondissement", lyon)
        XCTAssertFalse(arm.isEmpty)
        XCTAssertTrue(arm.allSatisfy { $0.proposedChange?.newValue == "69123" })
    }

    /// QualiCharge staging: 1 019 rows carry Dijon's code with points all over France; the
    /// Freshmile rows have longitude and latitude swapped; one point is 0,0.
    func testQualichargeStagingPlaceholderInseeAndSwaps() throws {
        let all = try findings("corpus/derived/qualicharge-staging_static-extract_20250908.csv")
        XCTAssertGreaterThanOrEqual(of("coordinates-swapped", all).count, 4413)
        let dijon = of("coordinates-outside-commune", all).filter { $0.message.contains("Dijon (21231)") }
        XCTAssertGreaterThan(dijon.count, 900, "the rows with Dijon's code but points elsewhere")
        let suspects = of("geo-suspect-insee", all).filter { $0.cell == "21231" }
        XCTAssertGreaterThan(suspects.count, 30)
        XCTAssertTrue(suspects.allSatisfy { $0.proposedChange != nil && $0.proposedChange?.newValue != "21231" })
        XCTAssertTrue(of("coordinates-placeholder", all).contains { $0.cell == "0.0, 0.0" })
    }

    /// The official example itself: "75001" is Paris's postcode (and an old code of the Seine),
    /// and its point lies in Alsace.
    func testOfficialExample() throws {
        let all = try findings("corpus/examples/etalab_exemple-valide-statique_v2.3.x.csv")
        XCTAssertEqual(of("insee-is-postcode", all).first?.proposedChange?.newValue, "75056")
        XCTAssertEqual(of("geo-suspect-coordinates", all).count, 2)
    }

    /// The national consolidation's own verdict per row (`consolidated_is_lon_lat_correct`,
    /// "the point is in the INSEE code's commune"), compared with ours on 3 057 Tesla rows.
    func testAgreementWithTheNationalConsolidation() throws {
        let relative = "corpus/derived/national-consolidation-v2.3_tesla-rows_202411.csv"
        let all = try findings(relative)
        let incoherent: Set<String> = [
            "coordinates-outside-commune", "coordinates-outside-france", "coordinates-placeholder",
            "insee-unknown", "insee-obsolete", "insee-arrondissement", "insee-missing",
        ]
        var bad = Set<Int>()
        var near = Set<Int>()
        for f in all {
            guard let row = f.rowNumber else { continue }
            if incoherent.contains(f.type.rawValue) { bad.insert(row) }
            if f.type == "coordinates-near-border" { near.insert(row) }
        }
        let text = try String(contentsOf: TestPaths.shared(relative), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let header = lines[0].split(separator: ",").map(String.init)
        let flagColumn = try XCTUnwrap(header.firstIndex(of: "consolidated_is_lon_lat_correct"))
        // The flag is the last-but-one column and never quoted: read it from the end of the line.
        let fromEnd = header.count - flagColumn
        var agree = 0
        var total = 0
        var disagreeOffBorder = 0
        for (k, line) in lines.dropFirst().enumerated() where !line.isEmpty {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            let theirs = cells[cells.count - fromEnd] == "True"
            let row = k + 2
            let ours = !bad.contains(row)
            total += 1
            if theirs == ours { agree += 1 } else if !near.contains(row) { disagreeOffBorder += 1 }
        }
        XCTAssertEqual(total, 3057)
        let rate = Double(agree) / Double(total)
        XCTAssertGreaterThan(rate, 0.96, "agreement \(agree)/\(total)")
        // Every disagreement is a point within the contours' tolerance of the border.
        XCTAssertEqual(disagreeOffBorder, 0)
        print(
            "agreement with consolidated_is_lon_lat_correct: \(agree)/\(total) = \(String(format: "%.1f", rate * 100)) %"
        )
    }
}

/// `irve fix` applies the geographic repairs with their evidence, and the result checks clean.
final class GeoRepairTests: XCTestCase {
    func testSdeer17FixedHasNoGeographicFinding() throws {
        let input = try TestPaths.shared("corpus/real/sdeer17_mobive_v2.2_20230403.csv")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "irve-geo-fix-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: output) }
        let summary = try Repair.run(input: input.path, output: output.path, force: false, options: RepairOptions())
        let insee = summary.changes.filter { $0.rule == "insee-is-postcode" }
        XCTAssertEqual(insee.count, 167)
        XCTAssertTrue(insee.allSatisfy { !$0.evidence.isEmpty && $0.column == "code_insee_commune" })
        XCTAssertEqual(summary.changes.filter { $0.rule == "coordinates-swapped" }.count, 167)
        var options = ValidationOptions()
        options.today = (2026, 11, 21)
        let after = Array(try Validation.check(path: output.path, options: options).allFindings(.fr))
        let geo = after.filter { RuleCatalogGeo.codes.contains($0.type.rawValue) && $0.severity != .info }
        XCTAssertEqual(geo.map(\.type.rawValue), [], "after the fix, coordinates, codes and addresses agree")
        // Idempotent: fixing the fixed file changes nothing geographic.
        let again = try Repair.run(input: output.path, output: nil, force: false, options: RepairOptions())
        XCTAssertEqual(
            again.changes.filter { $0.rule.rawValue.hasPrefix("insee") || $0.rule.rawValue.hasPrefix("coordinates") }
                .count, 0)
    }
}
