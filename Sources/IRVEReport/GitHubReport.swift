import IRVEFindings
import IRVEValidate
import IRVEWording

/// `--format github`: GitHub Actions workflow commands, which the runner turns into annotations on
/// the files of the pull request.
///
/// `::error file=F,line=L,col=C,title=T::MESSAGE` for an error, `::warning …` for a warning, at most
/// `maxAnnotations` over the whole run (GitHub shows 10 of each kind per step); then one
/// `::notice title=irve::…` line with the exact totals. Escaping as GitHub documents it
/// (actions/toolkit, `command.ts`): in the message `%` `\r` `\n`; in a property also `:` and `,`.
public final class GitHubReport: BatchReporter {
    let context: ReportContext
    private var shown = 0
    private var total = 0

    public init(_ context: ReportContext) { self.context = context }

    public var samplesPerGroup: Int? { nil }

    public func begin(to out: OutputSink) {
        shown = 0
        total = 0
    }

    public func write(_ entry: BatchEntry, index: Int, to out: OutputSink) {
        let lang = context.lang
        switch entry {
        case .checked(let name, let r):
            total += r.errorCount + r.warningCount
            guard shown < context.maxAnnotations else { return }
            for f in r.allFindings(lang) where f.severity != .info {
                guard shown < context.maxAnnotations else { break }
                shown += 1
                out.write(Self.command(f, file: name, lang: lang))
            }
        case .unreadable(let name, let message):
            total += 1
            shown += 1
            let title = Wording.message(.unreadableTitle, lang)
            out.write("::error file=\(Self.property(name)),title=\(Self.property(title))::\(Self.data(message))\n")
        }
        out.flush()
    }

    public func end(_ totals: BatchTotals, to out: OutputSink) {
        var text = Wording.message(.summary(totals), context.lang)
        if shown < total { text += " — " + Wording.message(.annotationsCut(shown: shown, total: total), context.lang) }
        out.write("::notice title=irve::" + Self.data(text) + "\n")
        out.flush()
    }

    /// One finding as a workflow command line. `line` is the row number (the header is line 1, as in
    /// the file when no cell holds a line break); a finding of the whole file has no line.
    public static func command(_ f: Finding, file: String, lang: Language) -> String {
        var properties = ["file=" + property(file)]
        if let row = f.rowNumber, row > 0 { properties.append("line=\(row)") }
        if let col = f.fieldNumber, col > 0, f.rowNumber != nil { properties.append("col=\(col)") }
        properties.append("title=" + property(Wording.message(.annotationTitle(code: f.type.rawValue), lang)))
        let kind = f.severity == .error ? "error" : "warning"
        return "::\(kind) " + properties.joined(separator: ",") + "::" + data(f.message) + "\n"
    }

    /// The message of a command: `%`, CR and LF escaped.
    public static func data(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A property value (`file=`, `title=`): as `data`, and `:` and `,` too.
    public static func property(_ s: String) -> String {
        data(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
