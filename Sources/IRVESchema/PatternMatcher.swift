import CPCRE2

/// A schema `pattern` compiled once with PCRE2 (JIT when available), matched on UTF-8 bytes.
///
/// Semantics follow frictionless-py, which compiles `"^" + pattern + "$"` with Python's `re`
/// and calls `match` (anchored at the start): so we compile the same text, anchored, with
/// Unicode classes (`\d`, `\w` match like Python's `str` patterns). A match limit bounds the
/// time spent on a pathological pattern: hitting it counts as "no match" and is reported.
public final class PatternMatcher: @unchecked Sendable {
    public let source: String
    private let code: OpaquePointer
    private let context: OpaquePointer?
    private let jitStack: OpaquePointer?
    // One match-data block per matcher; the engine uses a matcher from one thread at a time.
    private let matchData: OpaquePointer
    public private(set) var limitHits = 0

    public enum CompileError: Error, Equatable {
        case invalid(pattern: String, offset: Int, reason: String)
    }

    /// Upper bound on backtracking steps for one cell (PCRE2 match limit).
    public static let matchLimit: UInt32 = 1_000_000

    /// A schema pattern, wrapped as frictionless does.
    public convenience init(pattern: String) throws(CompileError) {
        try self.init(compiling: "^" + pattern + "$", source: pattern)
    }

    /// An expression used as is (anchored at the start, like Python's `re.match`).
    public convenience init(rawPattern: String) throws(CompileError) {
        try self.init(compiling: rawPattern, source: rawPattern)
    }

    private init(compiling wrapped: String, source pattern: String) throws(CompileError) {
        source = pattern
        var errorCode: Int32 = 0
        var errorOffset = 0
        let options = UInt32(IRVE_PCRE2_UTF | IRVE_PCRE2_UCP | IRVE_PCRE2_ANCHORED | IRVE_PCRE2_NO_UTF_CHECK)
        let compiled: OpaquePointer? = wrapped.withCString { cstr in
            cstr.withMemoryRebound(to: UInt8.self, capacity: wrapped.utf8.count) { p in
                irve_pcre2_compile(p, wrapped.utf8.count, options, &errorCode, &errorOffset)
            }
        }
        guard irve_pcre2_available() != 0 else {
            throw .invalid(pattern: pattern, offset: 0, reason: String(cString: irve_pcre2_load_error()))
        }
        guard let compiled else {
            var buffer = [UInt8](repeating: 0, count: 256)
            let n = irve_pcre2_get_error_message(errorCode, &buffer, buffer.count)
            let reason = n > 0 ? String(decoding: buffer[0..<Int(n)], as: UTF8.self) : "code \(errorCode)"
            throw .invalid(pattern: pattern, offset: max(0, errorOffset - 1), reason: reason)
        }
        code = compiled
        // JIT is an optimisation only: if unavailable the interpreter is used.
        let jitOK = irve_pcre2_jit_compile(code, UInt32(IRVE_PCRE2_JIT_COMPLETE)) == 0
        let ctx = irve_pcre2_match_context_create()
        if let ctx {
            irve_pcre2_set_match_limit(ctx, Self.matchLimit)
            irve_pcre2_set_depth_limit(ctx, 100_000)
        }
        context = ctx
        if jitOK, let ctx, let stack = irve_pcre2_jit_stack_create(32 * 1024, 4 * 1024 * 1024) {
            irve_pcre2_jit_stack_assign(ctx, stack)
            jitStack = stack
        } else {
            jitStack = nil
        }
        matchData = irve_pcre2_match_data_create_from_pattern(code)
    }

    deinit {
        irve_pcre2_match_data_free(matchData)
        if let jitStack { irve_pcre2_jit_stack_free(jitStack) }
        if let context { irve_pcre2_match_context_free(context) }
        irve_pcre2_code_free(code)
    }

    /// Whether the whole cell matches. `bytes` must be valid UTF-8 (the reader guarantees it).
    @inline(__always)
    public func matches(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // PCRE2 wants a non-null subject pointer even for an empty string.
        let empty: StaticString = ""
        let base = bytes.baseAddress ?? empty.utf8Start
        let rc = irve_pcre2_match(code, base, bytes.count, 0, UInt32(IRVE_PCRE2_NO_UTF_CHECK), matchData, context)
        if rc >= 0 { return true }
        if rc == IRVE_PCRE2_ERROR_MATCHLIMIT || rc == IRVE_PCRE2_ERROR_DEPTHLIMIT
            || rc == IRVE_PCRE2_ERROR_JIT_STACKLIMIT
        {
            limitHits += 1
        }
        return false
    }

    public func matches(_ string: String) -> Bool {
        var s = string
        return s.withUTF8 { matches($0) }
    }
}
