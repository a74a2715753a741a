import IRVEFindings
import IRVEPublish
import XCTest

/// The `fiche.txt` the web assistant writes is the metadata file `describe` and `publish` read:
/// writing then reading gives back every field, a Markdown description with its headings and
/// paragraphs included, and the record built from it is the same.
final class FicheFileTests: XCTestCase {
    func summary() throws -> FileSummary { try Describe.summarize(path: Paths.correctedSample, today: "2026-11-20") }

    func testEveryFieldSurvivesWritingAndReading() throws {
        var o = MetadataOverrides()
        o.title = "IRVE – Bornes de Marmande : édition # 2"
        o.organization = "Commune de Marmande"
        o.organizationID = "5f0c0c0c0c0c0c0c0c0c0c0c"
        o.descriptionShort = "Les bornes de la commune."
        o.descriptionFull = "Premier paragraphe.\n\n## Contenu\n\n- une ligne par point\n- `code`\n\n# Fin"
        o.descriptionExtra = "Gratuit le dimanche."
        o.frequency = "monthly"
        o.license = "odc-odbl"
        o.contactName = "Services techniques"
        o.contactEmail = "st@mairie.example.org"
        o.temporalStart = "2019-10-07"
        o.temporalEnd = "2026-10-15"
        o.granularity = "fr:commune"
        o.resourceTitle = "Fichier : bornes"
        o.resourceDescription = ""
        o.schemaVersion = "2.3.1"
        o.tags = ["gare", "parking-relais"]
        o.zones = ["fr:commune:47157", "fr:commune:47001"]
        let text = o.ficheText()
        XCTAssertTrue(text.hasPrefix("# "), text)
        XCTAssertTrue(text.contains("\ntitre : IRVE – Bornes de Marmande : édition # 2\n"), text)
        XCTAssertTrue(text.contains("\n  ## Contenu\n"), text)
        XCTAssertEqual(try MetadataOverrides.parse(text, path: "fiche.txt"), o)
        XCTAssertEqual(try MetadataOverrides.parse(o.ficheText(lang: .en), path: "fiche.txt"), o)
    }

    func testOnlyTheFieldsSetAreWrittenAndTheRecordIsTheSame() throws {
        var o = MetadataOverrides()
        o.title = "IRVE – Marmande"
        let text = o.ficheText()
        XCTAssertEqual(text.split(separator: "\n").filter { !$0.hasPrefix("#") }, ["titre : IRVE – Marmande"])
        let s = try summary()
        XCTAssertEqual(
            try MetadataBuilder.build(s, try MetadataOverrides.parse(text, path: "f")),
            try MetadataBuilder.build(s, o))
    }

    /// The generated description, given back whole as `description-longue`, is the record's.
    func testTheGeneratedDescriptionRoundTrips() throws {
        let s = try summary()
        var o = MetadataOverrides()
        o.descriptionFull = try MetadataBuilder.build(s, MetadataOverrides()).description
        let read = try MetadataOverrides.parse(o.ficheText(), path: "fiche.txt")
        XCTAssertEqual(read.descriptionFull, o.descriptionFull?.trimmingCharacters(in: .whitespacesAndNewlines))
        XCTAssertEqual(try MetadataBuilder.build(s, read).description, read.descriptionFull)
        XCTAssertTrue(read.descriptionFull?.contains("\n\n## Contenu du fichier\n\n") ?? false)
    }

    /// A file written by hand keeps working: blank lines between keys, comments, continued values.
    func testHandWrittenFilesReadAsBefore() throws {
        let text = "# ma fiche\n\ntitre : A\n\n  # indentée, suite du titre\ncomplement : B\n  C\n   \n"
        let o = try MetadataOverrides.parse(text, path: "f")
        XCTAssertEqual(o.title, "A\n# indentée, suite du titre")
        XCTAssertEqual(o.descriptionExtra, "B\nC")
    }
}
