import IRVEFindings

extension English: CodeDocWords {
    static func docTitle(_ c: EngineCode) -> String {
        switch c {
        case .typeError: "Value of the wrong type"
        case .constraintError: "Schema constraint not met"
        case .missingCell: "Missing cell"
        case .extraCell: "Extra cell"
        case .blankRow: "Blank row"
        case .mojibake: "Garbled accents"
        case .invalidUTF8Bytes: "Invalid UTF-8 bytes"
        case .nonUTF8Encoding: "File not in UTF-8"
        case .emptyFile: "Empty file"
        case .blankHeader: "Blank header"
        case .headerOnly: "Header only"
        case .unterminatedQuote: "Quote never closed"
        case .dynamiqueInsteadOfStatique: "Dynamic IRVE file"
        case .notIRVE: "Not an IRVE file"
        case .preV1Layout: "Layout older than v1"
        case .obsoleteSchemaV1: "Obsolete v1 schema"
        case .schemaDetected: "Schema recognised"
        case .geoUnavailable: "Geographic checks unavailable"
        }
    }

    static func docExplanation(_ c: EngineCode) -> String {
        switch c {
        case .typeError: "The cell cannot be read as its field's type (number, integer, date, boolean, geopoint…)."
        case .constraintError:
            "The value breaks a constraint of its field: required, pattern, list of values, minimum or maximum."
        case .missingCell: "The row has fewer cells than the header: its last columns are missing."
        case .extraCell: "The row has more cells than the header, often a delimiter inside an unquoted value."
        case .blankRow: "Every cell of the row is empty."
        case .mojibake: "Sequences such as “Ã©” show UTF-8 text read again as Windows-1252."
        case .invalidUTF8Bytes: "A few bytes are not UTF-8; they are replaced with “�”."
        case .nonUTF8Encoding: "The file is in Windows-1252 (Latin-1); data.gouv.fr expects UTF-8."
        case .emptyFile: "The file has neither a header nor data (or only blank lines)."
        case .blankHeader: "The first row, which must name the columns, is empty."
        case .headerOnly: "The file only has its header: no charge point."
        case .unterminatedQuote: "A quote opens a cell that never closes: the end of the file falls into it."
        case .dynamiqueInsteadOfStatique:
            "The header is the dynamic IRVE schema's (charge point states), not the static schema's."
        case .notIRVE: "The header looks like no version of the static IRVE schema."
        case .preV1Layout: "A 2014–2016 layout, older than the v1 schema: to be rewritten as 2.3.1."
        case .obsoleteSchemaV1: "The national consolidation no longer accepts the v1 schema; irve fix moves to 2.3.1."
        case .schemaDetected: "The schema version the header names, against which the file is checked."
        case .geoUnavailable: "Without the reference or the needed columns, the geographic checks did not run."
        }
    }

    static func docTitle(_ c: HeaderCode) -> String {
        switch c {
        case .duplicateLabel: "Duplicate column"
        case .missingLabel: "Required column missing"
        case .missingColumn: "Optional column missing"
        case .extraLabel: "Column outside the schema"
        case .columnOrder: "Columns out of order"
        case .columnMapping: "Column placed by its label or content"
        case .columnMappingDoubtful: "Doubtful column placement"
        case .blankLabel: "Unnamed column"
        case .incorrectLabel: "Misnamed column"
        }
    }

    static func docExplanation(_ c: HeaderCode) -> String {
        switch c {
        case .duplicateLabel: "Two columns have the same name."
        case .missingLabel: "A required column of the schema is missing from the header."
        case .missingColumn: "An optional column of the schema is missing: add it, empty if need be."
        case .extraLabel: "A column the schema does not know: a warning by name, an error in the strict check."
        case .columnOrder: "The columns do not follow the schema's order (only strict tools mind)."
        case .columnMapping: "A portal label or the content names a field for certain; irve fix applies it."
        case .columnMappingDoubtful: "A likely placement, applied only with --aggressive or --map."
        case .blankLabel: "A column of the header has no name."
        case .incorrectLabel: "In the strict check, a column's name is not the one the schema expects in its place."
        }
    }
}
