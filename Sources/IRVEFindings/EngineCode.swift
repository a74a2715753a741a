/// The codes of the Table Schema engine and of the file (everything but the header and the rules),
/// each with its severity: an emission site names the code, never a severity of its own.
public enum EngineCode: String, Sendable, CaseIterable {
    // Cells and rows (frictionless' codes).
    case typeError = "type-error"
    case constraintError = "constraint-error"
    case missingCell = "missing-cell"
    case extraCell = "extra-cell"
    case blankRow = "blank-row"
    case mojibake = "mojibake"
    // The whole file: encoding, shape, layout, the schema chosen.
    case invalidUTF8Bytes = "invalid-utf8-bytes"
    case nonUTF8Encoding = "non-utf8-encoding"
    case emptyFile = "empty-file"
    case blankHeader = "blank-header"
    case headerOnly = "header-only"
    case unterminatedQuote = "unterminated-quote"
    case dynamiqueInsteadOfStatique = "dynamique-instead-of-statique"
    case notIRVE = "not-irve"
    case preV1Layout = "pre-v1-layout"
    case obsoleteSchemaV1 = "obsolete-schema-v1"
    case schemaDetected = "schema-detected"
    case geoUnavailable = "geo-unavailable"

    /// An error makes the file invalid (frictionless agrees on its codes); a warning is a file that
    /// can be read but should be fixed (its bytes, a stray character); an info only says what irve did.
    public var severity: Severity {
        switch self {
        case .typeError, .constraintError, .missingCell, .extraCell, .blankRow: .error
        case .emptyFile, .blankHeader, .dynamiqueInsteadOfStatique, .notIRVE, .preV1Layout, .obsoleteSchemaV1: .error
        case .mojibake, .invalidUTF8Bytes, .nonUTF8Encoding, .headerOnly, .unterminatedQuote: .warning
        case .schemaDetected, .geoUnavailable: .info
        }
    }
}

/// How the header is matched to the schema's fields: by name (Validata, data.gouv.fr; the default)
/// or by position (`--strict-header`, as frictionless does).
public enum HeaderMode: Sendable { case byName, positional }

/// The codes of the header (frictionless' codes, and ours for what it does not report), each with
/// its severity in each header mode.
public enum HeaderCode: String, Sendable, CaseIterable {
    case duplicateLabel = "duplicate-label"
    case missingLabel = "missing-label"
    case missingColumn = "missing-column"
    case extraLabel = "extra-label"
    case columnOrder = "column-order"
    /// A column placed on a field by its label or its content, for certain (`irve fix` applies it).
    case columnMapping = "column-mapping"
    /// A doubtful placement: applied only with `--aggressive` or a `--map`.
    case columnMappingDoubtful = "column-mapping-doubtful"
    case blankLabel = "blank-label"
    case incorrectLabel = "incorrect-label"

    /// The one place the header mode changes a severity: an extra column is only a warning when
    /// columns are matched by name (it is ignored), but an error by position (frictionless: every
    /// later column is then shifted). The codes the other mode never emits keep one severity.
    public func severity(_ mode: HeaderMode) -> Severity {
        switch self {
        case .extraLabel: mode == .byName ? .warning : .error
        case .duplicateLabel, .missingLabel, .blankLabel, .incorrectLabel: .error
        case .missingColumn, .columnOrder, .columnMappingDoubtful: .warning
        case .columnMapping: .info
        }
    }
}
