import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `irve` binary (`$IRVE_BIN`, else `<root>/.build/debug/irve`, what `.ci/run`
/// builds) as a subprocess, with a time limit: a run that hangs is killed and reported as such.
/// Shared by the test targets that drive the command line from outside (`irve survey`…).
public enum BuiltIRVE {
    public struct Run: Sendable {
        public var arguments: [String]
        public var status: Int32
        public var timedOut: Bool
        public var stdoutData: Data
        public var stderr: String
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        public var all: String { stdout + stderr }
        /// For failure messages: the command, its exit code and the start of what it printed.
        public var summary: String {
            "irve \(arguments.joined(separator: " ")) → exit \(status)\(timedOut ? " (TIMED OUT)" : "")"
                + "\n--- stdout ---\n\(stdout.prefix(1500))\n--- stderr ---\n\(stderr.prefix(1500))"
        }
    }

    public static func path() throws -> String {
        let candidate =
            ProcessInfo.processInfo.environment["IRVE_BIN"]
            ?? TestPaths.root.appendingPathComponent(".build/debug/irve").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw XCTSkip(
                "The irve binary is not built (\(candidate)): run `swift build --product irve` first, or set IRVE_BIN.")
        }
        return candidate
    }

    /// `environment` entries override (nil removes) inherited variables; the API key, the
    /// language and the colour settings are removed unless given.
    public static func run(
        _ arguments: [String], environment: [String: String?] = [:], timeout: TimeInterval = 120
    ) throws -> Run {
        let dir = try TestPaths.temporaryFolder("irve-run")
        defer { try? FileManager.default.removeItem(at: dir) }
        // Files rather than pipes: a run that prints a lot cannot block on a full pipe.
        let outURL = dir.appendingPathComponent("out")
        let errURL = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for name in ["DATAGOUV_API_KEY", "IRVE_LANG", "NO_COLOR"] { env[name] = nil }
        for (k, v) in environment { env[k] = v }
        process.environment = env
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                process.terminate()
                let grace = Date().addingTimeInterval(3)
                while process.isRunning && Date() < grace { usleep(20_000) }
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                break
            }
            usleep(10_000)
        }
        process.waitUntilExit()
        return Run(
            arguments: arguments, status: process.terminationStatus, timedOut: timedOut,
            stdoutData: (try? Data(contentsOf: outURL)) ?? Data(),
            stderr: (try? String(contentsOf: errURL, encoding: .utf8)) ?? "")
    }
}
