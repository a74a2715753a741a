/// Reads `xl/styles.xml` far enough to know which cell styles display a number as a date or time.
///
/// A cell's `s` attribute indexes `<cellXfs>` (not `<cellStyleXfs>`, which comes first in the file);
/// each `<xf>` names a number format, either built in (id < 164) or declared in `<numFmts>`.
final class StylesHandler: PartHandler {
    private var customFormats: [Int: String] = [:]
    private var formatIDs: [Int] = []
    private var inNumberFormats = false
    private var inCellFormats = false

    override func didStartElement(_ name: String, attributes: XMLAttributes) {
        switch name {
        case "numFmts":
            inNumberFormats = true
        case "numFmt" where inNumberFormats:
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), let code = attributes["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs":
            inCellFormats = true
        case "xf" where inCellFormats:
            formatIDs.append(attributes["numFmtId"].flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    override func didEndElement(_ name: String) {
        switch name {
        case "numFmts": inNumberFormats = false
        case "cellXfs": inCellFormats = false
        default: break
        }
    }

    var cellStyles: CellStyles {
        CellStyles(
            temporalFormats: formatIDs.map { id in
                // A format declared in the file overrides the built-in one with the same id.
                if let code = customFormats[id] { return TemporalFormat(formatCode: code) }
                return TemporalFormat(builtInFormatID: id)
            })
    }
}

/// The date/time nature of each cell style, by style index.
struct CellStyles: Sendable {
    var temporalFormats: [TemporalFormat?] = []

    func temporalFormat(forStyle index: Int) -> TemporalFormat? {
        temporalFormats.indices.contains(index) ? temporalFormats[index] : nil
    }
}
