import IRVEFindings
import IRVEValidate
import IRVEWording

/// `--format gitlab`: a GitLab Code Quality report (`artifacts:reports:codequality`), a JSON array
/// of issues: `{"description", "check_name", "fingerprint", "severity", "location": {"path",
/// "lines": {"begin"}}}`.
///
/// Severity: `major` for an error, `minor` for a warning, `info` for an information, `critical` for
/// a file that could not be checked. `lines.begin` is the row number (1 for the whole file). The
/// fingerprint is a stable hash of the file, the code, the place and the message: the same
/// finding keeps its fingerprint from one pipeline to the next, so GitLab can tell new from fixed.
public final class GitLabReport: BatchReporter {
    let context: ReportContext
    private var first = true

    public init(_ context: ReportContext) { self.context = context }

    public var samplesPerGroup: Int? { nil }

    public func begin(to out: OutputSink) {
        first = true
        out.write("[")
    }

    public func end(_ totals: BatchTotals, to out: OutputSink) {
        out.write(first ? "]\n" : "\n]\n")
        out.flush()
    }

    public func write(_ entry: BatchEntry, index: Int, to out: OutputSink) {
        var j = JSONBytes()
        switch entry {
        case .checked(let name, let r):
            for f in r.allFindings(context.lang) {
                let severity = f.severity == .error ? "major" : f.severity == .warning ? "minor" : "info"
                let key = [name, f.type.rawValue, "\(f.rowNumber ?? 0)", "\(f.fieldNumber ?? 0)", f.message]
                issue(
                    description: f.message, check: f.type.rawValue, severity: severity, path: name,
                    line: f.rowNumber ?? 1, fingerprint: Self.fingerprint(key), to: &j)
                out.take(&j)
            }
        case .unreadable(let name, let message):
            issue(
                description: message, check: "unreadable-file", severity: "critical", path: name, line: 1,
                fingerprint: Self.fingerprint([name, "unreadable-file"]), to: &j)
        }
        out.take(&j, force: true)
        out.flush()
    }

    private func issue(
        description: String, check: String, severity: String, path: String, line: Int, fingerprint: String,
        to j: inout JSONBytes
    ) {
        if first { j.raw("\n") } else { j.raw(",\n") }
        first = false
        j.raw("{\"type\":\"issue\",\"description\":")
        j.string(description)
        j.raw(",\"check_name\":")
        j.string(check)
        j.raw(",\"fingerprint\":")
        j.string(fingerprint)
        j.raw(",\"severity\":")
        j.string(severity)
        j.raw(",\"location\":{\"path\":")
        j.string(path)
        j.raw(",\"lines\":{\"begin\":")
        j.int(max(1, line))
        j.raw("}}}")
    }

    /// Two FNV-1a 64-bit hashes (two offsets) of the parts, as 32 hex digits: stable across runs and
    /// machines (Swift's `Hasher` is seeded per process).
    static func fingerprint(_ parts: [String]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x8422_2325_cbf2_9ce4
        for part in parts {
            for byte in part.utf8 + [0] {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        return hex(a) + hex(b)
    }

    private static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
