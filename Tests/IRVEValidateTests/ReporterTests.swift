import Foundation
import IRVEFindings
import IRVEReport
import IRVEValidate
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Every `--format` goes through one `Reporter`: each one writes a report of the sample, the JSON one
/// is valid JSON whose counts are the result's, and the text one keeps only samples per group.
final class ReporterTests: XCTestCase {
    private func report(_ format: ReportFormat, _ lang: Language) throws -> (ValidationResult, String) {
        let sample = TestSupport.root.appendingPathComponent("Samples/commune-exemple.csv").path
        let reporter = format.reporter(lang: lang, color: false)
        var options = ValidationOptions(lang: lang)
        options.samplesPerGroup = reporter.samplesPerGroup
        let result = try Validation.check(path: sample, options: options)
        let path = NSTemporaryDirectory() + "irve-reporter-\(getpid())-\(format.rawValue).out"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { unlink(path) }
        let sink = OutputSink(fd: fd)
        reporter.write(result, to: sink)
        sink.flush()
        close(fd)
        return (result, try String(contentsOfFile: path, encoding: .utf8))
    }

    func testJSONReporterWritesTheResultsCounts() throws {
        let (result, text) = try report(.json, .fr)
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let stats = object?["stats"] as? [String: Int]
        XCTAssertEqual(stats?["errors"], result.errorCount)
        XCTAssertEqual(stats?["warnings"], result.warningCount)
        XCTAssertEqual((object?["findings"] as? [Any])?.count, result.findings.storedCount)
        XCTAssertGreaterThan(result.errorCount, 0, "the sample has errors to report")
    }

    func testTextReporterSpeaksTheLanguageAskedFor() throws {
        let (_, french) = try report(.text, .fr)
        let (_, english) = try report(.text, .en)
        XCTAssertTrue(french.contains("Fichier NON VALIDE"), french)
        XCTAssertTrue(english.contains("INVALID file"), english)
        XCTAssertEqual(ReportFormat.text.reporter(lang: .fr, color: false).samplesPerGroup, Limits.textSamplesPerGroup)
        XCTAssertNil(ReportFormat.json.reporter(lang: .fr, color: false).samplesPerGroup)
    }

    func testJSONFailureIsOneObject() throws {
        let path = NSTemporaryDirectory() + "irve-reporter-failure-\(getpid()).out"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { unlink(path) }
        let sink = OutputSink(fd: fd)
        ReportFormat.json.reporter(lang: .fr, color: false)
            .writeFailure(file: "a \"b\".csv", message: "Fichier introuvable", to: sink)
        close(fd)
        let object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any]
        XCTAssertEqual(object?["file"] as? String, "a \"b\".csv")
        XCTAssertEqual(object?["valid"] as? Bool, false)
        XCTAssertEqual(object?["error"] as? String, "Fichier introuvable")
    }
}
