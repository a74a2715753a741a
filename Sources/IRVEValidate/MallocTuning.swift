/// glibc's allocator, set once for the process before the first check: at most two arenas, and a
/// fixed 128 KiB threshold above which blocks are mapped on their own (handed back on `free`).
///
/// By default each thread that meets contention gets its own arena, and the mapping threshold
/// rises with every big block freed, so arrays that grow and are freed (hash indexes, reports, the
/// map's page) stay in arenas other threads do not reuse. Measured without and with these settings:
/// `irve map` of a million distinct stations 198–201 MiB → 182–183 MiB, the default check of
/// `valid-1M.csv` 98.5 MiB → 94–96 MiB peak RSS (issue 16). `irve serve` applies it at start, so
/// that upload buffers too stay out of the heap: RSS after its sessions expired, 20 sessions,
/// 81.7 → 64.7 MiB for a 60–64 MiB warm baseline.
public enum MallocTuning {
    /// Applies the settings once (later calls do nothing).
    public static func apply() { _ = applied }

    /// Hands the freed memory at the top of every arena back to the system (after a big check,
    /// after sessions expired).
    public static func trim() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }

    static let applied: Bool = {
        #if os(Linux)
            _ = glibcMallopt(mArenaMax, 2)
            _ = glibcMallopt(mMmapThreshold, 128 << 10)
        #endif
        return true
    }()
}

#if os(Linux)
    /// `mallopt` parameters (malloc.h, which the Glibc module does not export).
    private let mMmapThreshold: Int32 = -3
    private let mArenaMax: Int32 = -8

    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ pad: Int) -> Int32

    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
