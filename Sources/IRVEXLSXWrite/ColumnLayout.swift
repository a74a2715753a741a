import IRVEFindings
import IRVESchema

/// How a schema column is laid out in a workbook: its cell style, width and value kind.
public struct ColumnLayout: Sendable {
    public var style: CellStyle
    public var width: Double
    public var kind: ValueKind

    /// Ids, INSEE codes, SIREN, phones, PDL, booleans and coordinates are text, so Excel keeps what is
    /// typed (leading zeros, `true`); dates are ISO dates; numbers stay numbers.
    public init(field: Field?, header: String) {
        guard let field else {
            self.init(style: .text, width: Self.width(header, nil), kind: .text)
            return
        }
        let kind = Self.kind(field)
        let style: CellStyle =
            switch field.type {
            case .date: .date
            case .integer, .number: .plain
            default: .text
            }
        self.init(style: style, width: Self.width(header, field.example), kind: kind)
    }

    init(style: CellStyle, width: Double, kind: ValueKind) {
        self.style = style
        self.width = width
        self.kind = kind
    }

    static func kind(_ field: Field) -> ValueKind {
        if field.constraints.enumValues != nil { return .list }
        switch field.type {
        case .boolean: return .boolean
        case .integer: return .integer
        case .number: return .decimal
        case .date: return .date
        case .geopoint: return .coordinates
        default: return field.format == "email" ? .email : .text
        }
    }

    /// Wide enough for the header and the example, within reason (Excel counts characters).
    static func width(_ header: String, _ example: String?) -> Double {
        let n = max(header.count, example?.count ?? 0) + 2
        return Double(min(max(n, 12), 45))
    }

    /// The values of a drop-down: the schema's enum, or the canonical booleans.
    public static func choices(_ field: Field) -> [String]? {
        if let values = field.constraints.enumValues { return values.map(\.text) }
        return field.type == .boolean ? ["true", "false"] : nil
    }
}
