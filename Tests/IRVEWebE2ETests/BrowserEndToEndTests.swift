import Foundation
import XCTest

/// The web assistant in a real headless Chromium: the real `irve serve` binary on 127.0.0.1 (free
/// port), driven by Selenium through Tests/Browser/e2e.py, one scenario per test. Each step of a
/// scenario is named: a failure says which step failed and why, and which later steps could not
/// run. Screenshots of every step: .build/e2e-artefacts/<scenario>/. Skipped, with what to install,
/// without .venv-browser, chromium or chromedriver.
final class BrowserEndToEndTests: XCTestCase {
    /// Drop the sample, verdict, filters, map (stations, swapped arrow, panel), repairs (defaults, a
    /// guess if any, one cell by hand), apply, download; `irve check` on the download.
    func testWholePathOnTheSample() throws { try scenario("whole-path") }

    /// The sample as a workbook with two guesses: verdict, map, one guess accepted and only it applied.
    func testWorkbook() throws { try scenario("workbook") }

    /// A CSV that is not an IRVE file: the page says what `irve check` says.
    func testNotAnIRVEFile() throws { try scenario("not-irve") }

    /// Tab, Enter, Space and the map's keys through the upload form, the filters, the map, the repairs.
    func testKeyboardOnly() throws { try scenario("keyboard") }

    /// `?lang=en`: English pages with the CLI's English verdict; back to French and again.
    func testEnglishSwitch() throws { try scenario("english") }

    /// Two Chromiums at once: distinct HttpOnly SameSite=Strict sessions, each sees and downloads
    /// only its own file, even after the other uploaded.
    func testTwoBrowsersAreIsolated() throws { try scenario("two-visitors") }

    /// Runs one scenario against a fresh server and reports every step that did not pass.
    private func scenario(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let binary = try BrowserTools.require()
        let out = BrowserTools.artefacts.appendingPathComponent(name)
        try? FileManager.default.removeItem(at: out)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let server = try ServedAssistant(binary: binary)
        defer { server.stop() }
        let status = try runDriver(
            [
                BrowserTools.driverScript.path, "--bin", binary.path, "--url", server.url, "--out", out.path,
                "--scenario", name,
            ], log: out.appendingPathComponent("driver.log"))
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
    private func runDriver(_ arguments: [String], log: URL, timeout: TimeInterval = 1500) throws -> Int32 {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        defer { try? handle.close() }
        let p = Process()
        p.executableURL = BrowserTools.python
        p.arguments = arguments
        p.currentDirectoryURL = BrowserTools.root
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
