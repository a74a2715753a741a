import IRVEFindings

extension English {
    static func readError(_ e: ReadError) -> String {
        switch e {
        case .notFound(let path):
            "File not found: \"\(path)\". Check the path and file name."
        case .unreadable(let path, let reason):
            "Cannot read \"\(path)\": \(reason)."
        case .isDirectory(let path):
            "\"\(path)\" is a folder, not a CSV file."
        case .wrongFormat(let path, let kind):
            disguised(kind, path)
        case .file(let error):
            fileError(error)
        case .workbook(let path, let error):
            "The Excel workbook \"\(path)\" cannot be read: \(xlsxError(error))"
        case .tooLarge(let path, let row, let overflow):
            tooLarge(path, row, overflow)
        }
    }

    private static func tooLarge(_ path: String, _ row: Int, _ overflow: RowOverflow) -> String {
        switch overflow {
        case .cell(let column):
            "\"\(path)\", row \(row), column \(column): the cell exceeds \(Limits.cellBytes >> 20) MB, irve's "
                + "limit. An unclosed quote probably swallowed the rest of the file; otherwise shorten the cell."
        case .row where row == 1:
            "\"\(path)\": the header line exceeds \(Limits.headerBytes >> 20) MB, irve's limit. This is not an "
                + "IRVE table header."
        case .row:
            "\"\(path)\", row \(row): the record exceeds \(Limits.rowBytes >> 20) MB, irve's limit. An unclosed "
                + "quote probably swallowed the rest of the file."
        case .columns:
            "\"\(path)\", row \(row): more than \(Limits.columns) columns, irve's limit (the IRVE schema has "
                + "40). Check the file's delimiter."
        }
    }

    private static func disguised(_ kind: DisguisedFormat, _ path: String) -> String {
        switch kind {
        case .zip:
            "\"\(path)\" is a ZIP archive, not a CSV file: unzip it and check the file inside."
        case .pdf:
            "\"\(path)\" is a PDF document, not a CSV file: publish the data as a table (CSV) exported from the "
                + "spreadsheet."
        case .html:
            "\"\(path)\" is a web page (HTML), not a CSV file: the downloaded link probably points to a page, "
                + "not to the file."
        case .xls:
            "\"\(path)\" is a legacy Excel workbook (.xls): save it as .xlsx or export it as UTF-8 CSV."
        case .ods:
            "\"\(path)\" is an OpenDocument spreadsheet (.ods): export it as UTF-8 CSV or .xlsx."
        case .json:
            "\"\(path)\" is a JSON file, not a CSV file: the IRVE schema expects a CSV table."
        case .binary:
            "\"\(path)\" holds binary data, not CSV text."
        }
    }

    static func delimiter(_ byte: UInt8) -> String {
        switch byte {
        case 0x2C: "\",\" (comma)"
        case 0x3B: "\";\" (semicolon)"
        case 0x09: "tab"
        case 0x7C: "\"|\" (pipe)"
        default: "\"\(String(UnicodeScalar(byte)))\""
        }
    }
}
