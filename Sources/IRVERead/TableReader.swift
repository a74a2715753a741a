import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWording
import IRVEXLSX

/// What the reader learnt about the file.
public struct TableInfo: Sendable, Equatable {
    public enum Format: String, Sendable { case csv, xlsx }
    public var path: String
    public var format: Format
    public var encoding: TextEncoding
    /// The delimiter used (CSV only).
    public var delimiter: UInt8?
    public var byteCount: Int
    /// The CSV ended inside a quoted field (its last cell ran to the end of the file).
    public var unterminatedQuote = false
    public var sheetName: String?

    /// The delimiter as a report names it (`Wording.delimiter`).
    public func delimiterLabel(_ lang: Language) -> String { Wording.delimiter(delimiter, lang) }
}

/// Receives the rows of a table. `begin` may be called again if the reader has to start over
/// (a file that is not UTF-8 after all): the consumer then forgets what it saw.
public protocol RowConsumer: AnyObject {
    func begin(_ info: TableInfo)
    func row(_ row: RowView) throws
    /// Called once at the end with the final facts (size, unterminated quote).
    func ended(_ info: TableInfo)
}

/// Bytes → rows: probes what the file is, picks the encoding and the delimiter, streams records.
/// Memory stays flat: one chunk and one row buffer, whatever the file size.
public struct TableReader {
    public let path: String
    public var chunkSize = 1 << 20
    /// Forces a delimiter instead of sniffing.
    public var delimiter: UInt8?
    /// Called after each chunk with (bytes read, file size), for a progress indicator.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public init(path: String) { self.path = path }

    public func read(into consumer: RowConsumer) throws(ReadError) {
        let input = try open()
        let head: [UInt8]
        do { head = try input.head() } catch { throw ReadError(error) }
        let verdict = FormatProbe.classify(head: head) {
            // A zip: is it a workbook (xlsx) or an OpenDocument file?
            do {
                _ = try XLSXWorkbook(contentsOf: URL(fileURLWithPath: input.accessPath))
                return ["xl/workbook.xml"]
            } catch let error as XLSXError {
                switch error {
                // A workbook with a broken part is still a workbook: its own error will say what is wrong.
                case .missingPart(let part) where part.hasSuffix("workbook.xml") || part.contains("Content_Types"):
                    break  // a plain ZIP archive
                case .missingPart, .malformedXML, .noSheet, .corruptPart, .invalidCell, .partTooLarge,
                    .sharedStringsTooLarge, .undefinedEntity, .workbookTooLarge, .cellTooLarge, .tooManyRows:
                    return ["xl/workbook.xml"]
                default: break
                }
            } catch {}
            let text = String(decoding: head.prefix(200), as: UTF8.self)
            return text.contains("opendocument.spreadsheet") ? ["mimetype", "content.xml"] : []
        }
        switch verdict {
        case .disguised(let kind): throw .wrongFormat(path: path, kind: kind)
        case .xlsx: try readXLSX(input, into: consumer)
        case .text(let encoding):
            if encoding == .utf8 || encoding == .utf8BOM {
                do {
                    try readCSV(input, encoding: encoding, into: consumer)
                    return
                } catch is ChunkDecoder.NotUTF8 {
                    // Not strict UTF-8: mostly UTF-8 with a few stray bytes, or a Windows-1252 file?
                    let counts = UTF8Validator.census(input)
                    let fallback: TextEncoding = counts.validMultibyte > counts.invalid ? .utf8Lenient : .windows1252
                    try readCSVOrThrow(input, encoding: fallback, into: consumer)
                    return
                } catch let e as ReadError { throw e } catch let e as FileError { throw ReadError(e) } catch {
                    throw .unreadable(path: path, reason: "\(error)")
                }
            } else {
                try readCSVOrThrow(input, encoding: encoding, into: consumer)
            }
        }
    }

    /// Opens the input once; a pipe or device is copied, and binary data (/dev/zero) stops the copy
    /// at its first bytes, which the format probe then refuses.
    private func open() throws(ReadError) -> InputFile {
        do {
            return try InputFile.open(path) { head in
                FormatProbe.classify(head: head, zipEntries: { nil }) != .disguised(.binary)
            }
        } catch { throw ReadError(error) }
    }

    private func readCSVOrThrow(
        _ input: InputFile, encoding: TextEncoding,
        into consumer: RowConsumer
    ) throws(ReadError) {
        do { try readCSV(input, encoding: encoding, into: consumer) } catch let e as ReadError {
            throw e
        } catch let e as FileError {
            throw ReadError(e)
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
    }

    private func readCSV(_ input: InputFile, encoding: TextEncoding, into consumer: RowConsumer) throws {
        var decoder = ChunkDecoder(encoding: encoding)
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
        defer { buffer.deallocate() }
        var parser: CSVParser? = delimiter.map { CSVParser(delimiter: $0) }
        var info = TableInfo(path: path, format: .csv, encoding: encoding, delimiter: delimiter, byteCount: 0)
        var total = 0
        var begun = false
        let size = input.size
        func emit(_ row: RowView) throws {
            try checkBounds(row)
            try consumer.row(row)
        }
        while true {
            let n = try input.read(at: total, into: UnsafeMutableRawPointer(buffer.baseAddress!), count: chunkSize)
            total += n
            progress?(total, size)
            let final = n == 0
            try decoder.decode(UnsafeBufferPointer(rebasing: buffer[0..<n]), final: final) { text in
                if parser == nil {
                    // The first decoded chunk decides the delimiter.
                    // 64 KiB, or up to the first line end when the header is longer than that.
                    var limit = min(text.count, 65536)
                    if !text[..<limit].contains(0x0A), !text[..<limit].contains(0x0D) {
                        limit = text.firstIndex { $0 == 0x0A || $0 == 0x0D }.map { $0 + 1 } ?? text.count
                    }
                    let sample = UnsafeBufferPointer(rebasing: text[..<limit])
                    let d = DialectSniffer.delimiter(sample: sample)
                    parser = CSVParser(delimiter: d)
                    info.delimiter = d
                }
                if !begun {
                    begun = true
                    consumer.begin(info)
                    if let batching = consumer as? BatchingRowConsumer {
                        parser?.target = batching.batchForNextRow()
                        parser?.nextTarget = { batching.batchForNextRow() }
                    }
                }
                try parser!.feed(text, emit)
            }
            if final { break }
        }
        if !begun {
            info.delimiter = info.delimiter ?? 0x2C
            consumer.begin(info)
        }
        if var p = parser {
            info.unterminatedQuote = p.endedInsideQuotes
            try p.finish(emit)
        }
        info.byteCount = total
        consumer.ended(info)
    }

    /// A record past a bound stops the reading with a message naming the row and the column.
    private func checkBounds(_ row: RowView) throws(ReadError) {
        if let overflow = row.overflow { throw .tooLarge(path: path, row: row.number, overflow: overflow) }
        if row.number == 1, row.byteCount + row.count > Limits.headerBytes {
            throw .tooLarge(path: path, row: 1, overflow: .row)
        }
    }

    private func readXLSX(_ input: InputFile, into consumer: RowConsumer) throws(ReadError) {
        let size = input.size
        let book: XLSXWorkbook
        do { book = try XLSXWorkbook(contentsOf: URL(fileURLWithPath: input.accessPath)) } catch {
            throw .workbook(path: path, error: error)
        }
        let info = TableInfo(
            path: path, format: .xlsx, encoding: .utf8, delimiter: nil, byteCount: size,
            sheetName: book.firstSheetName)
        consumer.begin(info)
        let buffer = RowBatch(sequence: 0, reserveRows: 8)
        var record = 0
        do {
            try book.forEachRowOfFirstSheet { _, cells in
                // Records are numbered like CSV records: sheet gaps are not rows of the table.
                record += 1
                buffer.discardOpenRow()
                for cell in cells {
                    var s = cell
                    s.withUTF8 { u in if let b = u.baseAddress { buffer.append(b, u.count) } }
                    buffer.endField()
                }
                let view = buffer.openRow(number: record, line: record)
                try checkBounds(view)
                try consumer.row(view)
            }
        } catch let e as XLSXError {
            throw .workbook(path: path, error: e)
        } catch let e as ReadError {
            throw e
        } catch {
            throw .unreadable(path: path, reason: "\(error)")
        }
        consumer.ended(info)
    }
}
