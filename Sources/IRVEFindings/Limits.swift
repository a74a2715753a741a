/// Every bound irve puts on its input, in one place (the README's « Limites » section lists them).
/// Beyond a bound the file is refused with a message naming it, or the value is cut with a
/// warning: never a trap, never unbounded memory. Real IRVE files are far below all of them.
public enum Limits {
    /// One CSV or workbook cell (a 10 MB `observations` is still read).
    public static let cellBytes = 32 << 20
    /// One record (all the cells of a row).
    public static let rowBytes = 64 << 20
    /// Columns of a table (Excel stops at 16 384).
    public static let columns = 100_000
    /// The header line.
    public static let headerBytes = 16 << 20
    /// Rows of a worksheet (Excel's own maximum).
    public static let sheetRows = 1_048_576
    /// Uncompressed size of one workbook part: the zip-bomb guard.
    public static let workbookPartBytes = 512 << 20
    /// Uncompressed size of all the parts of a workbook read together.
    public static let workbookBytes = 1 << 30
    /// Nesting of a JSON cell (geopoint, array or object): Python's json, which frictionless
    /// uses, gives up near there (its recursion limit); the oracle tests pin the same verdicts.
    public static let jsonCellDepth = 899
    /// Fields of a schema (the IRVE schema has 40; a table cannot use more columns than this anyway).
    public static let schemaFields = 10_000
    /// Nesting of a JSON schema.
    public static let schemaDepth = 64
    /// Cell text quoted in a finding (the report is for people: a 10 MB value would drown it).
    public static let reportedCellBytes = 2000
    /// A finding's message (a rule quoting a pasted 5 MB cell would drown the report).
    public static let messageScalars = 2000
    /// A value quoted inside a message (station names, ids, incoherent values).
    public static let quotedValueBytes = 200
    /// Findings shown per column or per type in the text report (all of them in JSON).
    public static let textSamplesPerGroup = 20
}
