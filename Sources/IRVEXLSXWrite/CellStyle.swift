/// How a cell looks: the few properties irve's workbooks use. Equal styles share one format.
public struct CellStyle: Hashable, Sendable {
    public var bold = false
    /// A solid fill, 0xRRGGBB.
    public var fill: UInt32?
    /// Excel's number format: `@` (text), `yyyy-mm-dd`…
    public var numberFormat: String?
    public var wrap = false
    public var top = false

    public init(
        bold: Bool = false, fill: UInt32? = nil, numberFormat: String? = nil, wrap: Bool = false, top: Bool = false
    ) {
        self.bold = bold
        self.fill = fill
        self.numberFormat = numberFormat
        self.wrap = wrap
        self.top = top
    }

    public static let plain = CellStyle()
    public static let header = CellStyle(bold: true)
    /// Text: Excel keeps what is typed (leading zeros, `true`, `01/02`) instead of reading a number or a date.
    public static let text = CellStyle(numberFormat: "@")
    /// ISO dates, which a CSV export of the sheet writes as the schema wants them.
    public static let date = CellStyle(numberFormat: "yyyy-mm-dd")

    public func with(fill: UInt32?) -> CellStyle {
        var s = self
        s.fill = fill
        return s
    }
}

/// The fills of an annotated workbook (Excel's standard red and orange, light enough to read the text).
public enum CellFill {
    public static let error: UInt32 = 0xFF_8080
    public static let warning: UInt32 = 0xFF_C000
}
