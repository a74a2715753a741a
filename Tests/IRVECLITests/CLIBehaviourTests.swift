import Foundation
import XCTest

/// What `irve check` reports on known files: verdicts, counts, schema detection, options and the
/// shape of the JSON report.
final class CLIBehaviourTests: CLITestCase {
    static let booleanFields = [
        "prise_type_ef", "prise_type_2", "prise_type_combo_ccs", "prise_type_chademo", "prise_type_autre", "gratuit",
        "paiement_acte", "paiement_cb", "paiement_autre", "reservation", "station_deux_roues", "cable_t2_attache",
    ]

    // MARK: - The commune samples (Samples/README.md)

    func testSampleWithDefectsIsInvalidWithTheExpectedFindings() throws {
        let r = try irve(["check", sample("commune-exemple.csv").path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual(json["valid"] as? Bool, false)
        XCTAssertEqual(json.string("file"), sample("commune-exemple.csv").path)
        let schema = try XCTUnwrap(json["schema"] as? [String: Any], r.summary)
        XCTAssertEqual(schema.string("name"), "etalab/schema-irve-statique")
        XCTAssertEqual(schema.string("version"), "2.3.1")
        let s = stats(json)
        XCTAssertEqual(s.rows, 20)
        XCTAssertEqual(s.errors, 31, "frictionless reports 31 errors on this file")
        XCTAssertEqual(s.warnings, 0)

        let errors = findings(json).filter { $0.string("severity") == "error" }
        XCTAssertEqual(errors.count, 31)
        let typeErrors = errors.filter { $0.string("type") == "type-error" }
        XCTAssertEqual(typeErrors.count, 26, "24 booleans + 1 number + 1 date")

        // Defect 4: VRAI/FAUX in the 12 boolean columns of rows 8 and 9.
        for field in Self.booleanFields {
            let onField = typeErrors.filter { $0.string("fieldName") == field }
            XCTAssertEqual(onField.count, 2, "type-error on \(field)")
            XCTAssertEqual(Set(onField.compactMap { $0.int("rowNumber") }), [8, 9], field)
            XCTAssertTrue(onField.allSatisfy { ["VRAI", "FAUX"].contains($0.string("cell") ?? "") }, "\(onField)")
        }
        let ef = typeErrors.filter { $0.string("fieldName") == "prise_type_ef" }
        XCTAssertEqual(ef.first?.int("fieldNumber"), 19)
        XCTAssertTrue(
            ef.first?.string("message")?.contains("true") ?? false, "the message should give the fix (true): \(ef)")

        // Defect 2: decimal comma, row 4. Defect 5: dd/mm/yyyy date, row 10.
        assertOne(errors, type: "type-error", field: "puissance_nominale", row: 4, cell: "7,4")
        assertOne(errors, type: "type-error", field: "date_mise_en_service", row: 10, cell: "22/05/2023")
        // Defect 1: horaires pattern, rows 2 and 3.
        let horaires = errors.filter { $0.string("fieldName") == "horaires" }
        XCTAssertEqual(horaires.compactMap { $0.int("rowNumber") }.sorted(), [2, 3])
        XCTAssertTrue(
            horaires.allSatisfy { $0.string("type") == "constraint-error" && $0.string("constraint") == "pattern" })
        // Defects 6, 9: enum. Defect 7: required.
        assertOne(
            errors, type: "constraint-error", field: "implantation_station", row: 11, cell: "Parking Public",
            constraint: "enum")
        assertOne(
            errors, type: "constraint-error", field: "condition_acces", row: 15, cell: "Accès libre ",
            constraint: "enum")
        assertOne(
            errors, type: "constraint-error", field: "restriction_gabarit", row: 12, cell: "", constraint: "required")
        XCTAssertEqual(errors.filter { $0.string("type") == "constraint-error" }.count, 5)
        // Rows 5 and 6 have no defect.
        XCTAssertTrue(errors.allSatisfy { ![5, 6].contains($0.int("rowNumber") ?? 0) })
        for m in messages(json) { assertFrench(m) }
        XCTAssertTrue(messages(json).allSatisfy { !$0.isEmpty })
    }

    func testSampleWithDefectsTextReportIsFrenchAndReadable() throws {
        let r = try irve(["check", sample("commune-exemple.csv").path])
        XCTAssertEqual(r.status, 1, r.summary)
        let out = r.stdout
        XCTAssertTrue(out.contains("Fichier NON VALIDE"), r.summary)
        XCTAssertTrue(out.contains("31 erreur(s)"), r.summary)
        XCTAssertTrue(out.contains("Lignes de données : 20"), r.summary)
        XCTAssertTrue(out.contains("ligne 8"), r.summary)
        XCTAssertTrue(out.contains("« VRAI »"), r.summary)
        XCTAssertTrue(out.contains("prise_type_ef"), r.summary)
        XCTAssertFalse(out.contains("\u{1B}"), "ANSI escape codes on a non-terminal stdout")
        XCTAssertTrue(r.stderr.isEmpty, "nothing on stderr for a normal run:\n\(r.summary)")
    }

    func testCorrectedSampleIsValid() throws {
        let r = try irve(["check", sample("commune-exemple-corrige.csv").path, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.summary)
        let json = try r.json()
        XCTAssertEqual(json["valid"] as? Bool, true)
        XCTAssertEqual(stats(json).rows, 20)
        XCTAssertEqual(stats(json).errors, 0)
        XCTAssertEqual(stats(json).warnings, 0)
        XCTAssertTrue(findings(json).allSatisfy { $0.string("severity") == "info" }, r.summary)
        XCTAssertTrue(r.stdout.hasPrefix("{\"valid\":true"), "the JSON starts with the verdict")

        let t = try irve(["check", sample("commune-exemple-corrige.csv").path])
        XCTAssertEqual(t.status, 0)
        XCTAssertTrue(t.stdout.contains("Fichier VALIDE"), t.summary)
        XCTAssertTrue(t.stdout.contains("0 erreur(s)"), t.summary)
    }

    // MARK: - Official examples and the real corpus (../shared)

    func testOfficialStatiqueExampleIsValid() throws {
        let file = try sharedFile("irve/exemple-valide-statique-2.3.1.csv")
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.summary)
        let json = try r.json()
        XCTAssertEqual(json["valid"] as? Bool, true)
        XCTAssertEqual(stats(json).rows, 2)
        XCTAssertEqual((json["schema"] as? [String: Any])?.string("version"), "2.3.1")
        XCTAssertTrue(types(json).contains("schema-detected"))
    }

    func testOfficialExampleAgainst221HasExactlyTwoPatternErrorsOnRow3() throws {
        let file = try sharedFile("irve/exemple-valide-statique-2.3.1.csv")
        let r = try irve(["check", file.path, "--format", "json", "--schema", "statique@2.2.1"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual((json["schema"] as? [String: Any])?.string("version"), "2.2.1")
        XCTAssertEqual(stats(json).errors, 2, r.summary)
        let errors = findings(json).filter { $0.string("severity") == "error" }
        XCTAssertEqual(errors.count, 2)
        XCTAssertTrue(
            errors.allSatisfy {
                $0.string("type") == "constraint-error" && $0.string("constraint") == "pattern"
                    && $0.int("rowNumber") == 3
            }, "\(errors)")
        XCTAssertEqual(
            Set(errors.compactMap { $0.string("fieldName") }), ["id_station_itinerance", "id_pdc_itinerance"])
        XCTAssertTrue(errors.allSatisfy { ($0.string("cell") ?? "").hasPrefix("ES") }, "the ES ids: \(errors)")
        // Forced schema: no "schema-detected" finding.
        XCTAssertFalse(types(json).contains("schema-detected"))
        // The same with the long name.
        let long = try irve(["check", file.path, "--format", "json", "--schema", "etalab/schema-irve-statique@2.2.1"])
        XCTAssertEqual(stats(try long.json()).errors, 2, long.summary)
    }

    func testOfficialSchemaFileGivenAsAPath() throws {
        let file = try sharedFile("irve/exemple-valide-statique-2.3.1.csv")
        let schema = try sharedFile("irve/schema-irve-statique-2.2.1.json")
        let r = try irve(["check", file.path, "--format", "json", "--schema", schema.path])
        XCTAssertEqual(r.status, 1, r.summary)
        XCTAssertEqual(stats(try r.json()).errors, 2, r.summary)
        let ok = try irve(["check", file.path, "--schema", try sharedFile("irve/schema-irve-statique-2.3.1.json").path])
        XCTAssertEqual(ok.status, 0, ok.summary)
    }

    func testV1FileIsFlaggedObsolete() throws {
        let file = try sharedFile("corpus/real/tesla_supercharger_v1_20181130.csv")
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        let v1 = findings(json, type: "obsolete-schema-v1")
        XCTAssertEqual(v1.count, 1, r.summary)
        XCTAssertEqual(v1.first?.string("severity"), "error")
        XCTAssertEqual(v1.first?.int("rowNumber"), 1)
        assertFrench(v1.first?.string("message") ?? "")
        XCTAssertTrue(
            v1.first?.string("message")?.contains("2.3.1") ?? false, "the message should name the target schema")
        XCTAssertGreaterThan(stats(json).rows, 0)
    }

    func testNonSchemaFileIsNotIRVE() throws {
        let file = try sharedFile("corpus/real/nissan-chargemap-list_non-schema_2015.csv")
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual(types(json), ["not-irve"], r.summary)
        XCTAssertTrue(json["schema"] is NSNull, "no schema for a non-IRVE file: \(json["schema"] ?? "absent")")
        let t = try irve(["check", file.path])
        XCTAssertTrue(t.stdout.contains("n'est pas un fichier IRVE"), t.summary)
    }

    func testDynamiqueFileIsDetectedAndRejectedAsStatique() throws {
        let file = try sharedFile("irve/exemple-valide-dynamique-2.3.1.csv")
        let r = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.summary)
        let json = try r.json()
        XCTAssertEqual((json["schema"] as? [String: Any])?.string("name"), "etalab/schema-irve-dynamique", r.summary)
        XCTAssertEqual(json["valid"] as? Bool, true)

        let forced = try irve(["check", file.path, "--format", "json", "--schema", "statique"])
        XCTAssertEqual(forced.status, 1, forced.summary)
        let fj = try forced.json()
        let wrong = findings(fj, type: "dynamique-instead-of-statique")
        XCTAssertEqual(wrong.count, 1, forced.summary)
        XCTAssertEqual(wrong.first?.string("severity"), "error")
        XCTAssertTrue(wrong.first?.string("message")?.contains("--schema dynamique") ?? false, "\(wrong)")
        // It comes first among the errors: the user reads the cause before its consequences.
        XCTAssertEqual(
            findings(fj).first { $0.string("severity") == "error" }?.string("type"), "dynamique-instead-of-statique")

        let dyn = try irve(["check", file.path, "--schema", "dynamique"])
        XCTAssertEqual(dyn.status, 0, dyn.summary)
    }

    // MARK: - Options

    func testMaxFindingsKeepsNFindingsButExactStats() throws {
        let file = sample("commune-exemple.csv").path
        let full = try irve(["check", file, "--format", "json"]).json()
        let r = try irve(["check", file, "--format", "json", "--max-findings", "3"])
        XCTAssertEqual(r.status, 1, r.summary)
        let json = try r.json()
        XCTAssertEqual(findings(json).count, 3, r.summary)
        XCTAssertEqual(stats(json).errors, 31)
        XCTAssertEqual(stats(json).rows, 20)
        XCTAssertEqual(stats(json).errors, stats(full).errors)
        XCTAssertEqual(stats(json).warnings, stats(full).warnings)
        XCTAssertEqual(json["valid"] as? Bool, false)

        let zero = try irve(["check", file, "--format", "json", "--max-findings", "0"])
        XCTAssertEqual(zero.status, 1, "the verdict does not depend on the findings kept")
        XCTAssertEqual(findings(try zero.json()).count, 0)
        XCTAssertEqual(stats(try zero.json()).errors, 31)

        let text = try irve(["check", file, "--max-findings", "3"])
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.stdout.contains("31 erreur(s)"), text.summary)
        XCTAssertTrue(
            text.stdout.contains("--max-findings"), "the text report should say the list is limited:\n\(text.summary)")
    }

    func testEnglishMessages() throws {
        let file = sample("commune-exemple.csv").path
        let r = try irve(["check", file, "--format", "json", "--lang", "en"])
        XCTAssertEqual(r.status, 1)
        let json = try r.json()
        XCTAssertEqual(stats(json).errors, 31)
        let frenchWords = ["n'est pas", "valeur", "ligne", "colonne", "Écrivez", "Exemple", "erreur", "obligatoire"]
        for m in messages(json) {
            XCTAssertFalse(m.contains("«") || m.contains("»"), "French quotes in an English message: \(m)")
            for w in frenchWords { XCTAssertFalse(m.contains(w), "French \"\(w)\" in an English message: \(m)") }
        }
        // The French default uses « ».
        let fr = try irve(["check", file, "--format", "json"]).json()
        XCTAssertTrue(messages(fr).contains { $0.contains("«") })

        let t = try irve(["check", file, "--lang", "en"])
        XCTAssertEqual(t.status, 1)
        XCTAssertTrue(t.stdout.contains("INVALID file"), t.summary)
        XCTAssertTrue(t.stdout.contains("31 error(s)"), t.summary)
        let lines = t.stdout.split(separator: "\n").map(String.init)
        let frenchLines = lines.filter { l in
            l.contains("«") || l.contains("»") || l.contains("point-virgule") || l.contains("virgule")
                || l.contains("avec BOM")
        }
        XCTAssertTrue(frenchLines.isEmpty, "French text or « » in the English text report: \(frenchLines.prefix(5))")

        // English errors for unprocessable files too.
        let missing = try irve(["check", tmp.appendingPathComponent("absent.csv").path, "--lang", "en"])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("not found"), missing.summary)
        XCTAssertFalse(missing.stderr.contains("«"), missing.summary)
    }

    func testNoANSICodesWhenStdoutIsNotATerminal() throws {
        for args in [
            ["check", sample("commune-exemple.csv").path], ["check", sample("commune-exemple-corrige.csv").path],
            ["check", sample("commune-exemple.csv").path, "--lang", "en"],
        ] {
            let r = try irve(args, environment: ["TERM": "xterm-256color", "CLICOLOR_FORCE": nil])
            XCTAssertFalse(r.stdout.contains("\u{1B}"), "ANSI escape in piped stdout:\n\(r.summary)")
            XCTAssertFalse(r.stderr.contains("\u{1B}"), "ANSI escape in piped stderr:\n\(r.summary)")
        }
    }

    /// On a real terminal (a pty made by `script`), colours are on by default and off with NO_COLOR.
    func testNoColorIsRespectedOnATerminal() throws {
        let script = "/usr/bin/script"
        guard FileManager.default.isExecutableFile(atPath: script) else {
            throw XCTSkip("\(script) (util-linux) is needed to run the binary on a pty")
        }
        #if os(macOS)
            throw XCTSkip("the pty test uses util-linux's script syntax")
        #endif
        let command = ([try CLI.binary().path, "check", sample("commune-exemple.csv").path]).map(shellQuote).joined(
            separator: " ")
        func onTTY(_ env: [String: String?]) throws -> CLI.Result {
            let r = try CLI.runExecutable(
                URL(fileURLWithPath: script), ["-qec", command, "/dev/null"],
                environment: ["TERM": "xterm-256color"].merging(env) { $1 }, timeout: CLI.perRunTimeout)
            assertSane(r)
            return r
        }
        let sgr = try NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*m")
        func hasColour(_ s: String) -> Bool {
            sgr.firstMatch(in: s, range: NSRange(location: 0, length: (s as NSString).length)) != nil
        }

        let plain = try onTTY([:])
        guard plain.stdout.contains("Fichier") else {
            throw XCTSkip("script did not give the program a pty here:\n\(plain.summary)")
        }
        XCTAssertEqual(plain.status, 1, plain.summary)
        XCTAssertTrue(hasColour(plain.stdout), "no colour on a terminal:\n\(plain.summary)")

        let noColor = try onTTY(["NO_COLOR": "1"])
        XCTAssertTrue(noColor.stdout.contains("Fichier NON VALIDE"), noColor.summary)
        XCTAssertFalse(hasColour(noColor.stdout), "NO_COLOR=1 not respected:\n\(noColor.summary)")

        // no-color.org: NO_COLOR disables colour only "when present and not an empty string".
        let empty = try onTTY(["NO_COLOR": ""])
        XCTAssertTrue(hasColour(empty.stdout), "NO_COLOR set to an empty string must not disable colour (no-color.org)")

        // The progress line on a terminal follows --lang.
        let english = try CLI.runExecutable(
            URL(fileURLWithPath: script), ["-qec", command + " --lang en", "/dev/null"],
            environment: ["TERM": "xterm-256color"], timeout: CLI.perRunTimeout)
        assertSane(english)
        XCTAssertFalse(
            english.stdout.contains("Contrôle en cours"), "French progress line with --lang en:\n\(english.summary)")
    }

    func testStrictHeaderOnReorderedColumns() throws {
        // Swap the first two columns (nom_amenageur ↔ siren_amenageur) in every line.
        let lines = try correctedSampleLines().map { line -> String in
            var c = line.components(separatedBy: ";")
            c.swapAt(0, 1)
            return c.joined(separator: ";")
        }
        let file = try write("colonnes-inversees.csv", lines.joined(separator: "\n") + "\n")

        let byName = try irve(["check", file.path, "--format", "json"])
        XCTAssertEqual(byName.status, 0, "columns are matched by name by default:\n\(byName.summary)")
        let bj = try byName.json()
        XCTAssertEqual(stats(bj).errors, 0, byName.summary)
        XCTAssertEqual(stats(bj).warnings, 1, byName.summary)
        let order = findings(bj, type: "column-order")
        XCTAssertEqual(order.count, 1, byName.summary)
        XCTAssertEqual(order.first?.string("severity"), "warning")
        XCTAssertTrue(findings(bj, type: "incorrect-label").isEmpty)

        let strict = try irve(["check", file.path, "--format", "json", "--strict-header"])
        XCTAssertEqual(strict.status, 1, strict.summary)
        let sj = try strict.json()
        let labels = findings(sj, type: "incorrect-label")
        XCTAssertEqual(labels.count, 2, strict.summary)
        XCTAssertTrue(labels.allSatisfy { $0.string("severity") == "error" && $0.int("rowNumber") == 1 })
        XCTAssertEqual(labels.compactMap { $0.int("fieldNumber") }.sorted(), [1, 2])
        XCTAssertEqual(Set(labels.compactMap { $0.string("fieldName") }), ["nom_amenageur", "siren_amenageur"])
        XCTAssertTrue(findings(sj, type: "column-order").isEmpty, "strict mode reports labels, not the order warning")
        for m in labels.compactMap({ $0.string("message") }) { assertFrench(m) }
    }

    // MARK: - JSON report shape and numbering

    func testEveryFindingHasTheEightKeysWithTheRightTypes() throws {
        var files = [sample("commune-exemple.csv"), sample("commune-exemple-corrige.csv")]
        files.append(try write("vide.csv", []))
        files.append(try write("entete.csv", try correctedSampleLines()[0] + "\n"))
        var lines = try correctedSampleLines()
        lines[4] += ";en trop"
        lines[6] = lines[6].components(separatedBy: ";").dropLast(3).joined(separator: ";")
        files.append(try write("cellules.csv", lines.joined(separator: "\n") + "\n"))
        for relative in [
            "corpus/real/tesla_supercharger_v1_20181130.csv", "irve/exemple-valide-dynamique-2.3.1.csv",
            "corpus/real/wiiiz-capg_v1-latin1_20200331.csv",
            "corpus/real/paris-belib_ods-export_v2.x-reordered_2024.csv",
        ] {
            let url = CLI.shared.appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: url.path) { files.append(url) }
        }
        var seenTypes = Set<String>()
        for file in files {
            for extra in [[], ["--strict-header"], ["--lang", "en"]] {
                let r = try irve(["check", file.path, "--format", "json"] + extra)
                let json = try r.json()
                for key in ["valid", "file", "schema", "stats", "findings"] {
                    XCTAssertNotNil(json[key], "top-level key \(key) missing for \(file.lastPathComponent)")
                }
                XCTAssertTrue(json["valid"] is Bool)
                XCTAssertEqual(json.string("file"), file.path)
                if let schema = json["schema"] as? [String: Any] {
                    XCTAssertNotNil(schema.string("name"))
                    XCTAssertNotNil(schema.string("version"))
                } else {
                    XCTAssertTrue(json["schema"] is NSNull, "schema is neither an object nor null")
                }
                let s = stats(json)
                let all = findings(json)
                XCTAssertEqual(
                    all.filter { $0.string("severity") == "error" }.count, s.errors,
                    "stats.errors disagrees with the findings (\(file.lastPathComponent) \(extra))")
                XCTAssertEqual(
                    all.filter { $0.string("severity") == "warning" }.count, s.warnings,
                    "stats.warnings disagrees with the findings (\(file.lastPathComponent) \(extra))")
                XCTAssertEqual(json["valid"] as? Bool, s.errors == 0)
                XCTAssertEqual(r.status, s.errors == 0 ? 0 : 1, "exit code vs errors for \(file.lastPathComponent)")
                for f in all {
                    let keys = Set(f.keys)
                    XCTAssertTrue(
                        Self.findingKeys.isSubset(of: keys),
                        "missing keys \(Self.findingKeys.subtracting(keys)) in \(f)")
                    XCTAssertTrue(
                        keys.subtracting(Self.findingKeys).isSubset(of: ["proposedChange"]), "unexpected keys in \(f)")
                    XCTAssertNotNil(f.string("type"), "\(f)")
                    XCTAssertTrue(["error", "warning", "info"].contains(f.string("severity") ?? ""), "\(f)")
                    XCTAssertTrue(f["rowNumber"] is NSNull || (f.int("rowNumber") ?? 0) >= 1, "rowNumber: \(f)")
                    XCTAssertTrue(f["fieldNumber"] is NSNull || (f.int("fieldNumber") ?? 0) >= 1, "fieldNumber: \(f)")
                    for k in ["fieldName", "cell", "constraint"] {
                        XCTAssertTrue(f[k] is NSNull || f[k] is String, "\(k): \(f)")
                    }
                    XCTAssertFalse((f.string("message") ?? "").isEmpty, "empty message: \(f)")
                    if let t = f.string("type") { seenTypes.insert(t) }
                }
            }
        }
        XCTAssertTrue(
            seenTypes.isSuperset(of: [
                "type-error", "constraint-error", "empty-file", "header-only", "extra-cell", "missing-cell",
            ]),
            "kinds covered: \(seenTypes.sorted())")
    }

    func testRowNumberCountsTheHeaderAsRowOne() throws {
        var lines = try correctedSampleLines()
        let header = lines[0].components(separatedBy: ";")
        let insee = try XCTUnwrap(header.firstIndex(of: "code_insee_commune"))
        let observations = try XCTUnwrap(header.firstIndex(of: "observations"))
        func edit(_ i: Int, _ column: Int, _ value: String) {
            var c = lines[i].components(separatedBy: ";")
            c[column] = value
            lines[i] = c.joined(separator: ";")
        }
        edit(1, insee, "AAAAA")  // first data row → rowNumber 2
        edit(4, insee, "BBBBB")  // fifth line of the file → rowNumber 5
        let simple = try write("numeros.csv", lines.prefix(6).joined(separator: "\n") + "\n")
        let r = try irve(["check", simple.path, "--format", "json"])
        let errors = findings(try r.json()).filter { $0.string("severity") == "error" }
        XCTAssertEqual(errors.map { $0.int("rowNumber") ?? 0 }, [2, 5], r.summary)
        XCTAssertEqual(errors.map { $0.int("fieldNumber") ?? 0 }, [insee + 1, insee + 1], "fieldNumber counts from 1")
        // Header findings are on row 1.
        let h = try write(
            "entete-fautive.csv",
            lines[0].replacingOccurrences(of: "nom_amenageur", with: "Nom_Amenageur") + "\n" + lines[2] + "\n")
        let hj = try irve(["check", h.path, "--format", "json", "--strict-header"]).json()
        XCTAssertTrue(
            findings(hj).contains { $0.int("rowNumber") == 1 && $0.string("severity") == "error" }, "\(findings(hj))")

        // A quoted cell over two lines is one row (frictionless numbers rows, not physical lines).
        edit(2, observations, "\"première ligne\nseconde ligne\"")
        edit(3, insee, "CCCCC")
        let multi = try write("multiligne.csv", lines.prefix(6).joined(separator: "\n") + "\n")
        let m = try irve(["check", multi.path, "--format", "json"])
        let mj = try m.json()
        XCTAssertEqual(stats(mj).rows, 5, m.summary)
        XCTAssertEqual(
            findings(mj).filter { $0.string("severity") == "error" }.map { $0.int("rowNumber") ?? 0 }, [2, 4, 5],
            m.summary)
    }

    func testJSONGoesToStdoutAndIsOneObject() throws {
        let r = try irve(["check", sample("commune-exemple.csv").path, "--format", "json"])
        XCTAssertTrue(r.stderr.isEmpty, r.summary)
        XCTAssertTrue(r.stdout.hasSuffix("}\n"), "one object ending with a newline")
        _ = try r.json()
        // Paths with spaces, quotes and accents are escaped properly.
        let odd = try write(
            "bornes \"Marmande\" été.csv", data: try Data(contentsOf: sample("commune-exemple-corrige.csv")))
        let o = try irve(["check", odd.path, "--format", "json"])
        XCTAssertEqual(o.status, 0, o.summary)
        XCTAssertEqual(try o.json().string("file"), odd.path)
    }

    // MARK: - Helpers

    private func assertOne(
        _ errors: [[String: Any]], type: String, field: String, row: Int, cell: String, constraint: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        let hits = errors.filter { $0.string("fieldName") == field }
        XCTAssertEqual(hits.count, 1, "\(field): \(hits)", file: file, line: line)
        guard let f = hits.first else { return }
        XCTAssertEqual(f.string("type"), type, file: file, line: line)
        XCTAssertEqual(f.int("rowNumber"), row, file: file, line: line)
        XCTAssertEqual(f.string("cell"), cell, file: file, line: line)
        if let constraint { XCTAssertEqual(f.string("constraint"), constraint, file: file, line: line) }
    }
}

private func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }
