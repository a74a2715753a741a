import IRVEFindings
import IRVEWording
import XCTest

/// The Table Schema engine's facts, worded: every case in both languages, English without French
/// words, and a few sentences exactly as the reports show them.
final class EngineWordsTests: XCTestCase {
    static let field: FieldFacts = {
        var f = FieldFacts(name: "puissance_nominale", type: "number", example: "22")
        f.trueValues = ["true", "1"]
        f.falseValues = ["false", "0"]
        f.pattern = "^[0-9]{9}$"
        f.enumValues = ["Accès libre", "Accès réservé"]
        f.minimum = "0"
        f.maximum = "1000"
        f.exclusiveMinimum = "0"
        f.exclusiveMaximum = "1000"
        f.minLength = 2
        f.maxLength = 9
        return f
    }()

    static let problems = GeopointProblems(bracketsMissing: true, semicolon: true, decimalCommas: true)
    static let types: [TypeProblem] = [
        .numberDecimalComma(dotted: "3.7"), .numberWithUnit, .number(spaces: true), .number(spaces: false),
        .integer, .boolean(write: "true"), .boolean(write: nil),
        .date(format: "%Y-%m-%d", suggestion: "2024-03-01", spaces: true),
        .date(format: "%d/%m/%Y", suggestion: nil, spaces: false),
        .datetime, .time, .year, .geopointArray(example: "[7.48,48.34]", problems: problems),
        .geopoint(problems: problems), .email(problem: nil), .email(problem: .space), .email(problem: .mailto),
        .email(problem: .noAt), .email(problem: .severalAt), .uri, .uuid, .stringFormat, .array, .object, .other,
    ]
    static let hints: [PatternHint] = [
        .idSeparators(fixed: "FRABCE123"), .idLowerCase, .idNonConcerne, .idExpected(letter: "E"), .horairesAllDay,
        .horairesSeconds, .horairesTrailingSpace, .horairesExpected, .inseeLostZero(fixed: "01234"), .inseeExpected,
        .sirenIsSiret(siren: "123456789"), .sirenExpected,
    ]
    static let constraints: [ConstraintProblem] =
        [
            .required, .pattern(hint: nil), .enumeration(exact: "Accès libre"), .enumeration(exact: nil), .minimum,
            .maximum, .exclusiveMinimum, .exclusiveMaximum, .minLength, .maxLength, .unique, .other(name: "custom"),
        ] + hints.map { .pattern(hint: $0) }

    static var samples: [EngineFacts] {
        types.map { .typeError(cell: "x", field: field, problem: $0) }
            + constraints.map { .constraint(cell: "x", field: field, problem: $0) }
            + [
                .missingCell(row: 3, field: "nom_station", column: 4), .extraCell(row: 5, column: 40, cell: "y"),
                .blankRow(row: 7), .mojibake(cell: "AccÃ¨s"),
            ]
    }

    func testEveryFactIsWordedInBothLanguages() {
        var seen = Set<String>()
        for facts in Self.samples {
            let french = Wording.message(.engine(facts), .fr)
            let english = Wording.message(.engine(facts), .en)
            XCTAssertFalse(french.isEmpty, "\(facts)")
            XCTAssertFalse(english.isEmpty, "\(facts)")
            XCTAssertNotEqual(french, english, "\(facts)")
            for word in [" : ", "« ", " »", "ligne", "colonne", "écrivez", "Écrivez", "être", "valeur", "Attendu"] {
                XCTAssertFalse(english.contains(word), "English text with « \(word) »: \(english)")
            }
            XCTAssertTrue(seen.insert(french).inserted, "two facts worded alike: \(french)")
        }
    }

    func testSentencesAsTheReportsShowThem() {
        let f = Self.field
        XCTAssertEqual(
            Wording.message(
                .engine(.typeError(cell: "3,7", field: f, problem: .numberDecimalComma(dotted: "3.7"))),
                .fr),
            "« 3,7 » n'est pas un nombre valide : utilisez le point comme séparateur décimal (3.7), sans espace ni "
                + "unité. Exemple valide : « 22 ».")
        XCTAssertEqual(
            Wording.message(
                .engine(
                    .typeError(
                        cell: "01/03/2024 ", field: f,
                        problem: .date(
                            format: "%Y-%m-%d", suggestion: "2024-03-01", spaces: true))), .en),
            "\"01/03/2024 \" is not a date in the yyyy-mm-dd format. The expected form is \"2024-03-01\". Mind the "
                + "spaces at the start or end.")
        XCTAssertEqual(
            Wording.message(
                .engine(
                    .constraint(
                        cell: "accès libre", field: f,
                        problem: .enumeration(
                            exact: "Accès libre"))), .fr),
            "« accès libre » n'est pas une valeur autorisée pour « puissance_nominale ». Écrivez exactement "
                + "« Accès libre » (majuscules, accents et espaces comptent). Valeurs possibles : « Accès libre », "
                + "« Accès réservé ».")
        XCTAssertEqual(
            Wording.message(
                .engine(
                    .constraint(
                        cell: "1234", field: f,
                        problem: .pattern(
                            hint: .inseeLostZero(fixed: "01234")))), .en),
            "\"1234\" does not match the format required for \"puissance_nominale\". The code lost its leading zero: "
                + "write \"01234\". Valid example: \"22\". (pattern: ^[0-9]{9}$)")
        XCTAssertEqual(Wording.message(.engine(.blankRow(row: 7)), .fr), "La ligne 7 est vide : supprimez-la.")
        XCTAssertEqual(
            Wording.message(.engine(.missingCell(row: 3, field: "nom_station", column: 4)), .en),
            "Row 3 has fewer cells than the header: the cell of \"nom_station\" (column 4) is missing.")
    }

    func testGeopointProblemsAddUp() {
        let none = GeopointProblems(bracketsMissing: false, semicolon: false, decimalCommas: false)
        let plain = Wording.message(
            .engine(
                .typeError(
                    cell: "a", field: Self.field,
                    problem: .geopoint(
                        problems: none))), .fr)
        XCTAssertEqual(plain, "« a » n'est pas un point valide au format « longitude, latitude ».")
        let all = Wording.message(
            .engine(
                .typeError(
                    cell: "a", field: Self.field,
                    problem: .geopointArray(
                        example: "[1,2]", problems: Self.problems))), .en)
        XCTAssertTrue(
            all.hasSuffix(
                "(longitude first). The brackets are missing. Separate the numbers with a "
                    + "comma, not a semicolon. Use dots for decimals (the comma separates longitude and latitude)."),
            all)
    }
}
