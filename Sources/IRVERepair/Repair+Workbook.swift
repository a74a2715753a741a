import IRVEFiles
import IRVEFindings
import IRVERead
import IRVESchema
import IRVEWording
import IRVEXLSXWrite

/// `irve fix -o corrige.xlsx`: the repaired CSV, read back and written as a workbook with the
/// template's text and date formats, each value kept as text (what `irve check` reads back).
extension Repair {
    /// The workbook's output when `path` names one; checked (and libxlsxwriter looked for) before
    /// any repair runs.
    static func workbookOutput(_ path: String, _ force: Bool, _ protected: [FileIdentity]) throws(RepairError)
        -> OutputFile?
    {
        guard path.lowercased().hasSuffix(".xlsx") else { return nil }
        if let missing = WorkbookWriter.loadError { throw .workbook(.libraryMissing(detail: missing)) }
        do { return try OutputFile(path: path, force: force, inputs: protected) } catch { throw RepairError(error) }
    }

    /// A hidden name beside the workbook for the repaired CSV (only its temporary file is ever written).
    static func scratchPath(_ output: String) -> String {
        guard let slash = output.lastIndex(of: "/") else { return "." + output + ".irve-csv" }
        return output[...slash] + "." + output[output.index(after: slash)...] + ".irve-csv"
    }

    /// Converts the repaired CSV (`csv`'s temporary file) into `workbook`, then puts the workbook and
    /// `others` (the change log) in place together.
    static func convert(
        _ csv: OutputFile, into workbook: OutputFile, schema: TableSchema, lang: Language,
        with others: ArraySlice<OutputFile>
    ) throws(RepairError) {
        defer { csv.abandon() }
        csv.flushBuffer()
        if let failure = csv.failure {
            workbook.abandon()
            for o in others { o.abandon() }
            throw .file(failure)
        }
        var first: OutputFile? = workbook
        let consumer = RowsToWorkbook(
            sheetName: Wording.workbook(.dataSheet, lang), schema: schema,
            author: Wording.workbook(.author, lang),
            build: { () throws(XLSXWriteError) -> WorkbookWriter in
                // Called again only if the reader starts over: the first output is then gone.
                let output: OutputFile
                if let f = first {
                    output = f
                    first = nil
                } else {
                    do throws(FileError) {
                        output = try OutputFile(path: workbook.path, force: workbook.force, inputs: [])
                    } catch { throw .file(error) }
                }
                return try WorkbookWriter(output: output, constantMemory: true)
            })
        let path = csv.withTemporaryPath { String(cString: $0) }
        do throws(ReadError) { try TableReader(path: path).read(into: consumer) } catch {
            first?.abandon()
            for o in others { o.abandon() }
            throw .workbook(.read(error))
        }
        first?.abandon()
        do throws(XLSXWriteError) {
            if let failure = consumer.failure { throw failure }
            guard let book = consumer.workbook else { throw XLSXWriteError.file(.exists(path: workbook.path)) }
            try book.finish(with: Array(others))
        } catch {
            for o in others { o.abandon() }
            throw .workbook(error)
        }
    }
}
