import Foundation
import XCTest

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
