/// The code of a repair, as `irve fix`'s change log, its summary and a finding's proposal write it. A
/// repair that answers a finding is named after the finding's code (`.rule(.powerInWatts)`,
/// `.geo(.inseeUnknown)`); the normalisations that answer no finding of their own have a static
/// member. So no source writes a repair's code as a string: the raw value is the stable wire text.
public struct RepairCode: Hashable, Sendable, RawRepresentable, CustomStringConvertible, Codable {
    public let rawValue: String

    /// A code read back from a stored change (the spill of the change list, a finding's proposal).
    public init(rawValue: String) { self.rawValue = rawValue }

    public var description: String { rawValue }

    /// The repair of a business rule's finding.
    public static func rule(_ code: RuleCode) -> RepairCode { RepairCode(rawValue: code.rawValue) }
    /// The repair of a geographic check's finding.
    public static func geo(_ code: GeoRuleCode) -> RepairCode { RepairCode(rawValue: code.rawValue) }
    /// The repair a finding proposes, named after the finding.
    public static func finding(_ code: FindingCode) -> RepairCode { RepairCode(rawValue: code.rawValue) }

    // Cell normalisations (IRVERepair's CellRepairs and CoordinateRepairs).
    public static let trim = RepairCode(rawValue: "trim")
    public static let boolean = RepairCode(rawValue: "boolean")
    public static let date = RepairCode(rawValue: "date")
    public static let number = RepairCode(rawValue: "number")
    public static let id = RepairCode(rawValue: "id")
    public static let insee = RepairCode(rawValue: "insee")
    public static let inseeLeadingZero = RepairCode(rawValue: "insee-leading-zero")
    public static let phoneLeadingZero = RepairCode(rawValue: "phone-leading-zero")
    public static let horaires = RepairCode(rawValue: "horaires")
    /// A value of a closed list written with another case, accents or spacing.
    public static let enumValue = RepairCode(rawValue: "enum")
    public static let coordinatesFormat = RepairCode(rawValue: "coordinates-format")

    // The header and the rows as a whole (IRVERepair's HeaderRepair, Repairer and RowRepairer).
    public static let header = RepairCode(rawValue: "header")
    public static let columnDropped = RepairCode(rawValue: "column-dropped")
    public static let blankRowRemoved = RepairCode(rawValue: "blank-row-removed")
    /// A v1 file's `Xlongitude` and `Ylatitude` joined into `coordonneesXY`.
    public static let v1Coordinates = RepairCode(rawValue: "v1-coordinates")
    /// A 2.x connector column derived from a v1 file's `type_prise`.
    public static let v1TypePrise = RepairCode(rawValue: "v1-type-prise")

    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
