import IRVEFindings
import IRVEPublish
import XCTest

/// The "fiche descriptive" generated from the data, on the project's sample commune file.
final class MetadataTests: XCTestCase {
    func summary(_ path: String = Paths.correctedSample) throws -> FileSummary {
        try Describe.summarize(path: path, today: "2026-11-20")
    }

    func testFactsOfTheSampleCommune() throws {
        let s = try summary()
        XCTAssertEqual(s.schemaName, "etalab/schema-irve-statique")
        XCTAssertEqual(s.schemaVersion, "2.3.1")
        XCTAssertEqual(s.errors, 0)
        let f = s.facts
        XCTAssertEqual(f.rows, 20)
        XCTAssertEqual(f.stations, 8)
        XCTAssertEqual(f.points, 20)
        XCTAssertEqual(f.communes.map(\.insee), ["47157"])
        XCTAssertEqual(f.communes.first?.name, "Marmande")
        XCTAssertEqual(f.operators.map(\.name), ["Recharge Garonne Services"])
        XCTAssertEqual(f.amenageurs.first?.name, "Commune de Marmande")
        XCTAssertEqual(f.amenageurs.first?.siren, "214701575")
        XCTAssertEqual(f.contactEmail, "services.techniques@mairie-marmande.fr")
        XCTAssertEqual(f.firstCommissioning, "2019-10-07")
        XCTAssertEqual(f.lastUpdate, "2026-10-15")
        XCTAssertEqual(f.powerClasses.map(\.1).reduce(0, +), 20)
        XCTAssertEqual(f.connectors.first?.0, .type2)
    }

    func testGeneratedRecord() throws {
        let m = try MetadataBuilder.build(try summary(), MetadataOverrides())
        XCTAssertEqual(m.title, "IRVE – Infrastructures de recharge pour véhicules électriques – Commune de Marmande")
        XCTAssertTrue(
            m.title.contains("IRVE")
                && m.title.lowercased().contains("infrastructures de recharge pour véhicules électriques"))
        XCTAssertGreaterThan(m.description.unicodeScalars.count, 100)
        for needle in [
            "point de recharge", "etalab/schema-irve-statique", "2.3.1", "2026-10-15", "8 stations",
            "20 points de recharge",
            "Type 2", "Marmande (INSEE 47157)", "Recharge Garonne Services", "Signaler une erreur",
            "séparateur point-virgule",
        ] {
            XCTAssertTrue(m.description.contains(needle), "description lacks \(needle):\n\(m.description)")
        }
        XCTAssertEqual(m.tags.first, "irve")
        XCTAssertTrue(m.tags.contains("marmande"))
        XCTAssertEqual(m.zones, ["fr:commune:47157"])
        XCTAssertEqual(m.granularity, "poi")
        XCTAssertEqual(m.temporalStart, "2019-10-07")
        XCTAssertEqual(m.temporalEnd, "2026-10-15")
        XCTAssertEqual(m.frequency, "irregular")
        XCTAssertEqual(m.license, "lov2")
        XCTAssertEqual(
            m.contact, ContactPoint(name: "Commune de Marmande", email: "services.techniques@mairie-marmande.fr"))
        XCTAssertEqual(m.resource.schemaName, "etalab/schema-irve-statique")
        XCTAssertEqual(m.resource.schemaVersion, "2.3.1")
        XCTAssertEqual(m.resource.type, "main")
        XCTAssertFalse(m.resource.description.isEmpty)
        XCTAssertEqual(QualityPrediction.predict(m).score, 9)
    }

    func testPayloadsAreTheUdataShapes() throws {
        let m = try MetadataBuilder.build(try summary(), MetadataOverrides())
        let ds = m.datasetPayload(organizationID: "org1", contactPointIDs: nil, isPrivate: true)
        XCTAssertEqual(ds["organization"], "org1")
        XCTAssertEqual(ds["private"], true)
        XCTAssertEqual(ds["spatial"]?["granularity"], "poi")
        XCTAssertEqual(ds["temporal_coverage"]?["start"], "2019-10-07")
        XCTAssertEqual(
            m.resource.payload["schema"], .object([("name", "etalab/schema-irve-statique"), ("version", "2.3.1")]))
        // What is written parses back to the same value.
        XCTAssertEqual(JSONValue.parse(ds.rendered()), ds)
        XCTAssertEqual(JSONValue.parse(ds.compact), ds)
    }

    func testOverridesFromOptionsWinOverTheMetadataFile() throws {
        let file = try MetadataOverrides.parse(
            """
            # fiche de la commune
            titre : Bornes de Marmande
            organisation : Commune de Marmande
            frequence : mensuelle
            mots-clés : Lot-et-Garonne, bornes
            complement : Les bornes du parking
              de la gare sont gratuites.
            contact-email : mairie@marmande.fr
            """, path: "fiche.txt")
        var cli = MetadataOverrides()
        cli.title = "Titre imposé"
        cli.tags = ["vélo"]
        let m = try MetadataBuilder.build(try summary(), cli.over(file))
        XCTAssertEqual(m.title, "Titre imposé")
        XCTAssertEqual(m.organizationName, "Commune de Marmande")
        XCTAssertEqual(m.frequency, "monthly")
        XCTAssertEqual(Array(m.tags.suffix(3)), ["lot-et-garonne", "bornes", "velo"])
        XCTAssertTrue(m.description.contains("Les bornes du parking\nde la gare sont gratuites."))
        XCTAssertEqual(m.contact?.email, "mairie@marmande.fr")
        XCTAssertTrue(QualityPrediction.predict(m).report().contains("republiez au moins tous les 31 jours"))
    }

    func testMetadataFileNextToTheCSVIsFound() throws {
        let dir = try Paths.temporaryFolder("irve-fiche")
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = dir.appendingPathComponent("bornes.csv").path
        XCTAssertNil(MetadataOverrides.file(for: csv, explicit: nil))
        _ = FileManager.default.createFile(
            atPath: dir.appendingPathComponent("fiche.txt").path, contents: Data("titre: A\n".utf8))
        XCTAssertEqual(MetadataOverrides.file(for: csv, explicit: nil), dir.appendingPathComponent("fiche.txt").path)
        _ = FileManager.default.createFile(
            atPath: dir.appendingPathComponent("bornes.fiche.txt").path, contents: Data("titre: B\n".utf8))
        XCTAssertEqual(
            MetadataOverrides.file(for: csv, explicit: nil), dir.appendingPathComponent("bornes.fiche.txt").path)
    }

    func testInvalidValuesGetFrenchMessages() throws {
        let s = try summary()
        func message(_ o: MetadataOverrides) -> String {
            do {
                _ = try MetadataBuilder.build(s, o)
                return ""
            } catch { return error.message(.fr) }
        }
        var o = MetadataOverrides()
        o.frequency = "souvent"
        XCTAssertTrue(message(o).contains("n'est pas une fréquence de data.gouv.fr"), message(o))
        o = MetadataOverrides()
        o.tags = ["ab"]
        XCTAssertTrue(message(o).contains("de 3 à 96 caractères"), message(o))
        o = MetadataOverrides()
        o.license = "wtfpl"
        XCTAssertTrue(message(o).contains("lov2"), message(o))
        o = MetadataOverrides()
        o.temporalStart = "15/06/2021"
        XCTAssertTrue(message(o).contains("AAAA-MM-JJ"), message(o))
        o = MetadataOverrides()
        o.title = String(repeating: "x", count: 351)
        XCTAssertTrue(message(o).contains("350"), message(o))
        XCTAssertThrowsError(try MetadataOverrides.parse("pas de deux-points\n", path: "f.txt")) { error in
            XCTAssertTrue((error as? PublishError)?.message(.fr).contains("ligne 1") ?? false)
        }
        XCTAssertThrowsError(try MetadataOverrides.parse("couleur: bleu\n", path: "f.txt")) { error in
            XCTAssertTrue((error as? PublishError)?.message(.fr).contains("inconnue") ?? false)
        }
    }

    func testQualityPredictionSaysHowToReachNine() throws {
        var m = try MetadataBuilder.build(try summary(), MetadataOverrides())
        m.description = "Trop court."
        m.resource.description = ""
        m.frequency = "unknown"
        let q = QualityPrediction.predict(m)
        XCTAssertEqual(q.score, 6)
        let report = q.report()
        XCTAssertTrue(report.contains("6/9"), report)
        XCTAssertTrue(report.contains("Pour atteindre 9/9"), report)
        XCTAssertTrue(report.contains("allongez la description"), report)
        XCTAssertTrue(report.contains("description à la ressource"), report)
        XCTAssertEqual(QualityPrediction.predict(m, resourceFormat: "xlsx").score, 5)
    }

    func testSlugAndVocabularies() {
        XCTAssertEqual(Slug.make("Véhicules électriques"), "vehicules-electriques")
        XCTAssertEqual(Slug.make("  Saint-Étienne / Loire "), "saint-etienne-loire")
        XCTAssertEqual(Vocabulary.frequency("Mensuelle"), "monthly")
        XCTAssertEqual(Vocabulary.frequency("irrégulière"), "irregular")
        XCTAssertEqual(Vocabulary.frequency("biannual"), "semiannual")
        XCTAssertNil(Vocabulary.frequency("parfois"))
        XCTAssertEqual(Vocabulary.periodDays("irregular"), nil)
        XCTAssertEqual(Vocabulary.periodDays("annual"), 366)
    }

    func testJSONReading() {
        let v = JSONValue.parse(#"{"a": [1, 2.5, true, null, "\u00e9\ud83d\ude00\n"], "b": {}}"#)
        XCTAssertEqual(v?["a"]?.array?.count, 5)
        XCTAssertEqual(v?["a"]?.array?[4].string, "é😀\n")
        XCTAssertEqual(v?["a"]?.array?[0].int, 1)
        XCTAssertNil(JSONValue.parse("<html>502 Bad Gateway</html>"))
        XCTAssertNil(JSONValue.parse(#"{"a": 1"#))
    }
}
