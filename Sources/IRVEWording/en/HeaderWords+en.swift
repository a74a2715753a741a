import IRVEFindings

extension English {
    static func header(_ facts: HeaderFacts) -> String {
        switch facts {
        case .duplicateLabel(let label, let first, let second):
            "Column \"\(label)\" appears twice (columns \(first) and \(second)). Remove or rename the duplicate."
        case .missingRequired(let field, let near):
            "Required column \"\(field)\" is missing from the header. Add it (same exact name) "
                + "and fill it on every row.\(misspelt(near))"
        case .missingOptional(let field, let near):
            "Optional column \"\(field)\" is missing. Not blocking, but add it (empty if need "
                + "be) to follow the schema.\(misspelt(near))"
        case .extraLabel(let label, let near):
            "Column \"\(label)\" is not in the schema: national tools will ignore it. Remove or rename "
                + "it.\(near.map { " Did you mean \"\($0)\"?" } ?? "")"
        case .columnMapping(let p): columnMapping(p)
        case .columnOrder:
            "Columns are not in the schema's order. Not blocking on data.gouv.fr, but reorder them for "
                + "strict tools."
        case .extraColumn(let column, let label, let fieldCount):
            "Column \(column) \"\(label)\" is extra: the schema has only \(fieldCount) columns."
        case .missingAtEnd(let column, let field):
            "Column \(column) \"\(field)\" is missing at the end of the header (strict positional check)."
        case .blankLabel(let column, let field):
            "Column \(column) has no name; it should be \"\(field)\"."
        case .duplicateAt(let label, let first, let second):
            "Column \"\(label)\" appears twice (columns \(first) and \(second))."
        case .incorrectLabel(let column, let label, let expected):
            "Column \(column) is named \"\(label)\" but the schema expects \"\(expected)\" at this position."
        }
    }

    private static func misspelt(_ near: String?) -> String {
        near.map { " A column \"\($0)\" exists: is it this one, misspelt?" } ?? ""
    }

    static func table(_ facts: TableFacts) -> String {
        switch facts {
        case .invalidUTF8Bytes:
            "The file is UTF-8 but holds invalid bytes: they were replaced by \"�\" and the cells are "
                + "reported below. Fix them and save as UTF-8 CSV."
        case .readAsWindows1252:
            "The file is not UTF-8: it was read as Windows-1252/Latin-1. Save it as \"CSV UTF-8\" before "
                + "publishing."
        case .onlyBlankLines:
            "The file holds only blank lines. Export the table again."
        case .blankHeader:
            "The first line is blank: it must hold the column names. Remove the blank lines above the header."
        case .empty:
            "The file is empty: no header, no data. Export the table again."
        case .headerOnly:
            "The file holds only the header row, no charge point. Add one row per charge point before "
                + "publishing."
        case .unterminatedQuote:
            "A quote is never closed: the last cell runs to the end of the file."
        case .dynamiqueInsteadOfStatique:
            "This is an IRVE dynamique file (real-time status), but a statique file was expected. "
                + "Use --schema dynamique."
        case .notIRVE:
            "This is not an IRVE file: its header has almost none of the schema's columns. Check you "
                + "picked the right file."
        case .preV1Layout:
            "This file follows the 2014-2016 Etalab template, older than the IRVE schema. Rebuild it "
                + "in the statique 2.3.1 format."
        case .obsoleteV1:
            "This file follows the IRVE v1 schema, abandoned in 2021. It is checked against v1 "
                + "below, but must be converted to statique 2.3.1."
        case .schemaDetected(let name, let version):
            "Schema chosen from the header: \(name) \(version)."
        case .geoUnavailable:
            "Geographic checks skipped: the embedded reference data is unreadable (rebuild irve)."
        }
    }
}
