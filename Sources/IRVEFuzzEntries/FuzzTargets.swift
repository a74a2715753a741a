/// The fuzz targets, by name. Each takes any bytes and must return without trapping, hanging or
/// growing without bound; `Fuzz/` wraps each in a libFuzzer entry point, and the unit tests replay
/// the inputs that once crashed (`Tests/Fixtures/fuzz-regressions/<target>/`) through the same function.
public enum FuzzTargets {
    public static let all: [(name: String, run: @Sendable (UnsafeRawBufferPointer) -> Void)] = [
        ("csv", ReadEntries.csv),
        ("probe", ReadEntries.probe),
        ("xlsx", ReadEntries.xlsx),
        ("cells", SchemaEntries.cells),
        ("geopoint", SchemaEntries.geopoint),
        ("schema", SchemaEntries.schema),
        ("rules", RowEntries.rules),
        ("repairs", RowEntries.repairs),
    ]

    public static func named(_ name: String) -> (@Sendable (UnsafeRawBufferPointer) -> Void)? {
        all.first { $0.name == name }?.run
    }

    /// Removes this process's scratch files (call at exit).
    public static func removeScratchFiles() { ScratchFile.remove() }

    /// Runs one target on a byte array (the replay tests use this).
    public static func run(_ name: String, _ bytes: [UInt8]) -> Bool {
        guard let target = named(name) else { return false }
        bytes.withUnsafeBytes { target($0) }
        return true
    }
}
