import IRVEFindings
import IRVEValidate

/// `--format json` over several files, and `--format ndjson`.
///
/// JSON: one object, `{"files": [REPORT, …], "summary": SUMMARY}`, where each REPORT is the object of
/// `irve check FICHIER --format json` with `stats.stations` added (or `{"valid":false,"file":…,
/// "error":…}` for a file that could not be checked), in the order of the inputs.
/// NDJSON: one REPORT per line, then `{"summary": SUMMARY}` on the last line.
/// SUMMARY: `{"files","valid","invalid","unreadable","errors","warnings","stations","exitCode"}`.
public final class JSONBatchReport: BatchReporter {
    let lang: Language
    /// NDJSON: one object per line, no enclosing object.
    let lines: Bool
    public var samplesPerGroup: Int? { nil }

    public init(lang: Language, lines: Bool) {
        self.lang = lang
        self.lines = lines
    }

    public func begin(to out: OutputSink) {
        if !lines { out.write("{\"files\":[\n") }
    }

    public func write(_ entry: BatchEntry, index: Int, to out: OutputSink) {
        if !lines, index > 0 { out.write(",\n") }
        switch entry {
        case .checked(_, let r):
            JSONReport.write(r, to: out, lang: lang, oneLine: lines, stations: true)
        case .unreadable(let name, let message):
            JSONReport(lang: lang).writeFailure(file: name, message: message, to: out)
        }
    }

    public func end(_ totals: BatchTotals, to out: OutputSink) {
        var j = JSONBytes()
        j.raw(lines ? "{\"summary\":" : "],\"summary\":")
        Self.write(totals, to: &j)
        j.raw("}\n")
        out.take(&j, force: true)
        out.flush()
    }

    static func write(_ t: BatchTotals, to j: inout JSONBytes) {
        j.raw("{\"files\":")
        j.int(t.files)
        j.raw(",\"valid\":")
        j.int(t.valid)
        j.raw(",\"invalid\":")
        j.int(t.invalid)
        j.raw(",\"unreadable\":")
        j.int(t.unreadable)
        j.raw(",\"errors\":")
        j.int(t.errors)
        j.raw(",\"warnings\":")
        j.int(t.warnings)
        j.raw(",\"stations\":")
        j.int(t.stations)
        j.raw(",\"exitCode\":")
        j.int(Int(t.exitCode))
        j.raw("}")
    }
}
