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
        let server = try ServedAssistant(binary: binary)
        defer { server.stop() }
        try runScenario(name, binary: binary, server: server, file: file, line: line)
    }
}
