import Foundation
import XCTest

/// A real udata on 127.0.0.1 (Tests/Udata/udata_server.py in the `.venv-udata` venv that
/// `bash .ci/run` installs), seeded in its own process, stopped by `stop()` or when this
/// test process ends (the server exits when its standard input closes). The publication tests
/// of the command line and of the web assistant share it.
public final class UdataServer {
    public struct Seeded: Sendable {
        public var port: Int
        public var tokens: [String: String]
        public var organizations: [String: String]
        /// The seeded datasets' ids by key, and the file server's base URL (seeds with "files").
        public var datasets: [String: String] = [:]
        public var files: String?
        public var base: String { "http://127.0.0.1:\(port)/api/1" }
    }

    public let process = Process()
    private let input = Pipe()
    public let seeded: Seeded
    public let startSeconds: Double
    public let workdir: URL

    public static var python: String {
        ProcessInfo.processInfo.environment["IRVE_UDATA_PYTHON"]
            ?? TestPaths.root.appendingPathComponent(".venv-udata/bin/python").path
    }

    /// - Parameters:
    ///   - seed: the JSON seed (zones, users, organizations, datasets, files), see udata_server.py.
    ///   - requestLog: where the server appends one line per request it receives (`--request-log`).
    public init(seed: String, catalog: String?, requestLog: String? = nil, lifetime: Int = 300) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            throw XCTSkip(
                """
                udata is not installed here (\(Self.python) missing): the publication tests against a real \
                udata are skipped. Install it with `python3 -m venv .venv-udata && \
                .venv-udata/bin/pip install -r Tests/Udata/requirements.txt` (bash .ci/run does it).
                """)
        }
        workdir = try TestPaths.temporaryFolder("irve-udata")
        let seedFile = workdir.appendingPathComponent("seed.json")
        try Data(seed.utf8).write(to: seedFile)
        process.executableURL = URL(fileURLWithPath: Self.python)
        process.arguments =
            [
                TestPaths.root.appendingPathComponent("Tests/Udata/udata_server.py").path, "--seed", seedFile.path,
                "--workdir", workdir.path, "--lifetime", String(lifetime),
            ] + (catalog.map { ["--catalog", $0] } ?? []) + (requestLog.map { ["--request-log", $0] } ?? [])
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
        seeded = Seeded(
            port: port, tokens: tokens, organizations: orgs, datasets: json["datasets"] as? [String: String] ?? [:],
            files: json["files"] as? String)
    }

    public func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: workdir)
    }
}
