import Foundation
import XCTest

/// What `irve survey --format json` must say of each seeded case (SurveyUdata). The counts are
/// those `irve check` gives the same files (Samples/, the v1 example of ../shared).
struct Expected {
    var dataset: String
    var organization: String?
    var owner: String?
    var valid: Bool?
    var errors: Int?
    var warnings: Int?
    /// schema, rules, geography.
    var errorsByFamily: [Int]?
    var warningsByFamily: [Int]?
    var stations: Int?
    var points: Int?
    var schemaDeclared: String?
    var detected: (String, String)?
    var dateMaj: String?
    var reasons: [String]
    /// A part of the French message of a file that could not be had.
    var problem: String?

    static let statique = "etalab/schema-irve-statique"
    static let marmande = "Commune de Marmande"
    static let rouen = "Ville de Rouen"

    static let valid = Expected(
        dataset: "IRVE Marmande", organization: marmande, valid: true, errors: 0, warnings: 0,
        errorsByFamily: [0, 0, 0], warningsByFamily: [0, 0, 0], stations: 8, points: 20, schemaDeclared: statique,
        detected: (statique, "2.3.1"), dateMaj: SurveyUdata.samplesDateMaj, reasons: [])
    static let errors = Expected(
        dataset: "IRVE Marmande (brouillon)", organization: marmande, valid: false, errors: 40, warnings: 5,
        errorsByFamily: [31, 5, 4], warningsByFamily: [0, 5, 0], stations: 8, points: 19, schemaDeclared: statique,
        detected: (statique, "2.3.1"), dateMaj: SurveyUdata.samplesDateMaj, reasons: ["invalid"])
    /// The v1 example: recognised as the abandoned v1 (one file-level error), and stale.
    static let v1 = Expected(
        dataset: "Bornes de Rouen", organization: rouen, valid: false, errors: 1, warnings: 0,
        errorsByFamily: [1, 0, 0], warningsByFamily: [0, 0, 0], stations: 1, points: 2, schemaDeclared: statique,
        detected: ("etalab/schema-irve", "1.0.3"), dateMaj: "2018-03-31", reasons: ["invalid", "stale"])
    static let noSchema = Expected(
        dataset: "Recharge Marmande", organization: marmande, valid: true, errors: 0, warnings: 0,
        errorsByFamily: [0, 0, 0], warningsByFamily: [0, 0, 0], stations: 8, points: 20, schemaDeclared: nil,
        detected: (statique, "2.3.1"), dateMaj: SurveyUdata.samplesDateMaj, reasons: ["no_schema_declared"])
    static let personal = Expected(
        dataset: "Mes bornes", organization: nil, owner: "Jean Dupont", valid: true, errors: 0, warnings: 0,
        errorsByFamily: [0, 0, 0], warningsByFamily: [0, 0, 0], stations: 8, points: 20, schemaDeclared: statique,
        detected: (statique, "2.3.1"), dateMaj: SurveyUdata.samplesDateMaj, reasons: ["personal_account"])
    static let missing = Expected(
        dataset: "IRVE Seyches", organization: marmande, schemaDeclared: statique, reasons: ["unreadable"],
        problem: "le serveur a répondu 404")
    static let slow = Expected(
        dataset: "IRVE lente", organization: rouen, schemaDeclared: statique, reasons: ["unreadable"],
        problem: "n'a pas répondu en 1 s")
    static let big = Expected(
        dataset: "IRVE énorme", organization: rouen, schemaDeclared: statique, reasons: ["unreadable"],
        problem: "envoie une réponse de plus de 1 Mio")

    static let all = [valid, errors, v1, noSchema, personal, missing, slow, big]

    func check(_ r: [String: Any], file: StaticString = #filePath, line: UInt = #line) {
        func equal<T: Equatable>(_ key: String, _ value: T?) {
            if let value {
                XCTAssertEqual(r[key] as? T, value, "\(dataset): \(key)", file: file, line: line)
            } else {
                XCTAssertTrue(
                    r[key] is NSNull, "\(dataset): \(key) is \(r[key] ?? "absent"), not null", file: file, line: line)
            }
        }
        equal("organization", organization)
        equal("owner", owner)
        equal("personal_account", organization == nil)
        equal("valid", valid)
        equal("errors", errors)
        equal("warnings", warnings)
        equal("stations", stations)
        equal("charge_points", points)
        equal("schema_declared", schemaDeclared)
        equal("schema_detected", detected?.0)
        equal("schema_version_detected", detected?.1)
        equal("date_maj", dateMaj)
        equal("ready", reasons.isEmpty)
        equal("reasons", reasons)
        if let dateMaj, dateMaj == SurveyUdata.samplesDateMaj { equal("age_days", SurveyUdata.samplesAge) }
        for (key, counts) in [("errors_by_family", errorsByFamily), ("warnings_by_family", warningsByFamily)] {
            let got = (r[key] as? [String: Int]).map { f in ["schema", "rules", "geography"].map { f[$0] ?? -1 } }
            XCTAssertEqual(got, counts, "\(dataset): \(key)", file: file, line: line)
        }
        let quality = r["quality"] as? [String: Any]
        XCTAssertEqual(quality?["source"] as? String, "udata", "\(dataset): udata's own score", file: file, line: line)
        XCTAssertEqual(quality?["score"] as? Int, 4, "\(dataset): quality", file: file, line: line)
        XCTAssertEqual(quality?["maximum"] as? Int, 9, "\(dataset): quality", file: file, line: line)
        if let problem {
            let text = r["problem"] as? String ?? ""
            XCTAssertTrue(text.contains(problem), "\(dataset): problem \(text)", file: file, line: line)
        } else {
            XCTAssertTrue(r["problem"] is NSNull, "\(dataset): no problem", file: file, line: line)
        }
        XCTAssertNotNil(r["last_modified"] as? String, "\(dataset): udata's last modification", file: file, line: line)
        for key in ["dataset_page", "resource_page", "url"] {
            XCTAssertTrue((r[key] as? String)?.hasPrefix("http://127.0.0.1:") ?? false, "\(dataset): \(key)")
        }
    }
}
