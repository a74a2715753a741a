import Foundation
import IRVETestSupport
import XCTest

/// What a browser run needs, found or skipped: the venv of Tests/Browser/requirements.txt, Debian's
/// chromium and chromedriver, and the built `irve` binary.
enum BrowserTools {
    static let root = TestPaths.root
    static let python = root.appendingPathComponent(".venv-browser/bin/python")
    static let driverScript = root.appendingPathComponent("Tests/Browser/e2e.py")
    static let artefacts = root.appendingPathComponent(".build/e2e-artefacts")

    /// Skips the test, saying what to install, when any tool is absent.
    static func require() throws -> URL {
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: python.path) else {
            throw XCTSkip(
                ".venv-browser absent (\(python.path)): python3 -m venv .venv-browser && "
                    + ".venv-browser/bin/pip install -r Tests/Browser/requirements.txt (see .ci/run)")
        }
        for (tool, env, names) in [
            ("chromium", "IRVE_CHROMIUM", ["chromium", "chromium-browser"]),
            ("chromedriver", "IRVE_CHROMEDRIVER", ["chromedriver"]),
        ] where locate(env: env, names: names) == nil {
            throw XCTSkip("\(tool) absent: apt-get install chromium chromium-driver (see .ci/run)")
        }
        return try binary()
    }

    /// IRVE_BIN, else `.build/debug/irve` (built by `swift build --product irve` before `swift test`).
    static func binary() throws -> URL {
        let env = ProcessInfo.processInfo.environment["IRVE_BIN"] ?? ""
        let url = env.isEmpty ? root.appendingPathComponent(".build/debug/irve") : URL(fileURLWithPath: env)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw XCTSkip("irve binary absent (\(url.path)): swift build --product irve first, or set IRVE_BIN")
        }
        return url
    }

    static func locate(env: String, names: [String]) -> String? {
        let fm = FileManager.default
        if let chosen = ProcessInfo.processInfo.environment[env], !chosen.isEmpty {
            return fm.isExecutableFile(atPath: chosen) ? chosen : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in names where fm.isExecutableFile(atPath: "\(dir)/\(name)") { return "\(dir)/\(name)" }
        }
        return nil
    }
}

/// `irve serve --port 0` on 127.0.0.1: the address is the one the server prints once listening.
final class ServedAssistant {
    let process = Process()
    private(set) var url = ""
    private let output = Pipe()
    /// Everything the server printed on its standard output so far.
    let printed = Printed()

    /// `arguments` after `serve --port 0`; `environment` replaces the test's own when given;
    /// `errors`: a file for the server's standard error (its request log), else nowhere.
    init(
        binary: URL, arguments: [String] = [], environment: [String: String]? = nil, errors: URL? = nil,
        timeout: TimeInterval = 120
    ) throws {
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0"] + arguments
        if let environment { process.environment = environment }
        process.standardOutput = output
        if let errors {
            _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
            process.standardError = try FileHandle(forWritingTo: errors)
        } else {
            process.standardError = FileHandle.nullDevice
        }
        process.standardInput = FileHandle.nullDevice
        let seen = printed
        output.fileHandleForReading.readabilityHandler = { handle in seen.append(handle.availableData) }
        try process.run()
        // Polled, never a blocking read: a server that prints nothing fails the test after `timeout`.
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline, process.isRunning {
            if let found = Self.address(in: seen.text) {
                url = found
                return
            }
            Thread.sleep(forTimeInterval: 0.1)
        }
        stop()
        throw ServeError.noAddress(seen.text)
    }

    /// `http://127.0.0.1:PORT/` in the server's first line; a port of 0 would mean it was not replaced.
    static func address(in text: String) -> String? {
        guard let start = text.range(of: "http://127.0.0.1:") else { return nil }
        let digits = text[start.upperBound...].prefix { $0.isNumber }
        guard let port = Int(digits), port > 0 else { return nil }
        return "http://127.0.0.1:\(port)/"
    }

    /// Ctrl-C: SIGINT, then the exit status once the server stopped (SIGKILL after `timeout`).
    func interrupt(timeout: TimeInterval = 30) -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        kill(process.processIdentifier, SIGINT)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        // The last words (the "stopped" line) may still be in the pipe.
        output.fileHandleForReading.readabilityHandler = nil
        printed.append(output.fileHandleForReading.readDataToEndOfFile())
        return process.terminationStatus
    }

    func stop() {
        output.fileHandleForReading.readabilityHandler = nil
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    enum ServeError: Error, CustomStringConvertible {
        case noAddress(String)
        var description: String {
            switch self {
            case .noAddress(let out): "irve serve --port 0 printed no address: \(out)"
            }
        }
    }
}

/// What the server printed so far, appended from the pipe's handler thread.
final class Printed: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func append(_ chunk: Data) { lock.withLock { data.append(chunk) } }
    var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }
}

/// One scenario's answer from Tests/Browser/e2e.py (its result.json).
struct ScenarioResult {
    struct Step {
        var name: String
        var status: String
        var detail: String
    }
    var name: String
    var steps: [Step]

    /// The steps that did not pass, first failures first, each with its reason.
    var problems: [String] {
        steps.filter { $0.status != "passed" }.map { "[\($0.status)] \($0.name): \($0.detail)" }
    }

    static func read(_ url: URL) throws -> (scenarios: [ScenarioResult], error: String?) {
        let data = try Data(contentsOf: url)
        guard let top = try JSONSerialization.jsonObject(with: data) as? [String: Any] else { return ([], "not JSON") }
        let list = top["scenarios"] as? [[String: Any]] ?? []
        let scenarios = list.map { s in
            ScenarioResult(
                name: s["name"] as? String ?? "?",
                steps: (s["steps"] as? [[String: Any]] ?? []).map {
                    Step(
                        name: $0["name"] as? String ?? "?", status: $0["status"] as? String ?? "?",
                        detail: $0["detail"] as? String ?? "")
                })
        }
        return (scenarios, top["error"] as? String)
    }
}
