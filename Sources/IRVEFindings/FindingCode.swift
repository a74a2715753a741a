/// The code of a finding. Every code irve emits is a static member here, or a rule's typed code
/// (`RuleCode`, `GeoRuleCode`), so a stage cannot emit a misspelt code: there is no string literal
/// at an emission site. The raw value is the stable code every report writes (frictionless' codes for
/// what frictionless reports, ours for the rest).
public struct FindingCode: Hashable, Sendable, RawRepresentable, CustomStringConvertible {
    public let rawValue: String

    /// A code read back from a stored or written report (the spill, a JSON report).
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// A business rule's finding.
    public static func rule(_ code: RuleCode) -> FindingCode { FindingCode(rawValue: code.rawValue) }
    /// A geographic check's finding (stage `geo`, and the geocoded addresses).
    public static func geo(_ code: GeoRuleCode) -> FindingCode { FindingCode(rawValue: code.rawValue) }

    // Cells and rows (the Table Schema engine, frictionless' codes).
    public static let typeError = FindingCode(rawValue: "type-error")
    public static let constraintError = FindingCode(rawValue: "constraint-error")
    public static let missingCell = FindingCode(rawValue: "missing-cell")
    public static let extraCell = FindingCode(rawValue: "extra-cell")
    public static let blankRow = FindingCode(rawValue: "blank-row")
    public static let mojibake = FindingCode(rawValue: "mojibake")

    // The header (frictionless' codes, and ours for what it does not report).
    public static let duplicateLabel = FindingCode(rawValue: "duplicate-label")
    public static let missingLabel = FindingCode(rawValue: "missing-label")
    public static let missingColumn = FindingCode(rawValue: "missing-column")
    public static let extraLabel = FindingCode(rawValue: "extra-label")
    public static let columnOrder = FindingCode(rawValue: "column-order")
    public static let columnMapping = FindingCode(rawValue: "column-mapping")
    public static let blankLabel = FindingCode(rawValue: "blank-label")
    public static let incorrectLabel = FindingCode(rawValue: "incorrect-label")

    // The whole file: encoding, shape, layout, the schema chosen.
    public static let invalidUTF8Bytes = FindingCode(rawValue: "invalid-utf8-bytes")
    public static let nonUTF8Encoding = FindingCode(rawValue: "non-utf8-encoding")
    public static let emptyFile = FindingCode(rawValue: "empty-file")
    public static let blankHeader = FindingCode(rawValue: "blank-header")
    public static let headerOnly = FindingCode(rawValue: "header-only")
    public static let unterminatedQuote = FindingCode(rawValue: "unterminated-quote")
    public static let dynamiqueInsteadOfStatique = FindingCode(rawValue: "dynamique-instead-of-statique")
    public static let notIRVE = FindingCode(rawValue: "not-irve")
    public static let preV1Layout = FindingCode(rawValue: "pre-v1-layout")
    public static let obsoleteSchemaV1 = FindingCode(rawValue: "obsolete-schema-v1")
    public static let schemaDetected = FindingCode(rawValue: "schema-detected")
    public static let geoUnavailable = FindingCode(rawValue: "geo-unavailable")

    /// Every code irve can emit: the engine's and the file's above, then every rule and check.
    public static var all: [FindingCode] {
        [
            typeError, constraintError, missingCell, extraCell, blankRow, mojibake, duplicateLabel, missingLabel,
            missingColumn, extraLabel, columnOrder, columnMapping, blankLabel, incorrectLabel, invalidUTF8Bytes,
            nonUTF8Encoding,
            emptyFile, blankHeader, headerOnly, unterminatedQuote, dynamiqueInsteadOfStatique, notIRVE, preV1Layout,
            obsoleteSchemaV1, schemaDetected, geoUnavailable,
        ] + RuleCode.allCases.map(rule) + GeoRuleCode.allCases.map(geo)
    }
}

extension FindingCode: Codable {
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
