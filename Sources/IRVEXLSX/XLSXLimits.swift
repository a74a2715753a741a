/// Resource bounds applied while reading a workbook, so that a hostile or broken file
/// fails with an `XLSXError` instead of exhausting memory or disk.
public struct XLSXLimits: Sendable, Equatable {
    /// Largest uncompressed size accepted for any part (counted while inflating, not trusted from the zip headers).
    public var maxPartBytes: Int
    /// Largest total UTF-8 size of the shared string table, which is the one thing held in memory.
    public var maxSharedStringBytes: Int
    /// Largest number of shared strings (each costs a String header even when empty).
    public var maxSharedStringCount: Int

    public init(maxPartBytes: Int = 512 * 1024 * 1024,
                maxSharedStringBytes: Int = 256 * 1024 * 1024,
                maxSharedStringCount: Int = 10_000_000) {
        self.maxPartBytes = maxPartBytes
        self.maxSharedStringBytes = maxSharedStringBytes
        self.maxSharedStringCount = maxSharedStringCount
    }
}
