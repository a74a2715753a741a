import IRVEFindings
import IRVETestSupport
import IRVEWording
import XCTest

/// The command line's words (usage mistakes, command messages, help texts), the text report's
/// phrases and the number formatter: every case in both languages, English without French.
final class CommandLineWordsTests: XCTestCase {
    static let usage: [UsageMessage] = [
        .dashFileName("-x.csv"), .unknownOption("--nogeo", suggestion: "--no-geo"),
        .unknownOption("--x", suggestion: nil),
        .notANonNegativeNumber(option: "--max-findings", value: "-1"), .missingValue(option: "--lang"),
        .invalidValue("xml", option: "--format", choices: ["text", "json"]),
        .invalidValue("x", option: "--y", choices: []),
        .missingArgument("<input>"), .unexpectedArgument("b.csv"), .languageExpected(received: "de"),
        .languageExpected(received: nil), .maxFindingsNegative, .checkNeedsFile, .markdownNeedsRules,
        .unknownRule("nope"), .fixNeedsOutput, .exclusiveOptions("--new", "--dataset"),
        .geocoderOrBANIndex, .addressThresholdExpected, .banFilesNeeded, .invalidCommand(detail: "x", command: "check"),
    ]
    static let figures = BANImportFigures(
        path: "ban.sqlite", lines: 1_234_567, addresses: 1000, streets: 20, communes: 3, seconds: 12.34,
        linesPerSecond: 100_045)
    static let commands: [CommandMessage] = [
        .checking,
        .proposedChange(
            row: 3, column: "gratuit", before: "VRAI", after: "true", rule: "boolean", confidence: "certain"),
        .changeSummary(changes: 3, rows: 2, countsByRule: ["trim": 1, "boolean": 2]),
        .changeSummary(changes: 0, rows: 2, countsByRule: [:]), .repairedFile("out.csv"), .stillToFill,
        .stillMissing(field: "horaires", rows: 2), .banFileRead(file: "a.csv.gz", lines: 12345, seconds: 1.25),
        .banIndexBuilt(figures), .banIndexUse(path: "ban.sqlite"), .recordWritten("fiche.md"), .noOrganisation,
        .dryRunHeader(api: "https://x"), .dryRunWritten(folder: "plan", files: 9), .retrying(status: 503, seconds: 2),
        .retrying(status: nil, seconds: 2), .published(created: true, dataset: "d", resource: "r"),
        .published(created: false, dataset: "d", resource: "r"), .qualityScore(9),
        .aboutFile("a.csv", message: "x"), .maskedAPIKey,
    ]
    static let phrases: [ReportPhrase] = [
        .fileLabel, .readAsLabel, .schemaLabel, .dataRowsLabel, .workbook(sheet: "Feuil1"),
        .encoding("UTF-8"), .delimiter(";"), .valid, .invalid, .totals(errors: 2, warnings: 1),
        .fileAndHeaderHeading, .detailsByColumnHeading, .summaryByColumnHeading, .atRow(12), .more(3, type: "x"),
        .more(3, type: nil), .errorCount(2), .warningCount(1), .emptySample, .sample("x"), .examples, .cutByLimit,
        .spillFailed,
    ]
    static let helps: [HelpTopic] =
        [.irve(.abstract), .irve(.discussion), .language]
        + [
            .abstract, .discussion, .file, .rules, .disable, .failOn, .schemaOnly, .noGeo, .schema, .strictHeader,
            .format, .maxFindings,
        ].map { HelpTopic.check($0) }
        + [.abstract, .discussion, .input, .output, .log, .dryRun, .force, .aggressive, .keepExtra, .noGeo]
        .map { HelpTopic.fix($0) }
        + [.abstract, .importAbstract, .importDiscussion, .files, .index].map { HelpTopic.geo($0) }
        + [.abstract, .discussion, .input, .format, .output, .force].map { HelpTopic.describe($0) }
        + [.abstract, .discussion, .input, .send, .api, .demo, .force, .dataset, .new, .planDir, .state, .keyFile]
        .map { HelpTopic.publish($0) }
        + [.geocoder, .banIndex, .addressThreshold, .cache].map { HelpTopic.geocoder($0) }
        + [
            .title, .organization, .organizationID, .frequency, .license, .contactName, .contactEmail, .tag,
            .resourceTitle, .resourceDescription, .temporalStart, .temporalEnd, .schemaVersion, .file,
        ]
        .map { HelpTopic.metadata($0) }
        + [.templateAbstract, .templateDiscussion, .templateOutput, .templateExample, .templateForce, .annotate]
        .map { HelpTopic.workbook($0) }

    /// French and English of every sample; English without French letters, guillemets or words.
    private func assertBothLanguages(_ pairs: [(String, String, String)]) {
        for (what, french, english) in pairs {
            XCTAssertFalse(french.isEmpty || english.isEmpty, what)
            XCTAssertNotEqual(french, english, what)
            let french = english.filter { "éèêàâçôûùîœ«»".contains($0) }
            XCTAssertTrue(french.isEmpty, "French letters \(french) in the English of \(what): \(english)")
            for word in ["ligne", "colonne", "fichier", "valeur", " est ", " une ", " des ", " les "] {
                XCTAssertFalse(english.contains(word), "« \(word) » in the English of \(what): \(english)")
            }
        }
    }

    func testEveryMessageIsWordedInBothLanguages() {
        assertBothLanguages(Self.usage.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) })
        assertBothLanguages(Self.commands.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) })
        assertBothLanguages(Self.phrases.map { ("\($0)", Wording.message($0, .fr), Wording.message($0, .en)) })
        assertBothLanguages(Self.helps.map { ("\($0)", Wording.help($0, .fr), Wording.help($0, .en)) })
        XCTAssertEqual(Set(Self.helps.map { Wording.help($0, .fr) }).count, Self.helps.count, "two helps alike")
    }

    func testSentencesAsTheCommandsPrintThem() {
        XCTAssertEqual(
            Wording.message(.changeSummary(changes: 3, rows: 2, countsByRule: ["trim": 1, "boolean": 2]), .fr),
            "3 modification(s) sur 2 ligne(s) : boolean ×2, trim ×1")
        XCTAssertEqual(
            Wording.message(.banIndexBuilt(Self.figures), .fr),
            "Index ban.sqlite : 1\u{202F}234\u{202F}567 lignes, 1\u{202F}000 adresses numérotées, 20 voies, 3 communes "
                + "en 12,3 s (100\u{202F}045 lignes/s).")
        XCTAssertEqual(
            Wording.message(.banIndexBuilt(Self.figures), .en),
            "Index ban.sqlite: 1234567 lines, 1000 numbered addresses, 20 streets, 3 communes in 12.3 s "
                + "(100045 lines/s).")
        XCTAssertEqual(
            Wording.message(.invalidValue("xml", option: "--format", choices: ["text", "json"]), .fr),
            "valeur « xml » non valable pour --format : valeurs possibles « text », « json »")
        XCTAssertEqual(Wording.message(.workbook(sheet: nil), .en), "Excel (.xlsx)")
        XCTAssertEqual(Wording.helpScreen("USAGE: irve check", .fr), "UTILISATION : irve check")
        XCTAssertEqual(Wording.helpScreen("USAGE: irve check", .en), "USAGE: irve check")
    }

    func testOneNumberFormatterPerLanguage() {
        XCTAssertEqual(Wording.count(1_234_567, .fr), "1\u{202F}234\u{202F}567")
        XCTAssertEqual(Wording.count(999, .fr), "999")
        XCTAssertEqual(Wording.count(1000, .fr), "1\u{202F}000")
        XCTAssertEqual(Wording.count(1_234_567, .en), "1234567")
        XCTAssertEqual(Wording.decimal(0.8749, digits: 2, .fr), "0,87")
        XCTAssertEqual(Wording.decimal(0.8749, digits: 2, .en), "0.87")
        XCTAssertEqual(Wording.decimal(2.0, digits: 0, .fr), "2")
        XCTAssertEqual(Wording.decimal(.infinity, digits: 1, .en), "inf")
    }
}
