import IRVEFindings
import IRVEValidate

/// `--format json`: one documented object, written as a stream.
///
/// `{"valid", "file", "schema": {"name","version"}, "stats": {"rows","errors","warnings"},
///   "findings": [{"type","severity","rowNumber","fieldName","fieldNumber","cell","constraint","message"}]}`
public enum JSONReport {
    public static func write(_ r: ValidationResult, to out: OutputSink, lang: Language) {
        out.write("{\"valid\":\(r.isValid),\"file\":\(quote(r.info?.path ?? ""))")
        if let s = r.schema {
            out.write(",\"schema\":{\"name\":\(quote(s.name)),\"version\":\(quote(s.version))}")
        } else {
            out.write(",\"schema\":null")
        }
        if let info = r.info {
            out.write(",\"format\":\(quote(info.format.rawValue)),\"encoding\":\(quote(info.encoding.rawValue))")
            out.write(",\"delimiter\":\(info.delimiter.map { quote(String(UnicodeScalar($0))) } ?? "null")")
        }
        out.write(",\"stats\":{\"rows\":\(r.rows),\"errors\":\(r.errorCount),\"warnings\":\(r.warningCount),\"infos\":\(r.findings.infoCount)}")
        out.write(",\"findings\":[")
        var first = true
        for f in r.allFindings(lang) {
            out.write(first ? "\n" : ",\n")
            first = false
            out.write(object(f))
        }
        out.write("\n]}\n")
        out.flush()
    }

    public static func object(_ f: Finding) -> String {
        var s = "{\"type\":\(quote(f.type)),\"severity\":\(quote(f.severity.rawValue))"
        s += ",\"rowNumber\":\(f.rowNumber.map(String.init) ?? "null")"
        s += ",\"fieldName\":\(f.fieldName.map(quote) ?? "null")"
        s += ",\"fieldNumber\":\(f.fieldNumber.map(String.init) ?? "null")"
        s += ",\"cell\":\(f.cell.map(quote) ?? "null")"
        s += ",\"constraint\":\(f.constraint.map(quote) ?? "null")"
        s += ",\"message\":\(quote(f.message))"
        if let p = f.proposedChange {
            s += ",\"proposedChange\":{\"newValue\":\(quote(p.newValue)),\"rule\":\(quote(p.rule)),\"confidence\":\(quote(p.confidence.rawValue))}"
        }
        return s + "}"
    }

    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
