/// The facts of the header findings (`IRVEValidate.HeaderMatcher`, row 1). Columns are 1-based.
public enum HeaderFacts: Sendable, Equatable, Codable {
    // By name (Validata, data.gouv.fr). `near`: a label or field a small typo away, to suggest.
    case duplicateLabel(label: String, first: Int, second: Int)
    case missingRequired(field: String, near: String?)
    case missingOptional(field: String, near: String?)
    case extraLabel(label: String, near: String?)
    case columnOrder
    /// A column the schema does not name, proposed as a field (label synonym or content).
    case columnMapping(ColumnProposal)
    // By position (`--strict-header`, frictionless).
    case extraColumn(column: Int, label: String, fieldCount: Int)
    case missingAtEnd(column: Int, field: String)
    case blankLabel(column: Int, field: String)
    case duplicateAt(label: String, first: Int, second: Int)
    case incorrectLabel(column: Int, label: String, expected: String)
}

/// The facts of the findings about the table as a whole (`IRVEValidate.TableValidator`): its
/// encoding, its emptiness, its layout and the schema chosen for it.
public enum TableFacts: Sendable, Equatable, Codable {
    // invalid-utf8-bytes, non-utf8-encoding
    case invalidUTF8Bytes
    case readAsWindows1252
    // empty-file, blank-header, header-only, unterminated-quote
    case onlyBlankLines
    case blankHeader
    case empty
    case headerOnly
    case unterminatedQuote
    // dynamique-instead-of-statique, not-irve, pre-v1-layout, obsolete-schema-v1, schema-detected
    case dynamiqueInsteadOfStatique
    case notIRVE
    case preV1Layout
    case obsoleteV1
    case schemaDetected(name: String, version: String)
    // geo-unavailable
    case geoUnavailable
}
