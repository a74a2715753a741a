import IRVEFindings
import IRVEPublish
import XCTest

/// The record generated for every statique file of the real corpus (../shared/corpus) keeps the
/// invariants data.gouv.fr needs, whatever the defects of the file.
final class CorpusMetadataTests: XCTestCase {
    /// v1 files write their dates `yyyy/mm/dd`: the record reads them as `irve check` and `irve fix`
    /// do (IRVEValues), instead of dating 2018 data with today's date.
    func testV1DatesDateTheRecord() throws {
        let path = try Paths.shared("corpus/real/tesla_supercharger_v1_20181130.csv")
        let s = try Describe.summarize(path: path, today: "2026-11-20")
        XCTAssertEqual(s.facts.lastUpdate, "2018-11-30")
        let m = try MetadataBuilder.build(s, MetadataOverrides())
        XCTAssertEqual(m.temporalEnd, "2018-11-30")
        XCTAssertTrue(m.title.contains("Tesla"), m.title)
    }

    func testEveryStatiqueCorpusFileGetsAValidRecord() throws {
        let folder = try Paths.shared("corpus/real")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
        var described = 0
        for name in files {
            let path = folder + "/" + name
            let s: FileSummary
            do { s = try Describe.summarize(path: path, today: "2026-11-20") } catch {
                XCTFail("\(name): \(error.message(.fr))")
                continue
            }
            guard s.schemaName == "etalab/schema-irve-statique", s.facts.rows > 0 else { continue }
            described += 1
            let m: DatasetMetadata
            do { m = try MetadataBuilder.build(s, MetadataOverrides()) } catch {
                XCTFail("\(name): \(error.message(.fr))")
                continue
            }
            XCTAssertTrue(m.title.hasPrefix("IRVE – Infrastructures de recharge pour véhicules électriques – "), name)
            XCTAssertLessThanOrEqual(m.title.count, 350, name)
            XCTAssertGreaterThan(m.description.unicodeScalars.count, 100, name)
            XCTAssertLessThanOrEqual(m.description.count, 100_000, name)
            XCTAssertLessThanOrEqual(m.descriptionShort.count, 200, name)
            XCTAssertEqual(m.tags.first, "irve", name)
            XCTAssertTrue(
                m.tags.allSatisfy { (3...96).contains($0.count) && $0 == Slug.make($0) }, "\(name): \(m.tags)")
            // A file whose code_insee_commune is empty everywhere (indigo) has no zone: 8/9, and the
            // prediction says what to do.
            let validCodes = s.facts.communes.filter {
                $0.insee.range(of: #"^(\d{5}|2[AB]\d{3})$"#, options: .regularExpression) != nil
            }
            XCTAssertEqual(m.zones.isEmpty, validCodes.isEmpty, "\(name): zones \(m.zones.prefix(5))")
            for z in m.zones {
                XCTAssertNotNil(
                    z.range(of: #"^fr:commune:(\d{5}|2[AB]\d{3})$"#, options: .regularExpression), "\(name): \(z)")
            }
            XCTAssertEqual(Set(m.zones).count, m.zones.count, "\(name): duplicate zones")
            XCTAssertNotNil(m.temporalStart.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression), name)
            if let end = m.temporalEnd { XCTAssertLessThanOrEqual(m.temporalStart, end, name) }
            XCTAssertGreaterThan(s.facts.stations, 0, name)
            XCTAssertLessThanOrEqual(s.facts.stations, s.facts.points, name)
            let q = QualityPrediction.predict(m)
            XCTAssertEqual(q.score, m.zones.isEmpty ? 8 : 9, name)
            if m.zones.isEmpty { XCTAssertTrue(q.report().contains("code_insee_commune"), name) }
            let json = Describe.json(m, summary: s)
            XCTAssertEqual(JSONValue.parse(json.rendered()), json, name)
        }
        XCTAssertGreaterThanOrEqual(described, 5, "too few statique files described in \(folder)")
    }

    /// A regional file covering many communes names its aménageur and lists every commune's zone.
    func testMultiCommuneFile() throws {
        let path = try Paths.shared("corpus/real/sdeer17_mobive_v2.2_20230403.csv")
        let s = try Describe.summarize(path: path, today: "2026-11-20")
        let m = try MetadataBuilder.build(s, MetadataOverrides())
        XCTAssertGreaterThan(s.facts.communes.count, 10)
        XCTAssertEqual(m.zones.count, s.facts.communes.filter { $0.insee.count == 5 }.count)
        XCTAssertTrue(m.description.contains("## Communes couvertes"))
    }
}
