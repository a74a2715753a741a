import IRVEFindings
import IRVEValidate

/// One output format of a check: every format (text, JSON, and the next ones) implements this, and
/// `ReportFormat` is the one list of them that the commands offer.
///
/// A reporter reads the result's stream of findings (`ValidationResult.allFindings`), which is read
/// back from disk as it is walked: no format holds all the findings at once.
public protocol Reporter {
    /// How many findings of each group the report shows; nil when it shows them all. The validator
    /// then keeps only those (exact counts are kept either way).
    var samplesPerGroup: Int? { get }
    /// Whether a progress line on the terminal may accompany this report.
    var isForPeople: Bool { get }
    func write(_ result: ValidationResult, to out: OutputSink)
    /// The report of a file that could not be checked at all (exit code 2); the message also goes
    /// to the standard error.
    func writeFailure(file: String, message: String, to out: OutputSink)
}

/// The report of a check over several files: `begin`, then each file's entry in the order of the
/// inputs (`index` from 0), then `end` with the exact totals. Entries are written as they come:
/// nothing is held from one file to the next but counters.
public protocol BatchReporter: AnyObject {
    /// As `Reporter.samplesPerGroup`: the findings of each group this report writes per file.
    var samplesPerGroup: Int? { get }
    func begin(to out: OutputSink)
    func write(_ entry: BatchEntry, index: Int, to out: OutputSink)
    func end(_ totals: BatchTotals, to out: OutputSink)
}

/// What every format may need besides the language: the CI formats say which checks ran.
public struct ReportContext: Sendable {
    public var lang: Language
    public var color = false
    /// `--fail-on warning`: a warning fails the file (JUnit failures, verdicts of the summary).
    public var failOnWarnings = false
    /// The rules not run (`--disable`), and whether the business rules and geographic checks ran.
    public var disabledRules: Set<String> = []
    public var businessRules = true
    public var geo = true
    /// GitHub: annotations written over the whole run, at most (`--max-findings`).
    public var maxAnnotations = ReportFormat.githubAnnotations

    public init(lang: Language, color: Bool = false) {
        self.lang = lang
        self.color = color
    }
}

/// The `--format` values.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, ndjson, github, junit, gitlab

    /// GitHub shows 10 annotations of each kind per step: the default of `--max-findings` there.
    public static let githubAnnotations = 10

    /// Whether `--max-findings` caps what the report writes over the whole run rather than the
    /// findings kept per file: GitHub's annotations (the validator then keeps every finding, spilled
    /// to disk, and the reporter stops writing at the cap).
    public var capsAnnotations: Bool { self == .github }

    public func reporter(lang: Language, color: Bool) -> any Reporter {
        reporter(ReportContext(lang: lang, color: color))
    }

    /// The report of one file (`irve check FICHIER`).
    public func reporter(_ context: ReportContext) -> any Reporter {
        switch self {
        case .text: TextReport(lang: context.lang, color: context.color)
        case .json: JSONReport(lang: context.lang)
        case .ndjson, .github, .junit, .gitlab:
            SingleFileReport(batchReporter(context), failOnWarnings: context.failOnWarnings)
        }
    }

    /// The report of several files (`irve check A B DOSSIER…`).
    public func batchReporter(_ context: ReportContext) -> any BatchReporter {
        switch self {
        case .text: TextBatchReport(context)
        case .json: JSONBatchReport(lang: context.lang, lines: false)
        case .ndjson: JSONBatchReport(lang: context.lang, lines: true)
        case .github: GitHubReport(context)
        case .junit: JUnitReport(context)
        case .gitlab: GitLabReport(context)
        }
    }
}

/// A batch format used for one file: the same frame around one entry (the CI formats and NDJSON
/// have one shape whatever the number of files).
struct SingleFileReport: Reporter {
    let batch: any BatchReporter
    let failOnWarnings: Bool

    init(_ batch: any BatchReporter, failOnWarnings: Bool = false) {
        self.batch = batch
        self.failOnWarnings = failOnWarnings
    }

    var samplesPerGroup: Int? { batch.samplesPerGroup }
    var isForPeople: Bool { false }

    func write(_ result: ValidationResult, to out: OutputSink) {
        write(.checked(name: result.info?.path ?? "", result: result), to: out)
    }

    func writeFailure(file: String, message: String, to out: OutputSink) {
        write(.unreadable(name: file, message: message), to: out)
    }

    private func write(_ entry: BatchEntry, to out: OutputSink) {
        var totals = BatchTotals()
        totals.count(entry, failOnWarnings: failOnWarnings)
        batch.begin(to: out)
        batch.write(entry, index: 0, to: out)
        batch.end(totals, to: out)
        out.flush()
    }
}
