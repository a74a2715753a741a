import Foundation
import XCTest

/// `irve check` over several files and folders (issue 15): one line per file in the order of the
/// paths, a summary, the worst exit code, JSON and NDJSON that parse, the same output whatever the
/// number of workers, and the CI formats read back by independent readers.
final class BatchCheckCLITests: CLITestCase {
    /// lot/casse.csv (a ZIP: unreadable), lot/sub/classeur.xlsx, lot/sub/exemple.csv (invalid),
    /// lot/valide.csv; plus files a search must skip (hidden folder, .txt).
    func makeLot() throws -> URL {
        let lot = tmp.appendingPathComponent("lot")
        let fm = FileManager.default
        try fm.createDirectory(at: lot.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try fm.createDirectory(at: lot.appendingPathComponent(".cache"), withIntermediateDirectories: true)
        try fm.copyItem(at: sample("commune-exemple-corrige.csv"), to: lot.appendingPathComponent("valide.csv"))
        try fm.copyItem(at: sample("commune-exemple.csv"), to: lot.appendingPathComponent("sub/exemple.csv"))
        try fm.copyItem(
            at: CLI.root.appendingPathComponent("Tests/Fixtures/xlsx/irve-like.xlsx"),
            to: lot.appendingPathComponent("sub/classeur.xlsx"))
        try Data([0x50, 0x4B, 0x03, 0x04] + Array("pas un classeur".utf8)).write(
            to: lot.appendingPathComponent("casse.csv"))
        try Data("ignoré".utf8).write(to: lot.appendingPathComponent("notes.txt"))
        try fm.copyItem(at: sample("commune-exemple.csv"), to: lot.appendingPathComponent(".cache/cache.csv"))
        return lot
    }

    static let order = ["casse.csv", "sub/classeur.xlsx", "sub/exemple.csv", "valide.csv"]

    func testTextGivesOneLinePerFileInOrderThenTheSummary() throws {
        let lot = try makeLot()
        let r = try irve(["check", lot.path], rules: true)
        XCTAssertEqual(r.status, 2, "an unreadable file makes the worst code 2:\n\(r.summary)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.count, 7, r.summary)  // 4 files, a blank line, the summary, the final newline
        for (line, name) in zip(lines, Self.order) { XCTAssertTrue(line.contains(lot.path + "/" + name), line) }
        XCTAssertTrue(lines[0].hasPrefix("✘ ILLISIBLE"), lines[0])
        XCTAssertTrue(lines[0].contains("archive ZIP"), lines[0])
        XCTAssertTrue(lines[2].hasPrefix("✘ NON VALIDE"), lines[2])
        XCTAssertTrue(lines[3].hasPrefix("✔ VALIDE"), lines[3])
        XCTAssertTrue(lines[3].contains("0 erreur(s)"), lines[3])
        XCTAssertTrue(lines[3].contains("station(s)"), lines[3])
        XCTAssertEqual(lines[4], "")
        XCTAssertTrue(
            lines[5].hasPrefix("Bilan : 4 fichier(s) contrôlé(s) — 1 valide(s), 2 non valide(s), 1 illisible(s)"),
            lines[5])
        for line in lines where !line.isEmpty { assertFrench(line) }
        XCTAssertFalse(r.stdout.contains("cache.csv"), "hidden folders are skipped")

        let english = try irve(["check", lot.path, "--lang", "en"], rules: true)
        XCTAssertTrue(english.stdout.contains("✔ VALID       " + lot.path + "/valide.csv"), english.summary)
        XCTAssertTrue(english.stdout.contains("Summary: 4 file(s) checked"), english.summary)
    }

    func testExitCodeIsTheWorstOverTheFiles() throws {
        let lot = try makeLot()
        let valid = lot.appendingPathComponent("valide.csv").path
        let invalid = lot.appendingPathComponent("sub/exemple.csv").path
        XCTAssertEqual(try irve(["check", valid, valid], rules: true).status, 0)
        XCTAssertEqual(try irve(["check", valid, invalid], rules: true).status, 1)
        let missing = try irve(["check", valid, lot.appendingPathComponent("absent.csv").path], rules: true)
        XCTAssertEqual(missing.status, 2, missing.summary)
        XCTAssertTrue(missing.stdout.contains("✔ VALIDE"), "the others are still checked:\n\(missing.summary)")
        let empty = tmp.appendingPathComponent("vide")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let none = try irve(["check", empty.path], rules: true)
        XCTAssertEqual(none.status, 2, none.summary)
        XCTAssertTrue(none.stderr.contains("ne contient aucun fichier .csv ou .xlsx"), none.summary)
    }

    func testJSONAndNDJSONParse() throws {
        let lot = try makeLot()
        let r = try irve(["check", lot.path, "--format", "json"], rules: true)
        XCTAssertEqual(r.status, 2)
        let object = try r.json()
        let files = try XCTUnwrap(object["files"] as? [[String: Any]], r.summary)
        XCTAssertEqual(files.compactMap { $0["file"] as? String }, Self.order.map { lot.path + "/" + $0 })
        XCTAssertNotNil(files[0]["error"] as? String)
        XCTAssertEqual(files[3]["valid"] as? Bool, true)
        XCTAssertNotNil((files[2]["findings"] as? [Any])?.first, "each report holds its findings")
        let summary = try XCTUnwrap(object["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 4)
        XCTAssertEqual(summary["valid"] as? Int, 1)
        XCTAssertEqual(summary["invalid"] as? Int, 2)
        XCTAssertEqual(summary["unreadable"] as? Int, 1)
        XCTAssertEqual(summary["exitCode"] as? Int, 2)
        let errors = files.compactMap { ($0["stats"] as? [String: Any])?["errors"] as? Int }.reduce(0, +)
        XCTAssertEqual(summary["errors"] as? Int, errors)

        let nd = try irve(["check", lot.path, "--format", "ndjson"], rules: true)
        let lines = nd.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 5, nd.summary)
        let objects = try lines.map {
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        XCTAssertEqual(objects.prefix(4).compactMap { $0["file"] as? String }, Self.order.map { lot.path + "/" + $0 })
        XCTAssertEqual((objects[4]["summary"] as? [String: Any])?["unreadable"] as? Int, 1)
    }

    /// One worker or four: the same bytes, in every format.
    func testParallelRunGivesTheSequentialOutput() throws {
        let lot = try makeLot()
        var inputs = [lot.path]
        // The official examples (small): more files than workers, of every schema version.
        let examples = CLI.shared.appendingPathComponent("corpus/examples")
        if FileManager.default.fileExists(atPath: examples.path) { inputs.append(examples.path) }
        for format in ["text", "json", "github", "junit", "gitlab"] {
            let one = try irve(["check"] + inputs + ["--format", format, "--jobs", "1"], rules: true)
            let four = try irve(["check"] + inputs + ["--format", format, "--jobs", "4"], rules: true)
            XCTAssertEqual(one.status, four.status, format)
            XCTAssertEqual(one.stdout, four.stdout, "--format \(format): parallel output differs from sequential")
        }
    }

    func testGitHubEscapesFileNamesAndCapsAnnotations() throws {
        let lot = tmp.appendingPathComponent("gh")
        try FileManager.default.createDirectory(at: lot, withIntermediateDirectories: true)
        let odd = lot.appendingPathComponent("a,b:c%.csv")
        try FileManager.default.copyItem(at: sample("commune-exemple.csv"), to: odd)
        let r = try irve(["check", odd.path, "--format", "github"], rules: true)
        XCTAssertEqual(r.status, 1, r.summary)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let annotations = lines.filter { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }
        XCTAssertEqual(annotations.count, 10, "GitHub's default cap:\n\(r.summary)")
        for a in annotations {
            XCTAssertTrue(
                a.contains("file=" + lot.path.replacingOccurrences(of: ":", with: "%3A") + "/a%2Cb%3Ac%25.csv,"), a)
            XCTAssertTrue(a.contains(",title=irve %3A "), a)
        }
        let summary = try XCTUnwrap(lines.last)
        XCTAssertTrue(summary.hasPrefix("::notice title=irve::Bilan : 1 fichier(s)"), summary)
        XCTAssertTrue(summary.contains("10 annotation(s) montrée(s) sur "), summary)
        let all = try irve(["check", odd.path, "--format", "github", "--max-findings", "1000"], rules: true)
        let json = try irve(["check", odd.path, "--format", "json"], rules: true).json()
        let stats = try XCTUnwrap(json["stats"] as? [String: Int])
        XCTAssertEqual(
            all.stdout.split(separator: "\n").filter { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }.count,
            (stats["errors"] ?? 0) + (stats["warnings"] ?? 0), "totals stay exact")
    }

    func testGitLabCodeQualityFields() throws {
        let lot = try makeLot()
        let r = try irve(["check", lot.path, "--format", "gitlab"], rules: true)
        XCTAssertEqual(r.status, 2)
        let issues = try XCTUnwrap(try JSONSerialization.jsonObject(with: r.stdoutData) as? [[String: Any]], r.summary)
        XCTAssertGreaterThan(issues.count, 10)
        var fingerprints = Set<String>()
        for issue in issues {
            XCTAssertFalse((issue["description"] as? String ?? "").isEmpty, "\(issue)")
            XCTAssertFalse((issue["check_name"] as? String ?? "").isEmpty, "\(issue)")
            XCTAssertTrue(
                ["info", "minor", "major", "critical", "blocker"].contains(issue["severity"] as? String ?? ""))
            let location = try XCTUnwrap(issue["location"] as? [String: Any])
            XCTAssertTrue((location["path"] as? String ?? "").hasPrefix(lot.path + "/"), "\(location)")
            let begin = try XCTUnwrap((location["lines"] as? [String: Any])?["begin"] as? Int)
            XCTAssertGreaterThanOrEqual(begin, 1)
            let fingerprint = try XCTUnwrap(issue["fingerprint"] as? String)
            XCTAssertEqual(fingerprint.count, 32)
            fingerprints.insert(fingerprint)
        }
        XCTAssertEqual(fingerprints.count, issues.count, "one fingerprint per issue")
        XCTAssertEqual(issues.first?["severity"] as? String, "critical", "the unreadable file comes first")
        let again = try irve(["check", lot.path, "--format", "gitlab"], rules: true)
        XCTAssertEqual(again.stdout, r.stdout, "fingerprints are stable from one run to the next")
    }

    /// The JUnit XML read back by junitparser (PyPI, in the project's venv: Tests/Oracle/requirements.txt).
    func testJUnitParsesWithJunitparser() throws {
        let python = CLI.root.appendingPathComponent(".venv/bin/python")
        // A fresh clone has no venv at all: a skip, like a venv without junitparser.
        let present = FileManager.default.isExecutableFile(atPath: python.path)
        let probe = present ? try CLI.runExecutable(python, ["-c", "import junitparser"], timeout: 30) : nil
        guard let probe, probe.status == 0 else {
            throw XCTSkip(
                "junitparser absent : .venv/bin/pip install -r Tests/Oracle/requirements.txt (ce test relit le "
                    + "XML JUnit avec un lecteur indépendant).")
        }
        let lot = try makeLot()
        let r = try irve(["check", lot.path, "--format", "junit"], rules: true)
        XCTAssertEqual(r.status, 2)
        let xml = try write("rapport.xml", data: r.stdoutData)
        let script = """
            import json, sys
            from junitparser import JUnitXml, Failure, Error, Skipped
            out = []
            for s in JUnitXml.fromfile(sys.argv[1]):
                cases = list(s)
                out.append({"name": s.name, "tests": s.tests, "failures": s.failures, "errors": s.errors,
                            "cases": len(cases),
                            "failed": [c.name for c in cases if any(isinstance(r, Failure) for r in c.result)],
                            "errored": [c.name for c in cases if any(isinstance(r, Error) for r in c.result)],
                            "texts": [r.text or "" for c in cases for r in c.result]})
            print(json.dumps(out))
            """
        let parsed = try CLI.runExecutable(python, ["-c", script, xml.path], timeout: 60)
        XCTAssertEqual(parsed.status, 0, parsed.summary)
        let suites = try XCTUnwrap(try JSONSerialization.jsonObject(with: parsed.stdoutData) as? [[String: Any]])
        XCTAssertEqual(suites.compactMap { $0["name"] as? String }, Self.order.map { lot.path + "/" + $0 })
        XCTAssertEqual(suites[0]["errors"] as? Int, 1, "the unreadable file is a test in error")
        XCTAssertEqual(suites[3]["failures"] as? Int, 0, "the valid file passes")
        let invalid = suites[2]
        XCTAssertGreaterThan(invalid["failures"] as? Int ?? 0, 0)
        XCTAssertEqual(invalid["tests"] as? Int, invalid["cases"] as? Int)
        let failed = invalid["failed"] as? [String] ?? []
        XCTAssertTrue(failed.contains { $0.hasPrefix("schéma") }, "\(failed)")
        let texts = (invalid["texts"] as? [String] ?? []).joined(separator: "\n")
        XCTAssertTrue(texts.contains("ligne "), "failures carry the messages with their place:\n\(texts)")
    }
}
