import Foundation
import IRVEFindings
import IRVERules
import IRVETestSupport
import IRVEValidate
import XCTest

/// The business rules on the real producer files of ../shared/corpus.
final class CorpusRuleTests: XCTestCase {

    private func findings(_ relative: String) throws -> [Finding] {
        let url = try TestPaths.shared(relative)
        var options = ValidationOptions()
        options.today = (2026, 11, 21)
        return Array(try Validation.check(path: url.path, options: options).allFindings(.fr))
    }

    func testSdeer17DuplicatesAndWatts() throws {
        let f = try findings("corpus/real/sdeer17_mobive_v2.2_20230403.csv")
        let duplicated = Set(f.filter { $0.type == "duplicate-id-pdc" }.compactMap(\.cell))
        XCTAssertEqual(duplicated.count, 27, "SOURCES.md: 27 duplicated id_pdc_itinerance")
        let watts = f.filter { $0.type == "power-in-watts" }
        XCTAssertFalse(watts.isEmpty)
        XCTAssertTrue(watts.allSatisfy { Double($0.cell ?? "") ?? 0 > 500 })
        XCTAssertTrue(watts.contains { $0.cell == "22000" && $0.proposedChange?.newValue == "22" })
        // The CCS + CHAdeMO rows sharing one EVSE id are connectors declared as charge points.
        XCTAssertFalse(f.filter { $0.type == "connectors-as-pdc" }.isEmpty)
    }

    func testEtotemAndJerechargeHaveOneDuplicateEach() throws {
        for file in ["corpus/real/e-totem-freti_v2.3_20250617.csv", "corpus/real/jerecharge-com_v2.3_20240806.csv"] {
            let f = try findings(file)
            XCTAssertEqual(Set(f.filter { $0.type == "duplicate-id-pdc" }.compactMap(\.cell)).count, 1, file)
        }
        let j = try findings("corpus/real/jerecharge-com_v2.3_20240806.csv")
        // The invisible U+2066 before each phone number.
        XCTAssertTrue(j.contains { $0.type == "phone-format" && $0.proposedChange?.confidence == .certain })
    }

    func testOfficialExampleCopiedIdsAreCaught() throws {
        let f = try findings("irve/exemple-valide-statique-2.3.1.csv")
        XCTAssertTrue(f.contains { $0.type == "id-example-copied" && $0.cell == "FRA68E680210015" })
        // The example's phone lost its leading zero (111111111).
        XCTAssertTrue(f.contains { $0.type == "phone-format" && $0.proposedChange?.newValue == "0111111111" })
    }

    /// Counts of each rule over the whole corpus, printed for the record.
    func testCorpusCountsAreReported() throws {
        let folders = ["corpus/real", "corpus/derived", "corpus/examples", "irve"]
        var counts: [String: Int] = [:]
        var files = 0
        for folder in folders {
            let dir = try TestPaths.shared(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            for name in names.sorted() where name.hasSuffix(".csv") {
                files += 1
                for f in try findings("\(folder)/\(name)") where RuleCatalog.rule(f.type.rawValue) != nil {
                    counts[f.type.rawValue, default: 0] += 1
                }
            }
        }
        print(
            "[rules] corpus (\(files) files): "
                + counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
        XCTAssertGreaterThan(counts["duplicate-id-pdc"] ?? 0, 50)
        XCTAssertGreaterThan(counts["power-in-watts"] ?? 0, 100)
    }
}
