import Foundation
import XCTest

extension XCTestCase {
    /// Runs one scenario of Tests/Browser/e2e.py against `server` and fails the test for every step
    /// that did not pass (screenshots and result.json in .build/e2e-artefacts/<name>/).
    /// `arguments` are added to the driver's; `environment` to the test's own.
    func runScenario(
        _ name: String, binary: URL, server: ServedAssistant, arguments: [String] = [],
        environment: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let out = BrowserTools.artefacts.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: out)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let status = try runDriver(
            [
                BrowserTools.driverScript.path, "--bin", binary.path, "--url", server.url, "--out", out.path,
                "--scenario", name,
            ] + arguments, environment: environment, log: out.appendingPathComponent("driver.log"))
        let resultFile = out.appendingPathComponent("result.json")
        guard FileManager.default.fileExists(atPath: resultFile.path) else {
            XCTFail("e2e.py exited \(status) without result.json (see \(out.path)/driver.log)", file: file, line: line)
            return
        }
        let (scenarios, error) = try ScenarioResult.read(resultFile)
        if let error {
            XCTFail("the browser run did not start: \(error)", file: file, line: line)
            return
        }
        guard let result = scenarios.first(where: { $0.name == name }) else {
            XCTFail("result.json has no scenario \(name)", file: file, line: line)
            return
        }
        XCTAssertFalse(result.steps.isEmpty, "scenario \(name) ran no step", file: file, line: line)
        for problem in result.problems {
            XCTFail("\(name): \(problem) (screenshots: \(out.path))", file: file, line: line)
        }
    }

    /// The driver under a time limit (a hung browser fails the test instead of stopping the suite).
    private func runDriver(
        _ arguments: [String], environment: [String: String], log: URL, timeout: TimeInterval = 1500
    ) throws -> Int32 {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let p = Process()
        p.executableURL = BrowserTools.python
        p.arguments = arguments
        p.currentDirectoryURL = BrowserTools.root
        p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        p.standardOutput = handle
        p.standardError = handle
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(timeout)
        while p.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.2) }
        if p.isRunning {
            p.terminate()
            p.waitUntilExit()
            XCTFail("e2e.py still running after \(Int(timeout)) s: stopped (see \(log.path))")
        }
        return p.terminationStatus
    }
}
