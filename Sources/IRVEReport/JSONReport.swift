import IRVEFindings
import IRVEValidate

/// `--format json`: one documented object, written as a stream.
///
/// `{"valid", "file", "schema": {"name","version"}, "stats": {"rows","errors","warnings"},
///   "findings": [{"type","severity","rowNumber","fieldName","fieldNumber","cell","constraint","message"}]}`
public struct JSONReport: Reporter {
    public var lang: Language
    public var samplesPerGroup: Int? { nil }
    public var isForPeople: Bool { false }

    public init(lang: Language) { self.lang = lang }

    public func write(_ result: ValidationResult, to out: OutputSink) {
        Self.write(result, to: out, lang: lang)
    }

    /// `{"valid":false,"file":…,"error":…}`
    public func writeFailure(file: String, message: String, to out: OutputSink) {
        var j = JSONBytes()
        j.raw("{\"valid\":false,\"file\":")
        j.string(file)
        j.raw(",\"error\":")
        j.string(message)
        j.raw("}\n")
        out.take(&j, force: true)
        out.flush()
    }

    /// - Parameters:
    ///   - oneLine: no line break inside the object (NDJSON: one report per line).
    ///   - stations: adds `stats.stations` (the reports of a batch; null when not counted).
    public static func write(
        _ r: ValidationResult, to out: OutputSink, lang: Language, oneLine: Bool = false, stations: Bool = false
    ) {
        var j = JSONBytes()
        j.raw("{\"valid\":")
        j.bool(r.isValid)
        j.raw(",\"file\":")
        j.string(r.info?.path ?? "")
        if let s = r.schema {
            j.raw(",\"schema\":{\"name\":")
            j.string(s.name)
            j.raw(",\"version\":")
            j.string(s.version)
            j.raw("}")
        } else {
            j.raw(",\"schema\":null")
        }
        if let info = r.info {
            j.raw(",\"format\":")
            j.string(info.format.rawValue)
            j.raw(",\"encoding\":")
            j.string(info.encoding.rawValue)
            j.raw(",\"delimiter\":")
            j.string(info.delimiter.map { String(UnicodeScalar($0)) })
        }
        j.raw(",\"stats\":{\"rows\":")
        j.int(r.rows)
        j.raw(",\"errors\":")
        j.int(r.errorCount)
        j.raw(",\"warnings\":")
        j.int(r.warningCount)
        j.raw(",\"infos\":")
        j.int(r.findings.infoCount)
        if stations {
            j.raw(",\"stations\":")
            if let n = r.stations { j.int(n) } else { j.raw("null") }
        }
        j.raw("},\"findings\":[")
        var stream = r.findingsAsJSON(lang)
        if stream.write(next: &j, after: oneLine ? "" : "\n") {
            out.take(&j)
            while stream.write(next: &j, after: oneLine ? "," : ",\n") { out.take(&j) }
        }
        j.raw(oneLine ? "]}\n" : "\n]}\n")
        out.take(&j, force: true)
        out.flush()
    }

    /// One finding as a JSON object.
    public static func write(_ f: Finding, to j: inout JSONBytes) {
        var message = RepeatedString()
        write(f, to: &j, message: &message)
    }

    /// The same, copying the message's literal when it repeats the previous finding's.
    static func write(_ f: Finding, to j: inout JSONBytes, message: inout RepeatedString) {
        j.finding(f, message: &message)
    }

    /// JSON string literal of `s` (for the few one-off objects outside the findings stream).
    public static func quote(_ s: String) -> String {
        var j = JSONBytes(capacity: s.utf8.count + 2)
        j.string(s)
        return String(decoding: j.bytes, as: UTF8.self)
    }
}
