import Foundation

/// Requests per client address: a bucket of `perMinute` tokens per address, refilled continuously;
/// a request finding its bucket empty is answered 429. Full buckets are forgotten, so the table
/// stays as small as the set of clients active in the last minute.
final class RateLimiter: @unchecked Sendable {
    let perMinute: Int
    private let lock = NSLock()
    private var buckets: [String: (tokens: Double, at: TimeInterval)] = [:]
    private var lastSweep: TimeInterval = 0

    init(perMinute: Int) { self.perMinute = max(1, perMinute) }

    /// True when `client` may send one more request at `now` (seconds on a monotonic clock).
    func allow(_ client: String, now: TimeInterval = ProcessInfo.processInfo.systemUptime) -> Bool {
        let capacity = Double(perMinute)
        let rate = capacity / 60
        return lock.withLock {
            if now - lastSweep > 60 { sweep(now, capacity: capacity, rate: rate) }
            let old = buckets[client] ?? (capacity, now)
            let tokens = min(capacity, old.tokens + (now - old.at) * rate)
            guard tokens >= 1 else {
                buckets[client] = (tokens, now)
                return false
            }
            buckets[client] = (tokens - 1, now)
            return true
        }
    }

    /// Seconds until `client` has a token again (for `Retry-After`).
    func retryAfter() -> Int { max(1, Int((60 / Double(perMinute)).rounded(.up))) }

    var clients: Int { lock.withLock { buckets.count } }

    private func sweep(_ now: TimeInterval, capacity: Double, rate: Double) {
        lastSweep = now
        buckets = buckets.filter { $0.value.tokens + (now - $0.value.at) * rate < capacity }
    }
}
