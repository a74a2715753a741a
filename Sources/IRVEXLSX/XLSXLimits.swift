import IRVEFindings

/// Resource bounds applied while reading a workbook, so that a hostile or broken file
/// fails with an `XLSXError` instead of exhausting memory or disk.
public struct XLSXLimits: Sendable, Equatable {
    /// Largest uncompressed size accepted for any part (counted while inflating, not trusted from the zip headers).
    public var maxPartBytes: Int
    /// Largest total UTF-8 size of the shared string table, which is the one thing held in memory.
    public var maxSharedStringBytes: Int
    /// Largest number of shared strings (each costs a String header even when empty).
    public var maxSharedStringCount: Int
    /// Largest uncompressed size of all the parts read from one workbook together.
    public var maxWorkbookBytes: Int
    /// Largest cell text (inline or shared string).
    public var maxCellBytes: Int
    /// Largest row number of the sheet.
    public var maxRows: Int

    public init(
        maxPartBytes: Int = Limits.workbookPartBytes,
        maxSharedStringBytes: Int = 256 * 1024 * 1024,
        maxSharedStringCount: Int = 10_000_000,
        maxWorkbookBytes: Int = Limits.workbookBytes,
        maxCellBytes: Int = Limits.cellBytes,
        maxRows: Int = Limits.sheetRows
    ) {
        self.maxPartBytes = maxPartBytes
        self.maxSharedStringBytes = maxSharedStringBytes
        self.maxSharedStringCount = maxSharedStringCount
        self.maxWorkbookBytes = maxWorkbookBytes
        self.maxCellBytes = maxCellBytes
        self.maxRows = maxRows
    }
}
