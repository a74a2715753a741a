import Foundation
import IRVEFindings
import IRVEReport
import IRVEValidate
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// The CI formats' own encodings: GitHub's workflow-command escaping (as documented in
/// actions/toolkit `command.ts`), XML escaping of JUnit, GitLab's stable fingerprints, and the
/// batch runner handing results over in input order whatever the number of workers.
final class CIReporterTests: XCTestCase {
    func testGitHubEscapesDataAndProperties() {
        XCTAssertEqual(GitHubReport.data("100 % sûr\r\nfin: a,b"), "100 %25 sûr%0D%0Afin: a,b")
        XCTAssertEqual(GitHubReport.property("100 % sûr\r\nfin: a,b"), "100 %25 sûr%0D%0Afin%3A a%2Cb")
        XCTAssertEqual(GitHubReport.data("%0A"), "%250A", "an escape in the text is not taken for one")
        let f = Finding(
            type: .typeError, severity: .error, rowNumber: 12, fieldName: "puissance_nominale", fieldNumber: 3,
            cell: "7,4", message: "ligne 1\nligne 2 : 50 %, \r fin")
        let line = GitHubReport.command(f, file: "dossier,a/b:c.csv", lang: .fr)
        XCTAssertEqual(
            line,
            "::error file=dossier%2Ca/b%3Ac.csv,line=12,col=3,title=irve %3A type-error::"
                + "ligne 1%0Aligne 2 : 50 %25, %0D fin\n")
        let w = Finding(type: .mojibake, severity: .warning, message: "fichier")
        XCTAssertEqual(
            GitHubReport.command(w, file: "f.csv", lang: .en), "::warning file=f.csv,title=irve%3A mojibake::fichier\n")
    }

    func testJUnitEscapesXML() {
        XCTAssertEqual(JUnitReport.escape("a<b>&\"c\"'d'"), "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;")
        XCTAssertEqual(JUnitReport.escape("x\u{1}y\nz"), "x\u{FFFD}y&#10;z", "no control character reaches the XML")
        XCTAssertEqual(JUnitReport.escape("x\ny", attribute: false), "x\ny")
    }

    /// Every format of a batch, run with one worker and with four over the same files: same bytes.
    func testBatchRunnerKeepsTheInputOrder() throws {
        let sample = TestSupport.root.appendingPathComponent("Samples/commune-exemple.csv").path
        let corrected = TestSupport.root.appendingPathComponent("Samples/commune-exemple-corrige.csv").path
        let items = [sample, corrected, "/absent/fichier.csv", sample, corrected, sample].map(BatchItem.file)
        for format in ReportFormat.allCases {
            let one = try run(items, format, workers: 1)
            let four = try run(items, format, workers: 4)
            XCTAssertEqual(one, four, "--format \(format.rawValue)")
            XCTAssertFalse(one.isEmpty)
        }
    }

    private func run(_ items: [BatchItem], _ format: ReportFormat, workers: Int) throws -> String {
        let path = NSTemporaryDirectory() + "irve-batch-\(getpid())-\(format.rawValue)-\(workers).out"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        XCTAssertGreaterThanOrEqual(fd, 0)
        defer { unlink(path) }
        let sink = OutputSink(fd: fd)
        let reporter = format.batchReporter(ReportContext(lang: .fr))
        var options = ValidationOptions(lang: .fr)
        options.samplesPerGroup = reporter.samplesPerGroup
        var totals = BatchTotals()
        reporter.begin(to: sink)
        try BatchRunner(options: options, workers: workers).run(items) { i, entry in
            totals.count(entry, failOnWarnings: false)
            reporter.write(entry, index: i, to: sink)
        }
        reporter.end(totals, to: sink)
        sink.flush()
        close(fd)
        XCTAssertEqual(totals.files, items.count)
        XCTAssertEqual(totals.unreadable, 1)
        XCTAssertEqual(totals.exitCode, 2)
        return try String(contentsOfFile: path, encoding: .utf8)
    }
}
