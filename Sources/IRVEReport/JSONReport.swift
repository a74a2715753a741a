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

    /// JSON string literal, escaping on UTF-8 bytes (runs of plain bytes are copied at once).
    public static func quote(_ s: String) -> String {
        var s = s
        return s.withUTF8 { u -> String in
            var out = [UInt8]()
            out.reserveCapacity(u.count + 2)
            out.append(0x22)
            var runStart = 0
            for (k, b) in u.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart..<k]))
                switch b {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: out.append(contentsOf: [0x5C, 0x72])
                case 0x09: out.append(contentsOf: [0x5C, 0x74])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
                }
                runStart = k + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[runStart...]))
            out.append(0x22)
            return String(decoding: out, as: UTF8.self)
        }
    }
}
