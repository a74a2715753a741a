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

    /// An engine's or a file's finding.
    public static func engine(_ code: EngineCode) -> FindingCode { FindingCode(rawValue: code.rawValue) }
    /// A header's finding.
    public static func header(_ code: HeaderCode) -> FindingCode { FindingCode(rawValue: code.rawValue) }

    // Cells and rows (the Table Schema engine, frictionless' codes).
    public static let typeError = FindingCode.engine(.typeError)
    public static let constraintError = FindingCode.engine(.constraintError)
    public static let missingCell = FindingCode.engine(.missingCell)
    public static let extraCell = FindingCode.engine(.extraCell)
    public static let blankRow = FindingCode.engine(.blankRow)
    public static let mojibake = FindingCode.engine(.mojibake)

    // The header (frictionless' codes, and ours for what it does not report).
    public static let duplicateLabel = FindingCode.header(.duplicateLabel)
    public static let missingLabel = FindingCode.header(.missingLabel)
    public static let missingColumn = FindingCode.header(.missingColumn)
    public static let extraLabel = FindingCode.header(.extraLabel)
    public static let columnOrder = FindingCode.header(.columnOrder)
    public static let columnMapping = FindingCode.header(.columnMapping)
    public static let columnMappingDoubtful = FindingCode.header(.columnMappingDoubtful)
    public static let blankLabel = FindingCode.header(.blankLabel)
    public static let incorrectLabel = FindingCode.header(.incorrectLabel)

    // The whole file: encoding, shape, layout, the schema chosen.
    public static let invalidUTF8Bytes = FindingCode.engine(.invalidUTF8Bytes)
    public static let nonUTF8Encoding = FindingCode.engine(.nonUTF8Encoding)
    public static let emptyFile = FindingCode.engine(.emptyFile)
    public static let blankHeader = FindingCode.engine(.blankHeader)
    public static let headerOnly = FindingCode.engine(.headerOnly)
    public static let unterminatedQuote = FindingCode.engine(.unterminatedQuote)
    public static let dynamiqueInsteadOfStatique = FindingCode.engine(.dynamiqueInsteadOfStatique)
    public static let notIRVE = FindingCode.engine(.notIRVE)
    public static let preV1Layout = FindingCode.engine(.preV1Layout)
    public static let obsoleteSchemaV1 = FindingCode.engine(.obsoleteSchemaV1)
    public static let schemaDetected = FindingCode.engine(.schemaDetected)
    public static let geoUnavailable = FindingCode.engine(.geoUnavailable)

    /// Every code irve can emit: the engine's, the file's and the header's, then every rule and check.
    public static var all: [FindingCode] {
        EngineCode.allCases.map(engine) + HeaderCode.allCases.map(header) + RuleCode.allCases.map(rule)
            + GeoRuleCode.allCases.map(geo)
    }

    /// The severity the code gives its findings, for the codes below the rules (engine, file, header,
    /// geography); nil for a business rule's code (its entry in IRVERules' registry says it) and for
    /// a code irve does not emit.
    public func severity(_ mode: HeaderMode) -> Severity? {
        if let c = EngineCode(rawValue: rawValue) { return c.severity }
        if let c = HeaderCode(rawValue: rawValue) { return c.severity(mode) }
        if let c = GeoRuleCode(rawValue: rawValue) { return GeoRuleCatalog.severity(c) }
        return nil
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
