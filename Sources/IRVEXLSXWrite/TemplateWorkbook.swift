import IRVEFiles
import IRVEFindings
import IRVESchema
import IRVEWording

/// `irve template`: an empty file of the schema, ready to fill in Excel (or a CSV header).
public enum TemplateWorkbook {
    /// Writes the template to `path`: a workbook for `.xlsx`, a CSV header (and example row) otherwise.
    public static func write(
        schema: TableSchema, to path: String, force: Bool, example: Bool, lang: Language
    ) throws(XLSXWriteError) {
        let output: OutputFile
        do { output = try OutputFile(path: path, force: force, inputs: []) } catch { throw .file(error) }
        if path.lowercased().hasSuffix(".xlsx") {
            let workbook = try WorkbookWriter(output: output, constantMemory: false)
            fill(workbook, schema: schema, example: example, lang: lang)
            try workbook.finish()
        } else {
            var rows = [schema.fields.map(\.name)]
            if example { rows.append(schema.fields.map { exampleText($0) }) }
            output.write(rows.map { $0.map(csvCell).joined(separator: ",") + "\n" }.joined())
            do { try OutputFile.commit([output]) } catch { throw .file(error) }
        }
    }

    static func fill(_ workbook: WorkbookWriter, schema: TableSchema, example: Bool, lang: Language) {
        func word(_ l: WorkbookLabel) -> String { Wording.workbook(l, lang) }
        let data = DataSheet(
            workbook, name: word(.dataSheet), header: schema.fields.map(\.name), schema: schema)
        let rows = 1...(WorkbookWriter.maxRows - 1)
        for (i, field) in schema.fields.enumerated() {
            let layout = data.layouts[i]
            data.sheet.validation(
                column: i, rows: rows, values: ColumnLayout.choices(field), title: String(field.name.prefix(32)),
                message: inputMessage(field, layout.kind, lang))
            if example { writeExample(field, layout, data.sheet, column: i) }
        }
        helpSheet(workbook, schema: schema, lang: lang)
    }

    /// Required or not, the kind of value, the example, then the explanation (Excel cuts at 255).
    static func inputMessage(_ field: Field, _ kind: ValueKind, _ lang: Language) -> String {
        func word(_ l: WorkbookLabel) -> String { Wording.workbook(l, lang) }
        var lines = [word(field.constraints.required ? .requiredTitle : .optionalTitle) + " — " + word(.kind(kind))]
        if let e = field.example { lines.append(word(.example(exampleText(field, e)))) }
        lines.append(Wording.columnExplanation(field.name, schemaText: field.description, lang))
        return lines.joined(separator: "\n")
    }

    static func writeExample(_ field: Field, _ layout: ColumnLayout, _ sheet: SheetWriter, column: Int) {
        let text = exampleText(field)
        switch field.type {
        case .date:
            if let serial = ExcelSerial.days(iso: text) {
                sheet.write(1, column, number: Double(serial), layout.style)
            } else {
                sheet.write(1, column, text, .text)
            }
        case .integer, .number:
            if let n = Double(text) {
                sheet.write(1, column, number: n, layout.style)
            } else {
                sheet.write(1, column, text)
            }
        default:
            sheet.write(1, column, text, layout.style)
        }
    }

    /// The schema's example as a cell holds it (booleans as the schema writes them: `false`).
    static func exampleText(_ field: Field, _ example: String? = nil) -> String {
        let e = example ?? field.example ?? ""
        return field.type == .boolean ? e.lowercased() : e
    }

    static func helpSheet(_ workbook: WorkbookWriter, schema: TableSchema, lang: Language) {
        func word(_ l: WorkbookLabel) -> String { Wording.workbook(l, lang) }
        let sheet = workbook.addSheet(word(.helpSheet))
        let titles: [WorkbookLabel] = [
            .helpColumn, .helpRequired, .helpType, .helpValues, .helpExample, .helpDescription,
        ]
        let widths: [Double] = [26, 12, 24, 40, 30, 90]
        let wrapped = CellStyle(wrap: true, top: true)
        for (i, t) in titles.enumerated() {
            sheet.column(i, width: widths[i], i >= 3 ? wrapped : CellStyle(top: true))
            sheet.write(0, i, word(t), .header)
        }
        sheet.freeze(rows: 1)
        for (r, field) in schema.fields.enumerated() {
            let kind = ColumnLayout.kind(field)
            let cells = [
                field.name, word(field.constraints.required ? .yes : .no), word(.kind(kind)),
                (ColumnLayout.choices(field) ?? []).joined(separator: "\n"), exampleText(field),
                Wording.columnExplanation(field.name, schemaText: field.description, lang),
            ]
            for (i, c) in cells.enumerated() { sheet.write(r + 1, i, c, i >= 3 ? wrapped : CellStyle(top: true)) }
        }
    }

    /// One CSV cell, quoted when it holds a comma, a quote or a line break.
    static func csvCell(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// Excel's day numbers (1900 system: day 0 is 1899-12-30, Lotus' leap-year bug included after day 60).
enum ExcelSerial {
    static func days(iso: String) -> Int? {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1900...9999).contains(y), (1...12).contains(m), (1...31).contains(d)
        else { return nil }
        return civilDays(y, m, d) - civilDays(1899, 12, 30)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func civilDays(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
