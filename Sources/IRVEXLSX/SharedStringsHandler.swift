import IRVEFindings

/// Reads `xl/sharedStrings.xml`, the table that `t="s"` cells index into.
///
/// An `<si>` is either a plain `<t>` or rich-text runs `<r><t>…</t></r>` whose texts are concatenated;
/// `<rPh>` phonetic readings (Japanese) are not part of the cell text.
final class SharedStringsHandler: PartHandler {
    private let limits: XLSXLimits
    private(set) var strings: [String] = []
    private var current = ""
    private var inItem = false
    private var inText = false
    private var phoneticDepth = 0
    private var totalBytes = 0

    init(limits: XLSXLimits) {
        self.limits = limits
    }

    override func didStartElement(_ name: String, attributes: XMLAttributes) {
        switch name {
        case "si":
            inItem = true
            current = ""
        case "t":
            inText = inItem && phoneticDepth == 0
        case "rPh":
            phoneticDepth += 1
        default:
            break
        }
    }

    override func didEndElement(_ name: String) {
        switch name {
        case "si":
            guard strings.count < limits.maxSharedStringCount else {
                fail(XLSXError.sharedStringsTooLarge)
                return
            }
            strings.append(XString.decode(current))
            inItem = false
        case "t":
            inText = false
        case "rPh":
            phoneticDepth = max(0, phoneticDepth - 1)
        default:
            break
        }
    }

    override func didFindText(_ text: String) {
        guard inText else { return }
        totalBytes += text.utf8.count
        guard totalBytes <= limits.maxSharedStringBytes else {
            fail(XLSXError.sharedStringsTooLarge)
            return
        }
        current += text
        if current.utf8.count > limits.maxCellBytes {
            fail(XLSXError.cellTooLarge(.sharedString(strings.count), limit: limits.maxCellBytes))
        }
    }
}
