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

/// The `--format` values.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json

    public func reporter(lang: Language, color: Bool) -> any Reporter {
        switch self {
        case .text: TextReport(lang: lang, color: color)
        case .json: JSONReport(lang: lang)
        }
    }
}
