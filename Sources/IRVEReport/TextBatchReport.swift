import IRVEFindings
import IRVEValidate
import IRVEWording

/// The text report of several files: one line per file (verdict, errors, warnings, stations), in
/// the order of the inputs, then the summary line. The details of a file: `irve check FICHIER`.
public final class TextBatchReport: BatchReporter {
    let context: ReportContext
    /// Only the counts are written: no finding needs to be kept.
    public var samplesPerGroup: Int? { 0 }

    public init(_ context: ReportContext) { self.context = context }

    private func paint(_ s: String, _ code: String) -> String {
        context.color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s
    }

    public func begin(to out: OutputSink) {}

    public func write(_ entry: BatchEntry, index: Int, to out: OutputSink) {
        switch entry {
        case .checked(let name, let r):
            let failing = r.errorCount + (context.failOnWarnings ? r.warningCount : 0)
            let line = Wording.message(
                .fileLine(
                    file: name, valid: failing == 0, errors: r.errorCount, warnings: r.warningCount,
                    stations: r.stations), context.lang)
            out.write(paint(line, failing == 0 ? "32" : "31") + "\n")
        case .unreadable(let name, let message):
            out.write(paint(Wording.message(.unreadableLine(file: name, reason: message), context.lang), "31") + "\n")
        }
        out.flush()
    }

    public func end(_ totals: BatchTotals, to out: OutputSink) {
        out.write("\n" + Wording.message(.summary(totals), context.lang) + "\n")
        out.flush()
    }
}
