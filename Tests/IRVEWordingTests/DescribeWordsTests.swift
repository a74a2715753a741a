import IRVEFindings
import IRVEWording
import XCTest

/// `describe`'s page and the predicted quality score: every phrase in both languages, and exact
/// sentences of representative cases.
final class DescribeWordsTests: XCTestCase {
    static let criteria: [QualityCriterion] = [
        .license, .temporalCoverage, .spatial, .updateFrequency, .updateInTime(periodDays: 31),
        .descriptionLength(limit: 100), .openFormat, .resourcesDocumented,
    ]
    static let fields: [DescribePhrase.Field] = [
        .title, .organisation, .shortDescription, .tags, .spatial, .temporal, .frequency, .licence, .contact,
        .description, .type, .schema,
    ]
    static let phrases: [DescribePhrase] =
        [
            .pageTitle(file: "a.csv"), .checked(schema: "s", version: "2.3.1", errors: 1, warnings: 2),
            .oldVersion(version: "2.2.0", kept: "2.3.1"), .refusedWhileErrors, .datasetHeading, .resourceHeading,
            .qualityHeading, .organisationOfYourAccount, .noZone, .granularity("poi"),
            .period(start: "2024-01-01", end: nil), .period(start: "2024-01-01", end: "2024-12-31"), .noContact,
        ]
        + ["irregular", "punctual", "daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "x"].map {
            .frequencyMeaning($0)
        } + fields.filter { $0 != .organisation && $0 != .description && $0 != .type }.map { .field($0, value: "v") }

    func testEveryPhraseIsWordedInBothLanguages() {
        for c in Self.criteria {
            XCTAssertNotEqual(Wording.label(c, .fr), Wording.label(c, .en), "\(c)")
            XCTAssertNotEqual(Wording.advice(c, .fr), Wording.advice(c, .en), "\(c)")
            XCTAssertFalse(Wording.advice(c, .en).contains("« "), "\(c)")
        }
        XCTAssertEqual(Wording.advice(.updateInTime(periodDays: nil), .fr), "")
        XCTAssertEqual(Wording.advice(.resourcesAvailable, .en), "")
        for p in Self.phrases {
            let en = Wording.message(p, .en)
            XCTAssertNotEqual(Wording.message(p, .fr), en, "\(p)")
            for mark in [" : ", "« ", " »"] { XCTAssertFalse(en.contains(mark), "\(p)\n→ \(en)") }
        }
    }

    func testSentences() {
        XCTAssertEqual(
            Wording.message(
                .checked(schema: "etalab/schema-irve-statique", version: "2.3.1", errors: 0, warnings: 5), .fr),
            "Fichier contrôlé : schéma etalab/schema-irve-statique 2.3.1, 0 erreur(s), 5 avertissement(s).")
        XCTAssertEqual(Wording.message(.field(.tags, value: "irve, recharge"), .fr), "**Mots-clés** : irve, recharge")
        XCTAssertEqual(Wording.message(.field(.tags, value: "irve, recharge"), .en), "**Tags**: irve, recharge")
        XCTAssertEqual(
            Wording.message(.period(start: "2019-10-07", end: "2026-10-15"), .fr), "du 2019-10-07 au 2026-10-15")
        XCTAssertEqual(
            Wording.advice(.updateInTime(periodDays: 31), .fr),
            "republiez au moins tous les 31 jours, sinon ce critère tombera.")
        XCTAssertEqual(
            Wording.message(.score(7, maximum: 9), .en), "Predicted metadata quality score on data.gouv.fr: 7/9")
        XCTAssertEqual(Wording.message(.toReach(maximum: 9), .fr), "Pour atteindre 9/9 :")
    }
}
