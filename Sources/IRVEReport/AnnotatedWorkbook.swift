import IRVEFiles
import IRVEFindings
import IRVERead
import IRVEValidate
import IRVEWording
import IRVEXLSXWrite

/// `check --annotate`: the user's data as a workbook, each cell with a finding filled (red for an
/// error, orange for a warning) and commented (the explanation, and the proposed value when the
/// finding has one), after a « Synthèse » sheet. Rows keep the report's numbers, values are
/// written as text: `irve check` on the saved workbook reads the same cells.
///
/// Like a `Reporter`, it walks the result's finding stream once, row by row, beside a second read
/// of the input: neither the findings nor the rows are held at once.
public struct AnnotatedWorkbook {
    public let lang: Language

    public init(lang: Language) { self.lang = lang }

    public func write(_ result: ValidationResult, input: String, to path: String, force: Bool) throws(XLSXWriteError) {
        let protected = [InputFile.identity(of: input)].compactMap { $0 }
        let general = Array(result.allFindings(lang).prefix { $0.rowNumber == nil })
        let cursor = NoteCursor(stream: result.allFindings(lang), header: result.header?.labels ?? [], lang: lang)
        let consumer = RowsToWorkbook(
            sheetName: word(.dataSheet), schema: result.schema?.schema, author: word(.author),
            notes: { cursor.notes(row: $0) },
            build: { () throws(XLSXWriteError) -> WorkbookWriter in
                let output: OutputFile
                do throws(FileError) { output = try OutputFile(path: path, force: force, inputs: protected) } catch {
                    throw .file(error)
                }
                let workbook = try WorkbookWriter(output: output, constantMemory: true)
                summary(workbook, result, file: input, general: general)
                return workbook
            })
        do throws(ReadError) { try TableReader(path: input).read(into: consumer) } catch { throw .read(error) }
        if let failure = consumer.failure { throw failure }
        try consumer.workbook?.finish()
    }

    private func word(_ l: WorkbookLabel) -> String { Wording.workbook(l, lang) }

    /// The « Synthèse » sheet: counts, how to use the workbook, the file's findings, the columns'.
    func summary(_ workbook: WorkbookWriter, _ result: ValidationResult, file: String, general: [Finding]) {
        let sheet = workbook.addSheet(word(.summarySheet))
        sheet.column(0, width: 30, CellStyle(top: true))
        sheet.column(1, width: 110, CellStyle(wrap: true, top: true))
        var row = 0
        func line(_ a: String, _ b: String = "", _ style: CellStyle = .plain) {
            sheet.write(row, 0, a, style)
            if !b.isEmpty { sheet.write(row, 1, b, CellStyle(wrap: true, top: true)) }
            row += 1
        }
        line(word(.summaryTitle(file: file)), "", .header)
        if let s = result.schema { line(word(.summarySchema("\(s.name) \(s.version)"))) }
        line(word(.summaryRows(result.rows)))
        line(word(.summaryErrors(result.errorCount)), "", CellStyle(fill: CellFill.error))
        line(word(.summaryWarnings(result.warningCount)), "", CellStyle(fill: CellFill.warning))
        line(word(.summaryLegend))
        line(word(.summaryHowTo))
        row += 1
        line(word(.summaryGeneral), "", .header)
        for f in general { line(word(.severity(f.severity)), f.message) }
        row += 1
        line(word(.summaryColumns), "", .header)
        let tallies = result.groupTallies
        for name in tallies.keys.sorted() {
            guard let t = tallies[name], t.total > 0 else { continue }
            line(name, "\(word(.summaryErrors(t.cellErrors + t.otherErrors))) ; \(word(.summaryWarnings(t.warnings)))")
        }
    }
}

/// The stream of findings, read as the rows go by: the notes of each row's cells.
final class NoteCursor {
    private var stream: FindingStream
    private var pending: Finding?
    private let columns: [String: Int]
    private let lang: Language

    init(stream: FindingStream, header: [String], lang: Language) {
        self.stream = stream
        self.lang = lang
        columns = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func notes(row: Int) -> [Int: RowsToWorkbook.Note] {
        var found: [Int: (Severity, [String])] = [:]
        while let f = pending ?? stream.next() {
            pending = nil
            guard let r = f.rowNumber else { continue }
            if r > row {
                pending = f
                break
            }
            guard r == row, f.severity != .info else { continue }
            let column = f.fieldNumber.map { $0 - 1 } ?? f.fieldName.flatMap { columns[$0] } ?? 0
            var text = Wording.workbook(.severity(f.severity), lang) + " — " + f.message
            if let p = f.proposedChange { text += "\n" + Wording.workbook(.proposed(p.newValue), lang) }
            let old = found[column] ?? (f.severity, [])
            found[column] = (max(old.0, f.severity), old.1 + [text])
        }
        return found.mapValues { severity, texts in
            RowsToWorkbook.Note(
                fill: severity == .error ? CellFill.error : CellFill.warning, text: texts.joined(separator: "\n\n"))
        }
    }
}
