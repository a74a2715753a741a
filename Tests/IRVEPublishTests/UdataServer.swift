import Foundation
import XCTest

/// A real udata on 127.0.0.1 (Tests/Udata/udata_server.py in the `.venv-udata` venv that
/// `bash .ci/run` installs), seeded in its own process, stopped by `stop()` or when this
/// test process ends (the server exits when its standard input closes).
final class UdataServer {
    struct Seeded {
        var port: Int
        var tokens: [String: String]
        var organizations: [String: String]
        var base: String { "http://127.0.0.1:\(port)/api/1" }
    }

    let process = Process()
    private let input = Pipe()
    let seeded: Seeded
    let startSeconds: Double
    let workdir: URL

    static var python: String {
        ProcessInfo.processInfo.environment["IRVE_UDATA_PYTHON"]
            ?? Paths.root.appendingPathComponent(".venv-udata/bin/python").path
    }

    /// - Parameter seed: the JSON seed (zones, users, organizations), see udata_server.py.
    init(seed: String, catalog: String?) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            throw XCTSkip(
                """
                udata is not installed here (\(Self.python) missing): the publication tests against a real udata are skipped. \
                Install it with `python3 -m venv .venv-udata && .venv-udata/bin/pip install -r Tests/Udata/requirements.txt` \
                (bash .ci/run does it).
                """)
        }
        workdir = try Paths.temporaryFolder("irve-udata")
        let seedFile = workdir.appendingPathComponent("seed.json")
        try Data(seed.utf8).write(to: seedFile)
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments =
            [
                Paths.root.appendingPathComponent("Tests/Udata/udata_server.py").path, "--seed", seedFile.path,
                "--workdir", workdir.path, "--lifetime", "300",
            ] + (catalog.map { ["--catalog", $0] } ?? [])
        process.currentDirectoryURL = workdir
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = input
        let log = workdir.appendingPathComponent("udata.log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        let start = Date()
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        startSeconds = Date().timeIntervalSince(start)
        guard let json = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
            let port = json["port"] as? Int,
            let tokens = json["tokens"] as? [String: String], let orgs = json["organizations"] as? [String: String]
        else {
            let errors = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
            process.terminate()
            throw XCTSkip("udata did not start (\(Self.python)); its log ends with:\n\(errors.suffix(2000))")
        }
        seeded = Seeded(port: port, tokens: tokens, organizations: orgs)
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: workdir)
    }
}

/// Runs the built `irve` binary: `$IRVE_BIN`, else `<root>/.build/debug/irve` (what `.ci/run` builds).
enum IRVEBinary {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var all: String { stdout + stderr }
    }

    static func path() throws -> String {
        let candidate =
            ProcessInfo.processInfo.environment["IRVE_BIN"]
            ?? Paths.root.appendingPathComponent(".build/debug/irve").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw XCTSkip(
                "The irve binary is not built (\(candidate)): run `swift build --product irve` first, or set IRVE_BIN.")
        }
        return candidate
    }

    static func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["DATAGOUV_API_KEY"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let dir = try Paths.temporaryFolder("irve-run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: (try? String(contentsOf: outURL, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
