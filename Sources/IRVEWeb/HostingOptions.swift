import Foundation

/// How `irve serve` is exposed and what it lets a crowd do: the address, the HTTPS proxy in front,
/// the shared password and the limits (each reached limit answers 413, 429 or 503 with its page).
public struct HostingOptions: Sendable {
    /// The listening address; anything but a loopback address needs `isPublic`.
    public var host = "127.0.0.1"
    public var isPublic = false
    /// A TLS proxy is in front: HSTS is sent and the client's address is read from `X-Real-IP`
    /// (or the last `X-Forwarded-For` entry) of requests that come from the loopback proxy.
    public var behindHTTPS = false
    /// The instance's shared password (read from `--password-file`; never printed or logged).
    public var password: String?
    public var maxSessions = 200
    /// The disk all sessions' files may take together.
    public var maxDiskBytes: Int64 = 2 << 30
    /// Checks (and repairs, maps…) run at once; a request waits at most `checkWaitSeconds` for one.
    public var maxChecks = max(1, ProcessInfo.processInfo.activeProcessorCount)
    public var checkWaitSeconds = 60
    /// Requests one client address may send per minute (a bucket of that size, refilled continuously).
    public var requestsPerMinute = 600
    /// A connection silent this long is closed (a slow client cannot hold one forever).
    public var idleTimeoutSeconds = 60
    /// A request's body must have arrived within this time (uploads included).
    public var bodyDeadlineSeconds = 600
    /// Where the one-line-per-request log goes (standard error when nil).
    public var logLine: (@Sendable (String) -> Void)?

    public init() {}

    /// Whether `host` names this machine only (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}
