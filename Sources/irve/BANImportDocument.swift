import IRVEFindings

/// `irve geo import-ban --format json`: the index built, as one document (the progress of each file
/// stays on the standard error).
///
/// `{"index", "files": [paths], "lines", "addresses", "streets", "communes", "seconds", "linesPerSecond"}`
enum BANImportDocument {
    static func document(_ f: BANImportFigures, files: [String]) -> JSONValue {
        .object([
            ("index", .string(f.path)),
            ("files", .array(files.map(JSONValue.string))),
            ("lines", .number(Double(f.lines))),
            ("addresses", .number(Double(f.addresses))),
            ("streets", .number(Double(f.streets))),
            ("communes", .number(Double(f.communes))),
            ("seconds", .number(f.seconds)),
            ("linesPerSecond", .number(Double(f.linesPerSecond))),
        ])
    }
}
