import Foundation
import XCTest

// Golden tests of the reports: the exact outputs of the real `irve` binary, byte for byte, recorded
// under Tests/Fixtures/golden/ so that a redesign of the findings and of their wording can prove that
// nothing changed.
//
// - `irve check`: stdout in text and JSON, in French (the default) and in English (`--lang en`);
// - `irve fix`: the printed summary, the change log (`--log changes.csv` and `--log changes.json`)
//   and the repaired copy;
// - every case folder also holds `exit-status.txt`: each command run, its exit status and its stderr.
//
// Record mode: `IRVE_RECORD_GOLDEN=1 swift test --skip-build --filter GoldenReportTests` (re)writes the
// golden files instead of comparing them, prints the folders it wrote, and fails nothing. Review the
// result with `git diff Tests/Fixtures/golden` before committing it.
//
// Stable outputs: each input is copied into the test's temporary folder under its own name and irve
// runs there with that relative name (outputs quote the input and output paths), so the goldens do not
// depend on where the repository lives. Corpus cases skip when ../shared is absent; the sample and the
// workbook fixture never skip.
//
// Known dependency on the clock: the date-in-future rule of `irve check` compares dates with today (the
// only use of the clock here; irve has no option to fix it). The sample's date_maj is 2026-10-15: on a
// machine whose clock is before that day, its check reports gain 20 warnings and differ from the goldens.
final class GoldenReportTests: CLITestCase {
    static let goldenRoot = CLI.root.appendingPathComponent("Tests/Fixtures/golden")
    static let recording = ProcessInfo.processInfo.environment["IRVE_RECORD_GOLDEN"] == "1"
    /// French is the default: no flag. English: `--lang en`.
    static let languages: [(code: String, flag: [String])] = [("fr", []), ("en", ["--lang", "en"])]

    // MARK: irve check

    func testCheckSample() throws {
        try checkCase("sample-commune-exemple", input: CLI.samples.appendingPathComponent("commune-exemple.csv"))
    }

    func testCheckWorkbook() throws {
        try checkCase("xlsx-irve-like", input: CLI.root.appendingPathComponent("Tests/Fixtures/xlsx/irve-like.xlsx"))
    }

    /// A v1 file (1.0.3): empty ids, INSEE codes without their leading zero, YYYYMMDD dates.
    func testCheckV1() throws {
        try checkCase("v1-tesla-supercharger", input: sharedFile("corpus/real/tesla_supercharger_v1_20181130.csv"))
    }

    /// Windows-1252 / Latin-1, v1 with two extra leading columns.
    func testCheckLatin1() throws {
        try checkCase("latin1-wiiiz-capg", input: sharedFile("corpus/real/wiiiz-capg_v1-latin1_20200331.csv"))
    }

    /// Lat-first coordinates on every row, powers in watts, postcodes as INSEE codes, duplicated ids.
    func testCheckSwappedCoordinates() throws {
        try checkCase("swapped-sdeer17-mobive", input: sharedFile("corpus/real/sdeer17_mobive_v2.2_20230403.csv"))
    }

    /// A duplicated id_pdc_itinerance, columns out of order, invisible characters in phones.
    func testCheckDuplicates() throws {
        try checkCase("duplicates-jerecharge", input: sharedFile("corpus/real/jerecharge-com_v2.3_20240806.csv"))
    }

    /// Text only: its JSON reports weigh 5.3 MB (fr) and 4.2 MB (en), too much for the golden folder;
    /// testCheckDerivedConsolidation covers the JSON of this kind of file.
    func testCheckQualiChargeExtract() throws {
        let input = try sharedFile("corpus/derived/qualicharge-staging_static-extract_20250908.csv")
        try checkCase("qualicharge-staging", input: input, formats: ["text"])
    }

    /// Of the same kind as the QualiCharge extract (real rows re-exported by a third party, with extra
    /// columns and geographic mismatches), and with JSON reports of a size the golden folder can hold.
    func testCheckDerivedConsolidation() throws {
        let input = try sharedFile("corpus/derived/national-consolidation-v2.3_tesla-rows_202411.csv")
        try checkCase("consolidation-tesla-rows", input: input)
    }

    // MARK: irve fix

    func testFixSample() throws {
        try fixCase("sample-commune-exemple", input: CLI.samples.appendingPathComponent("commune-exemple.csv"))
    }

    /// v1 → 2.3.1 upgrade of a Latin-1 file.
    func testFixLatin1V1() throws {
        try fixCase("latin1-v1-wiiiz-capg", input: sharedFile("corpus/real/wiiiz-capg_v1-latin1_20200331.csv"))
    }

    /// Swapped coordinates, watts and postcodes repaired on every row.
    func testFixSwappedCoordinates() throws {
        try fixCase("swapped-sdeer17-mobive", input: sharedFile("corpus/real/sdeer17_mobive_v2.2_20230403.csv"))
    }

    // MARK: Cases

    /// `irve check FILE --format F [--lang en]` for each format and language.
    private func checkCase(
        _ name: String, input: URL, formats: [String] = ["text", "json"],
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        var golden = GoldenCase(folder: "check/\(name)")
        let staged = try stage(input)
        for format in formats {
            for lang in Self.languages {
                let arguments = ["check", staged, "--format", format] + lang.flag
                let r = try run(arguments, into: &golden, file: file, line: line)
                golden.add("\(lang.code).\(format == "text" ? "txt" : "json")", r.stdoutData, from: r)
            }
        }
        try finish(golden, file: file, line: line)
    }

    /// `irve fix FILE -o repaired.csv --log changes.csv|changes.json [--lang en]`: the summary, both logs
    /// and the repaired copy (one golden for the four runs: it must not depend on the language or the log).
    private func fixCase(_ name: String, input: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        var golden = GoldenCase(folder: "fix/\(name)")
        let staged = try stage(input)
        let dir = try workDir()
        for lang in Self.languages {
            for logFormat in ["csv", "json"] {
                let repaired = dir.appendingPathComponent("repaired.csv")
                let log = dir.appendingPathComponent("changes.\(logFormat)")
                try? FileManager.default.removeItem(at: repaired)
                try? FileManager.default.removeItem(at: log)
                let arguments = ["fix", staged, "-o", "repaired.csv", "--log", "changes.\(logFormat)"] + lang.flag
                let r = try run(arguments, into: &golden, file: file, line: line)
                golden.add("summary.\(lang.code).txt", r.stdoutData, from: r)
                golden.add("changes.\(lang.code).\(logFormat)", try written(log, by: r), from: r)
                golden.add("repaired.csv", try written(repaired, by: r), from: r)
            }
        }
        try finish(golden, file: file, line: line)
    }

    // MARK: Running

    private func workDir() throws -> URL { try XCTUnwrap(tmp, "no temporary folder") }

    /// Copies the input into the temporary folder under its own name; returns that relative name.
    private func stage(_ input: URL) throws -> String {
        let name = input.lastPathComponent
        try FileManager.default.copyItem(at: input, to: try workDir().appendingPathComponent(name))
        return name
    }

    /// Runs irve in the temporary folder and notes the command, its exit status and its stderr.
    private func run(
        _ arguments: [String], into golden: inout GoldenCase,
        file: StaticString, line: UInt
    ) throws -> CLI.Result {
        let r = try CLI.run(arguments, in: try workDir())
        assertSane(r, file: file, line: line)
        golden.note(r)
        return r
    }

    private func written(_ url: URL, by r: CLI.Result) throws -> Data {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw GoldenError(message: "\(url.lastPathComponent) was not written:\n\(r.summary)")
        }
        return data
    }

    /// Record mode: (re)writes the case folder. Otherwise: compares every output with its golden file,
    /// and reports golden files that no output matches any more.
    private func finish(_ golden: GoldenCase, file: StaticString, line: UInt) throws {
        for conflict in golden.conflicts { XCTFail(conflict, file: file, line: line) }
        let fm = FileManager.default
        let dir = Self.goldenRoot.appendingPathComponent(golden.folder)
        let shown = "Tests/Fixtures/golden/\(golden.folder)"
        if Self.recording {
            try? fm.removeItem(at: dir)
            try fm.createDirectory(at: dir, withIntermediateDirectories: true)
            for entry in golden.entries { try entry.data.write(to: dir.appendingPathComponent(entry.name)) }
            print(
                "GoldenReportTests: IRVE_RECORD_GOLDEN=1, recorded \(golden.entries.count) golden file(s) "
                    + "in \(shown) (nothing compared)")
            return
        }
        for entry in golden.entries {
            let path = dir.appendingPathComponent(entry.name).path
            guard let expected = fm.contents(atPath: path) else {
                XCTFail(
                    "missing golden file \(shown)/\(entry.name) (record it with IRVE_RECORD_GOLDEN=1)",
                    file: file, line: line)
                continue
            }
            if let difference = GoldenDiff.firstDifference(expected: expected, actual: entry.data) {
                XCTFail(
                    """
                    \(shown)/\(entry.name) differs from the output of `\(entry.source)`:
                    \(difference)
                    If the change is intended, re-record with IRVE_RECORD_GOLDEN=1 and review the git diff.
                    """, file: file, line: line)
            }
        }
        let names = Set(golden.entries.map(\.name))
        for stale in ((try? fm.contentsOfDirectory(atPath: dir.path)) ?? []).sorted() where !names.contains(stale) {
            XCTFail(
                "\(shown)/\(stale) is no output of this case any more (re-record with IRVE_RECORD_GOLDEN=1)",
                file: file, line: line)
        }
    }
}

struct GoldenError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// The outputs of one case, in order: golden file name → bytes, plus `exit-status.txt`.
struct GoldenCase {
    let folder: String
    private(set) var outputs: [(name: String, data: Data, source: String)] = []
    private(set) var conflicts: [String] = []
    private var status = ""

    init(folder: String) { self.folder = folder }

    static func commandLine(_ r: CLI.Result) -> String { (["irve"] + r.arguments).joined(separator: " ") }

    /// One line per run: the command and its exit status, then its stderr lines, if any.
    mutating func note(_ r: CLI.Result) {
        status += "\(Self.commandLine(r)) → exit \(r.status)\n"
        var errLines = r.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let finalNewline = errLines.last == ""
        if finalNewline { errLines.removeLast() }
        for errLine in errLines { status += "  stderr: \(errLine)\n" }
        if !finalNewline { status += "  (stderr without a final newline)\n" }
    }

    /// Adds an output; an output several runs share (the repaired copy) must be the same for all.
    mutating func add(_ name: String, _ data: Data, from r: CLI.Result) {
        let source = Self.commandLine(r)
        guard let earlier = outputs.first(where: { $0.name == name }) else {
            outputs.append((name, data, source))
            return
        }
        if let difference = GoldenDiff.firstDifference(expected: earlier.data, actual: data) {
            conflicts.append(
                """
                two runs disagree on \(folder)/\(name): `\(earlier.source)` (expected below) and `\(source)`:
                \(difference)
                """)
        }
    }

    var entries: [(name: String, data: Data, source: String)] {
        outputs + [("exit-status.txt", Data(status.utf8), "the runs of \(folder)")]
    }
}

/// A readable description of the first difference between two outputs: line number, then an excerpt
/// of the expected and the actual line around the first differing byte (never the whole file).
enum GoldenDiff {
    static let excerptBytes = 200
    static let contextBefore = 60

    static func firstDifference(expected: Data, actual: Data) -> String? {
        guard expected != actual else { return nil }
        let e = lines(expected)
        let a = lines(actual)
        var index = 0
        while index < e.count, index < a.count, e[index] == a[index] { index += 1 }
        let el = line(index, of: e)
        let al = line(index, of: a)
        guard el != nil || al != nil else {
            return "the outputs differ only by their final newline (expected \(expected.count) bytes, "
                + "actual \(actual.count) bytes)"
        }
        let column = zip(el ?? [], al ?? []).prefix { $0.0 == $0.1 }.count
        return """
            first difference at line \(index + 1), byte \(column + 1) of the line:
              expected: \(excerpt(el, around: column))
              actual:   \(excerpt(al, around: column))
            (expected \(expected.count) bytes, \(e.count - 1) newline(s); \
            actual \(actual.count) bytes, \(a.count - 1) newline(s))
            """
    }

    /// Lines without their "\n"; a file that ends with a newline ends with an empty line.
    static func lines(_ data: Data) -> [[UInt8]] {
        Array(data).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    }

    /// Line `index`, or nil past the end (the empty line after a final newline is the end).
    static func line(_ index: Int, of lines: [[UInt8]]) -> [UInt8]? {
        guard index < lines.count, index < lines.count - 1 || !lines[index].isEmpty else { return nil }
        return lines[index]
    }

    /// At most `excerptBytes` of the line from a little before `column`, cut on character boundaries,
    /// between backquotes, control characters escaped.
    static func excerpt(_ line: [UInt8]?, around column: Int) -> String {
        guard let line else { return "(end of file)" }
        func isContinuation(_ i: Int) -> Bool { i < line.count && line[i] & 0xC0 == 0x80 }
        var start = max(0, column - contextBefore)
        while start > 0, isContinuation(start) { start -= 1 }
        var end = min(line.count, start + excerptBytes)
        while isContinuation(end) { end += 1 }
        let text = String(decoding: line[start..<end], as: UTF8.self).unicodeScalars.map { scalar in
            scalar.value < 0x20 || scalar.value == 0x7F ? scalar.escaped(asASCII: true) : String(scalar)
        }.joined()
        return (start > 0 ? "…" : "") + "`\(text)`" + (end < line.count ? "…" : "")
            + " (\(line.count) bytes)"
    }
}
