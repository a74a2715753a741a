import IRVEFindings

/// Looks at the first bytes of a file to tell what it really is, whatever its name says.
public enum FormatProbe {
    public enum Verdict: Equatable, Sendable {
        case text(TextEncoding)
        case xlsx
        case disguised(DisguisedFormat)
    }

    /// `head` is the beginning of the file (a few KiB); `zipEntries` lists the archive's names when it is a ZIP.
    public static func classify(head: [UInt8], zipEntries: () -> [String]?) -> Verdict {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            let names = zipEntries() ?? []
            if names.contains("xl/workbook.xml") { return .xlsx }
            if names.contains("content.xml") && names.contains("mimetype") { return .disguised(.ods) }
            return .disguised(.zip)
        }
        if head.starts(with: Array("%PDF".utf8)) { return .disguised(.pdf) }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .disguised(.xls) }
        if head.starts(with: [0xEF, 0xBB, 0xBF]) {
            return looksLikeMarkup(Array(head.dropFirst(3))) ?? .text(.utf8BOM)
        }
        if head.starts(with: [0xFF, 0xFE]) { return .text(.utf16LE) }
        if head.starts(with: [0xFE, 0xFF]) { return .text(.utf16BE) }
        if let markup = looksLikeMarkup(head) { return markup }
        // NUL bytes in text mean a binary file (or BOM-less UTF-16, which spreadsheets do not write).
        let sample = head.prefix(8192)
        let nuls = sample.reduce(0) { $0 + ($1 == 0 ? 1 : 0) }
        // Nothing but NUL bytes (/dev/zero, a preallocated file): no text in any encoding.
        if !sample.isEmpty, nuls == sample.count { return .disguised(.binary) }
        if nuls > 0 && nuls * 10 > sample.count {
            // BOM-less UTF-16: every other byte NUL on ASCII text.
            let evenNul = stride(from: 0, to: sample.count, by: 2).allSatisfy { sample[sample.startIndex + $0] == 0 }
            let oddNul = stride(from: 1, to: sample.count, by: 2).allSatisfy { sample[sample.startIndex + $0] == 0 }
            if oddNul { return .text(.utf16LE) }
            if evenNul { return .text(.utf16BE) }
            return .disguised(.binary)
        }
        if sample.count >= 16 {
            // Many control characters other than tab/CR/LF: binary garbage.
            let controls = sample.reduce(0) { $0 + (($1 < 0x09 || ($1 > 0x0D && $1 < 0x20)) ? 1 : 0) }
            if controls * 20 > sample.count { return .disguised(.binary) }
        }
        return .text(.utf8)
    }

    private static func looksLikeMarkup(_ bytes: [UInt8]) -> Verdict? {
        let trimmed = bytes.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let start = String(decoding: trimmed.prefix(64), as: UTF8.self).lowercased()
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<head") {
            return .disguised(.html)
        }
        if start.hasPrefix("<?xml") || start.hasPrefix("<!--") {
            // XHTML, or a page that starts with a comment.
            let head = String(decoding: trimmed.prefix(2048), as: UTF8.self).lowercased()
            return head.contains("<html") ? .disguised(.html) : .disguised(.binary)
        }
        if start.hasPrefix("{\"type\"") || start.hasPrefix("{\n") || start.hasPrefix("[{") || start.hasPrefix("{ \"") {
            return .disguised(.json)
        }
        return nil
    }
}
