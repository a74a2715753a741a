import Foundation
import XCTest

/// The ready-to-copy CI files of docs/ci (issue 15): read as YAML by an independent parser, every
/// `irve` command they run works on a folder of IRVE files (our binary in place of the installed
/// one), and their install step has what the build links and irve loads at run time.
final class CIDocsCLITests: CLITestCase {
    /// The commands and packages of each file, as the CI would read them (PyYAML, in .venv).
    static let reader = """
        import json, shlex, sys, yaml
        def commands(lines):
            out = []
            for line in lines:
                for part in line.split("\\n"):
                    words = shlex.split(part, comments=True)
                    if words[:2] != ["irve", "check"]:
                        continue
                    stop = [i for i, w in enumerate(words) if w in (">", "||", "&&", "|")]
                    out.append(words[:stop[0]] if stop else words)
            return out
        gh = yaml.safe_load(open(sys.argv[1]))
        steps = [s for job in gh["jobs"].values() for s in job["steps"]]
        gh_runs = [s["run"] for s in steps if "run" in s]
        gl = yaml.safe_load(open(sys.argv[2]))["irve"]
        gl_lines = gl["before_script"] + gl["script"]
        print(json.dumps({
            "github": {"commands": commands(gh_runs), "setup": "\\n".join(gh_runs)},
            "gitlab": {"commands": commands(gl_lines), "setup": "\\n".join(gl_lines),
                       "reports": gl["artifacts"]["reports"]},
        }))
        """

    func testCIFilesRunWorkingCommandsAndInstallWhatIrveNeeds() throws {
        let python = CLI.root.appendingPathComponent(".venv/bin/python")
        let present = FileManager.default.isExecutableFile(atPath: python.path)
        let probe = present ? try CLI.runExecutable(python, ["-c", "import yaml"], timeout: 30) : nil
        guard let probe, probe.status == 0 else {
            throw XCTSkip(
                "PyYAML absent : .venv/bin/pip install -r Tests/Oracle/requirements.txt (ce test lit les "
                    + "fichiers de docs/ci comme le ferait la CI).")
        }
        let ci = CLI.root.appendingPathComponent("docs/ci")
        let read = try CLI.runExecutable(
            python,
            [
                "-c", Self.reader, ci.appendingPathComponent("github-actions.yml").path,
                ci.appendingPathComponent("gitlab-ci.yml").path,
            ], timeout: 60)
        XCTAssertEqual(read.status, 0, read.summary)
        let files = try XCTUnwrap(try JSONSerialization.jsonObject(with: read.stdoutData) as? [String: [String: Any]])
        let data = tmp.appendingPathComponent("donnees")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sample("commune-exemple.csv"), to: data.appendingPathComponent("a.csv"))
        for (name, file) in files {
            let commands = try XCTUnwrap(file["commands"] as? [[String]], name)
            XCTAssertGreaterThanOrEqual(commands.count, 2, "\(name): \(commands)")
            for words in commands {
                XCTAssertEqual(words.dropFirst(2).first, "donnees/", "\(name) checks the folder donnees/: \(words)")
                let r = try CLI.run(["check", data.path] + words.dropFirst(3), in: tmp)
                XCTAssertEqual(
                    r.status, 1, "\(name): `\(words.joined(separator: " "))` on an invalid file\n\(r.summary)")
                XCTAssertFalse(r.stdout.isEmpty, "\(name): \(words)")
            }
            let setup = file["setup"] as? String ?? ""
            // GRDB links SQLite at build time; PCRE2, libcurl and zlib are loaded by irve at run time.
            for package in ["libsqlite3-dev", "libpcre2-8-0", "libcurl4", "zlib1g"] {
                XCTAssertTrue(setup.contains(package), "\(name) installs \(package):\n\(setup)")
            }
        }
        let github = try XCTUnwrap(files["github"]?["commands"] as? [[String]])
        XCTAssertTrue(github.contains { $0.suffix(2) == ["--format", "github"] }, "\(github)")
        let gitlab = try XCTUnwrap(files["gitlab"])
        XCTAssertTrue((gitlab["commands"] as? [[String]] ?? []).contains { $0.suffix(2) == ["--format", "gitlab"] })
        let reports = try XCTUnwrap(gitlab["reports"] as? [String: String])
        let setup = gitlab["setup"] as? String ?? ""
        for (kind, path) in reports {
            XCTAssertTrue(setup.contains("> \(path)"), "the \(kind) report \(path) is written by a command")
        }
        XCTAssertEqual(Set(reports.keys), ["codequality", "junit"])
    }
}
