import Foundation
import XCTest

/// `irve check --lang en` over the whole corpus (the shared real files and the samples), text and
/// JSON: no French outside the quoted cell values, column names and file names.
/// A failure lists the offenders grouped by source (the finding's type, the text report's own
/// lines, the standard error).
final class EnglishEverywhereTests: CLITestCase {
    struct Offender {
        var source: String
        var file: String
        var line: String
        var hit: String
    }

    func testTheCorpusInEnglishHasNoFrenchOutsideQuotedValues() throws {
        let files = try corpusFiles()
        let names = try schemaFieldNames()
        let communes = try communeWords()
        var offenders: [Offender] = []
        for file in files { offenders += try englishOffenders(file.path, names: names, communes: communes) }
        try report(offenders, of: "\(files.count) files")
    }

    /// The other commands and the usage mistakes in English: their messages, the rule listing, the
    /// errors of unreadable inputs (the text of a data.gouv.fr record is French on purpose: not run).
    func testTheOtherCommandsInEnglishHaveNoFrench() throws {
        let faulty = sample("commune-exemple.csv").path
        let corrected = sample("commune-exemple-corrige.csv").path
        let garbage = try write("garbage.csv", [UInt8](repeating: 0, count: 64) + Array("a;b\n1;2\n".utf8))
        let runs: [[String]] = [
            ["check", "--rules"], ["check", "--rules", "--format", "markdown"],
            ["fix", faulty, "--dry-run"], ["fix", faulty, "-o", tmp.appendingPathComponent("fixed.csv").path],
            ["publish", faulty], ["publish", corrected, "--plan-dir", tmp.appendingPathComponent("plan").path],
            ["check", tmp.appendingPathComponent("absent.csv").path], ["check", tmp.path], ["check", garbage.path],
            ["check", "--schema", "nope", faulty], ["geo", "import-ban", tmp.appendingPathComponent("absent.gz").path],
            ["check"], ["check", "--disable", "nope", faulty], ["check", "--format", "markdown", faulty],
            ["check", "--nogeo", faulty], ["fix", faulty], ["describe", faulty, "--format", "xml"],
            ["publish", faulty, "--new", "--dataset", "x"], ["check", "--geocoder", "x", "--ban-index", "y", faulty],
            ["extract", faulty, "--commune", "76540"], ["extract", faulty], ["extract", faulty, "--siren", "12"],
            ["extract", faulty, "--commune", "99999"], ["extract", faulty, "--departement", "99"],
            ["map", faulty, "-o", tmp.appendingPathComponent("map.svg").path],
            ["map", faulty, "-o", tmp.appendingPathComponent("map.png").path],
            ["export", "geojson", faulty, "-o", tmp.appendingPathComponent("s.geojson").path],
            ["export", "kml", faulty, "-o", tmp.appendingPathComponent("s.kml").path],
        ]
        var offenders: [Offender] = []
        for arguments in runs {
            let r = try CLI.run(arguments + ["--lang", "en"])
            assertSane(r)
            let source = "irve " + arguments.prefix(2).filter { !$0.hasPrefix("/") }.joined(separator: " ")
            for line in r.combined.split(separator: "\n").map(String.init) {
                if let hit = FrenchDetector.hit(line, names: [], paths: [faulty, corrected, tmp.path]) {
                    offenders.append(Offender(source: source, file: "-", line: line, hit: hit))
                }
            }
        }
        try report(offenders, of: "\(runs.count) commands")
    }

    /// Fails with every French line found, grouped by source.
    private func report(_ offenders: [Offender], of what: String) throws {
        guard !offenders.isEmpty else { return }
        XCTFail("\(offenders.count) French line(s) in the English output of \(what):\n" + Self.grouped(offenders))
    }

    /// The detector itself: it must see French, and leave quoted values and column names alone.
    func testTheDetectorSeesFrenchButNotData() {
        let names: Set<String> = ["horaires", "gratuit"]
        XCTAssertEqual(FrenchDetector.hit("la valeur est vide", names: names), "la")
        XCTAssertEqual(FrenchDetector.hit("Schéma chosen", names: names), "Schéma")
        XCTAssertEqual(FrenchDetector.hit("l'adresse is wrong", names: names), "l'adresse")
        XCTAssertNil(FrenchDetector.hit("\"Accès libre\" is not allowed in horaires", names: names))
        XCTAssertNil(FrenchDetector.hit("the point is in Saint-Étienne (42218), not « là »", names: names))
        XCTAssertNil(FrenchDetector.hit("row 3: code_insee_commune is empty", names: names))
        let communes = FrenchDetector.communeWords(["Le Caylar", "Saint-Félix-de-l'Héras", "Labège"])
        XCTAssertNil(
            FrenchDetector.hit(
                "it belongs to Le Caylar, Saint-Félix-de-l'Héras; Labège has", names: names,
                communeWords: communes))
        XCTAssertEqual(FrenchDetector.hit("Le fichier", names: names, communeWords: communes), "fichier")
        let bourgs = FrenchDetector.communeWords(["Bourgs sur Colagne", "Gabrias", "Mende"])
        XCTAssertNil(
            FrenchDetector.hit(
                "belongs to Bourgs sur Colagne, Gabrias, not Mende (48000).", names: names,
                communeWords: bourgs))
        XCTAssertEqual(FrenchDetector.hit("1\u{202F}234 lines", names: names), "\u{202F}")
    }

    /// The same check on the French report finds French in (nearly) every message: it can fail.
    func testTheDetectorFindsTheFrenchOfTheFrenchReport() throws {
        let r = try CLI.run(["check", sample("commune-exemple.csv").path, "--format", "json", "--lang", "fr"])
        let list = messages(try r.json())
        let french = list.filter { FrenchDetector.hit($0, names: []) != nil }
        XCTAssertGreaterThan(list.count, 20)
        XCTAssertGreaterThanOrEqual(
            Double(french.count), 0.9 * Double(list.count),
            "\(list.filter { FrenchDetector.hit($0, names: []) == nil })")
    }

    private func corpusFiles() throws -> [URL] {
        let fm = FileManager.default
        var files: [URL] = []
        for folder in ["corpus/real", "corpus/real_other"] {
            let url = try sharedFile(folder)
            files += try fm.contentsOfDirectory(at: url, includingPropertiesForKeys: nil).sorted { $0.path < $1.path }
        }
        files += try fm.contentsOfDirectory(at: CLI.samples, includingPropertiesForKeys: nil)
            .filter { ["csv", "xlsx"].contains($0.pathExtension) }.sorted { $0.path < $1.path }
        return files
    }

    /// Every column name of every embedded schema: they are data, and English messages cite them.
    private func schemaFieldNames() throws -> Set<String> {
        let folder = CLI.root.appendingPathComponent("Schemas")
        var names: Set<String> = []
        for url in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        where url.pathExtension == "json" {
            let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
            for field in schema?["fields"] as? [[String: Any]] ?? [] {
                if let name = field["name"] as? String { names.insert(name) }
            }
        }
        return names
    }

    /// The words of every commune name, current and former (messages cite them without quotes).
    private func communeWords() throws -> Set<String> {
        var names: [String] = []
        for (file, column) in [("communes_2026.csv.gz", 2), ("codes_insee_historiques_vers_2026.csv.gz", 2)] {
            let url = try sharedFile("geo/" + file)
            let r = try CLI.runExecutable(
                URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -dc '\(url.path)'"], timeout: 60)
            guard r.status == 0 else { throw XCTSkip("gzip is not available: \(r.summary)") }
            for line in r.stdout.split(whereSeparator: \.isNewline).dropFirst() {
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                if cells.count > column { names.append(String(cells[column])) }
            }
        }
        return FrenchDetector.communeWords(names)
    }

    private func englishOffenders(_ path: String, names: Set<String>, communes: Set<String>) throws -> [Offender] {
        let name = (path as NSString).lastPathComponent
        let json = try CLI.run(["check", path, "--format", "json", "--lang", "en"])
        assertSane(json)
        var offenders: [Offender] = []
        var data = names
        var messages: Set<String> = []
        let object = try? JSONSerialization.jsonObject(with: json.stdoutData) as? [String: Any]
        let findings = object?["findings"] as? [[String: Any]] ?? []
        for f in findings {
            if let field = f["fieldName"] as? String { data.insert(field) }
        }
        for f in findings {
            guard let message = f["message"] as? String else { continue }
            messages.insert(message)
            if let hit = FrenchDetector.hit(message, names: data, communeWords: communes, paths: [path]) {
                offenders.append(Offender(source: f["type"] as? String ?? "?", file: name, line: message, hit: hit))
            }
        }
        let text = try CLI.run(["check", path, "--lang", "en"])
        assertSane(text)
        for line in text.stdout.split(separator: "\n").map(String.init)
        where !messages.contains(where: { line.hasSuffix($0) }) {
            if let hit = FrenchDetector.hit(line, names: data, communeWords: communes, paths: [path]) {
                offenders.append(Offender(source: "text report", file: name, line: line, hit: hit))
            }
        }
        for line in (json.stderr + text.stderr).split(separator: "\n").map(String.init) {
            if let hit = FrenchDetector.hit(line, names: data, communeWords: communes, paths: [path]) {
                offenders.append(Offender(source: "stderr", file: name, line: line, hit: hit))
            }
        }
        return offenders
    }

    /// One paragraph per source, most offenders first: count, files, and a few distinct lines.
    static func grouped(_ offenders: [Offender]) -> String {
        let bySource = Dictionary(grouping: offenders, by: \.source)
        return bySource.sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }.map { source, list in
            let files = Set(list.map(\.file)).sorted()
            var seen: Set<String> = []
            let examples = list.filter { seen.insert($0.line).inserted }.prefix(3).map {
                "    [\($0.file)] (\($0.hit)) \(String($0.line.prefix(160)))"
            }
            let place = files == ["-"] ? "" : " in \(files.count) file(s)"
            return "  \(source): \(list.count) line(s)\(place)\n" + examples.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
