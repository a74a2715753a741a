import Foundation

/// When and how long to wait before trying a request again.
///
/// Only give a policy other than `.none` to requests that are safe to repeat (GET, PUT, DELETE):
/// a creating POST that timed out may have been performed, and repeating it would create twice.
public struct RetryPolicy: Sendable, Equatable {
    /// Attempts in total, the first included (1 = no retry).
    public var maxAttempts: Int
    /// First back-off delay in seconds; doubles at each attempt, with jitter.
    public var baseDelay: Double
    /// Longest wait between two attempts. A server asking (Retry-After) for longer is not waited
    /// for: its response is returned, so the user is told instead of watching a frozen command.
    public var maxDelay: Double
    /// Statuses worth repeating: rate limiting and the gateway/overload family.
    public var retryableStatuses: Set<Int>

    public init(
        maxAttempts: Int, baseDelay: Double, maxDelay: Double, retryableStatuses: Set<Int> = [429, 502, 503, 504]
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = max(0, baseDelay)
        self.maxDelay = max(0, maxDelay)
        self.retryableStatuses = retryableStatuses
    }

    public static let none = RetryPolicy(maxAttempts: 1, baseDelay: 0, maxDelay: 0)
    public static let standard = RetryPolicy(maxAttempts: 4, baseDelay: 0.5, maxDelay: 30)

    /// Exponential back-off with "equal jitter" for attempt `n` (1 = after the first failure):
    /// half of the step is fixed, half random, so concurrent clients spread out.
    public func backoff(afterAttempt n: Int, random: Double = Double.random(in: 0...1)) -> Double {
        let step = min(maxDelay, baseDelay * pow(2, Double(max(0, n - 1))))
        return step / 2 + step / 2 * random
    }

    /// Seconds to wait before the next attempt after a response, or nil when it must not be retried.
    /// `Retry-After` wins over the back-off when present and not beyond `maxDelay`.
    public func delay(afterAttempt n: Int, status: Int, retryAfter: String?, now: Date = Date()) -> Double? {
        guard n < maxAttempts, retryableStatuses.contains(status) else { return nil }
        if let retryAfter, let seconds = Self.retryAfterSeconds(retryAfter, now: now) {
            return seconds <= maxDelay ? seconds : nil
        }
        return backoff(afterAttempt: n)
    }

    /// `Retry-After` is either delta-seconds ("120") or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT").
    public static func retryAfterSeconds(_ value: String, now: Date = Date()) -> Double? {
        let v = value.trimmingCharacters(in: .whitespaces)
        if let n = Int(v), n >= 0 { return Double(n) }
        guard let date = HTTPDate.parse(v) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}

/// The three date formats HTTP/1.1 accepts (RFC 9110 §5.6.7), always GMT.
enum HTTPDate {
    static func parse(_ s: String) -> Date? {
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "GMT")
            f.dateFormat = format
            if let d = f.date(from: s) { return d }
        }
        return nil
    }
}
