import Foundation
import IRVEColumns
import IRVEFiles
import IRVEFindings
import IRVERead
import IRVESchemaCatalog

/// The result of a repair run.
public struct RepairSummary {
    public var rows: Int
    public var changes: ChangeList
    public var stillMissing: [String: Int]
    public var info: TableInfo?
    /// The columns the schema does not name: placed, kept or dropped.
    public var columns = ColumnOutcome()
}

/// Entry point of the `repair` stage.
public enum Repair {
    /// Repairs `input` into `output` (nil: dry run) and writes the change log to `log`: both files
    /// appear together or neither does, atomically, and neither may be the input.
    public static func run(
        input: String, output: String?, log: String? = nil, force: Bool,
        options: RepairOptions
    ) throws(RepairError) -> RepairSummary {
        guard let entry = SchemaCatalog.latest("statique") else {
            throw .noSchema(path: input)
        }
        let protected = [InputFile.identity(of: input)].compactMap { $0 }
        var outputs: [OutputFile] = []
        // A workbook is made from the repaired CSV, written first to a scratch file that is never put in
        // place (hence `force`: nothing is replaced); the workbook's own output is checked now.
        let workbook = try output.flatMap { o throws(RepairError) in try Self.workbookOutput(o, force, protected) }
        if let output {
            let path = workbook == nil ? output : Self.scratchPath(output)
            do { outputs.append(try OutputFile(path: path, force: force || workbook != nil, inputs: protected)) } catch
            {
                workbook?.abandon()
                throw RepairError(error)
            }
        }
        if let log, output != nil {
            // The log's own wording: RepairError(.sameAsInput) would speak of -o.
            do throws(FileError) {
                let file = try OutputFile(path: log, force: force, inputs: protected)
                outputs.append(file)
                if outputs[0].sameDestination(as: file) { throw FileError.sameOutputTwice(path: log) }
            } catch {
                for o in outputs { o.abandon() }
                workbook?.abandon()
                throw .file(error)
            }
        }
        let writer = output == nil ? nil : outputs.first.map(CSVWriter.init)
        let repairer = Repairer(schema: entry.schema, options: options, writer: writer)
        do { try TableReader(path: input).read(into: repairer) } catch {
            repairer.cancel()
            for o in outputs { o.abandon() }
            workbook?.abandon()
            if let mapping = repairer.mappingError { throw .columnMap(mapping) }
            throw .read(error)
        }
        writer?.flush()
        if let log, outputs.count == 2 {
            if log.lowercased().hasSuffix(".json") {
                writeLogJSON(repairer.changes, to: outputs[1])
            } else {
                writeLogCSV(repairer.changes, to: outputs[1])
            }
        }
        if let workbook {
            try Self.convert(
                outputs[0], into: workbook, schema: entry.schema, lang: options.lang, with: outputs.dropFirst())
        } else {
            do { try OutputFile.commit(outputs) } catch { throw RepairError(error) }
        }
        return RepairSummary(
            rows: repairer.rows, changes: repairer.changes, stillMissing: repairer.stillMissing, info: repairer.info,
            columns: repairer.columns)
    }

    /// The `--map` texts checked before any file is opened: their form and their field (the
    /// columns are checked against the header when it is read).
    public static func checkColumnMaps(_ texts: [String]) throws(ColumnMapError) {
        let fields = SchemaCatalog.latest("statique")?.schema.fields.map(\.name) ?? []
        for text in texts {
            let (_, field) = try ColumnMapper.split(text)
            guard fields.contains(field) else { throw .unknownField(field: field, known: fields) }
        }
    }

    /// The change log as CSV (`row,column,before,after,rule,confidence,evidence`), streamed: the
    /// texts are copied as stored, a million changes are not a million sets of strings.
    static func writeLogCSV(_ changes: ChangeList, to file: OutputFile) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        out.append(contentsOf: "row,column,before,after,rule,confidence,evidence\n".utf8)
        var records = changes.makeRawIterator()
        var texts: [UInt8] = []
        var ends: [Int] = []
        while let row = records.next(texts: &texts, ends: &ends) {
            out.append(contentsOf: String(row).utf8)
            texts.withUnsafeBufferPointer { t in
                var start = 0
                for end in ends {
                    out.append(0x2C)
                    appendCSV(UnsafeBufferPointer(rebasing: t[start..<end]), to: &out)
                    start = end
                }
            }
            out.append(0x0A)
            if out.count >= 1 << 16 {
                file.write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        file.write(out)
    }

    /// One CSV cell, quoted only when it holds a comma, a quote or a line break.
    static func appendCSV(_ s: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        let special = s.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard special else { return out.append(contentsOf: s) }
        out.append(0x22)
        for b in s {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    /// The change log as JSON (an array of objects with the same keys), streamed.
    static func writeLogJSON(_ changes: ChangeList, to file: OutputFile) {
        var j = JSONBytes()
        j.raw("[\n")
        var first = true
        for c in changes {
            if !first { j.raw(",\n") }
            first = false
            j.raw("{\"row\":")
            j.int(c.row)
            let pairs: [(StaticString, String)] = [
                (",\"column\":", c.column), (",\"before\":", c.before), (",\"after\":", c.after),
                (",\"rule\":", c.rule.rawValue), (",\"confidence\":", c.confidence.rawValue),
                (",\"evidence\":", c.evidence),
            ]
            for (key, value) in pairs {
                j.raw(key)
                j.string(value)
            }
            j.raw("}")
            if j.bytes.count >= 1 << 16 {
                file.write(j.bytes)
                j.bytes.removeAll(keepingCapacity: true)
            }
        }
        j.raw("\n]\n")
        file.write(j.bytes)
    }
}
