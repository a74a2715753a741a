import Foundation

/// At most `perSecond` requests started per second over all the threads of a run: each request
/// takes the next free slot, `1 / perSecond` s after the one before, and waits until it comes.
/// So N requests cannot all have started before (N - 1) / perSecond seconds.
public final class RateLimiter: @unchecked Sendable {
    public let perSecond: Double
    private let lock = NSLock()
    private var nextSlot: Double?
    private var taken = 0
    private let clock: @Sendable () -> Double
    private let sleep: @Sendable (Double) -> Void

    /// - Parameters:
    ///   - clock: monotonic seconds (the system's uptime by default; tests give their own).
    ///   - sleep: how to wait.
    public init(
        perSecond: Double,
        clock: @escaping @Sendable () -> Double = { ProcessInfo.processInfo.systemUptime },
        sleep: @escaping @Sendable (Double) -> Void = { Thread.sleep(forTimeInterval: $0) }
    ) {
        self.perSecond = perSecond > 0 ? perSecond : 1
        self.clock = clock
        self.sleep = sleep
    }

    /// Requests let through so far.
    public var requests: Int { lock.withLock { taken } }

    /// Reserves the next slot for a request asked for at `now`; returns how long it must wait.
    public func reserve(at now: Double) -> Double {
        lock.withLock {
            let slot = max(now, nextSlot ?? now)
            nextSlot = slot + 1 / perSecond
            taken += 1
            return slot - now
        }
    }

    /// Waits for this request's slot.
    public func wait() {
        let delay = reserve(at: clock())
        if delay > 0 { sleep(delay) }
    }
}
