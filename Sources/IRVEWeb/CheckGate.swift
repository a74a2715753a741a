import Foundation

/// At most `slots` checks (or repairs, maps…) at once; the others wait their turn, each at most a
/// given time (then the caller answers 503: a full server never hangs a visitor).
///
/// One watcher task turns away the waiters whose time is up, and only while some wait. A sleeping
/// task per waiter would outlive the wait it guards: `Task.sleep` keeps its timer job queued until
/// the deadline even when cancelled, so every served request would leave memory behind for the
/// whole `--check-wait` (2 minutes in the hosting benchmark, longer than its expiry wait).
final class CheckGate: @unchecked Sendable {
    let slots: Int
    private let lock = NSLock()
    private var busy = 0
    private var waiters: [Waiter] = []
    private var watching = false

    private struct Waiter {
        /// `DispatchTime` uptime, in nanoseconds.
        let deadline: UInt64
        let resume: CheckedContinuation<Bool, Never>
    }

    init(slots: Int) { self.slots = max(1, slots) }

    var running: Int { lock.withLock { busy } }
    var waiting: Int { lock.withLock { waiters.count } }
    /// Whether the watcher runs (it stops within a second once nobody waits).
    var isWatching: Bool { lock.withLock { watching } }

    /// True once a slot is ours (give it back with `release()`); false after `timeout` seconds.
    func acquire(timeout: Double) async -> Bool {
        let wait = UInt64(min(max(0, timeout), 86_400 * 365) * 1_000_000_000)
        let deadline = DispatchTime.now().uptimeNanoseconds + wait
        return await withCheckedContinuation { (c: CheckedContinuation<Bool, Never>) in
            // Taken or queued under one lock: a slot freed meanwhile cannot be missed.
            let (served, start): (Bool, Bool) = lock.withLock {
                if busy < slots {
                    busy += 1
                    return (true, false)
                }
                waiters.append(Waiter(deadline: deadline, resume: c))
                defer { watching = true }
                return (false, !watching)
            }
            if served {
                c.resume(returning: true)
            } else if start {
                Task { await self.watch() }
            }
        }
    }

    /// Turns away the waiters whose time is up, until nobody waits.
    private func watch() async {
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            let (late, next): ([CheckedContinuation<Bool, Never>], UInt64?) = lock.withLock {
                let late = waiters.filter { $0.deadline <= now }.map(\.resume)
                waiters.removeAll { $0.deadline <= now }
                guard let first = waiters.lazy.map(\.deadline).min() else {
                    watching = false
                    return (late, nil)
                }
                return (late, first)
            }
            for c in late { c.resume(returning: false) }
            guard let next else { return }
            // At most a second: a waiter queued meanwhile with a shorter wait is late by less than that.
            try? await Task.sleep(nanoseconds: min(next - now, 1_000_000_000))
        }
    }

    /// Hands the slot to the first waiter, or frees it.
    func release() {
        let next: CheckedContinuation<Bool, Never>? = lock.withLock {
            if waiters.isEmpty {
                busy -= 1
                return nil
            }
            return waiters.removeFirst().resume
        }
        next?.resume(returning: true)
    }
}

/// The threads checks run on: at most as many as there are check slots, outside Swift's cooperative
/// pool (a check is long synchronous work: on the pool it would stall every other request). A thread
/// starts when work comes and none is free, and ends after a minute without work.
final class CheckThreads: @unchecked Sendable {
    let count: Int
    private let condition = NSCondition()
    private var jobs: [() -> Void] = []
    private var threads = 0
    private var idle = 0

    init(count: Int) { self.count = max(1, count) }

    func submit(_ job: @escaping () -> Void) {
        condition.lock()
        jobs.append(job)
        if jobs.count > idle, threads < count {
            threads += 1
            let t = Thread { self.work() }
            t.name = "irve-check"
            t.stackSize = 8 << 20
            t.start()
        } else {
            condition.signal()
        }
        condition.unlock()
    }

    private func work() {
        condition.lock()
        while true {
            while jobs.isEmpty {
                idle += 1
                let woken = condition.wait(until: Date().addingTimeInterval(60))
                idle -= 1
                if !woken, jobs.isEmpty {
                    threads -= 1
                    condition.unlock()
                    return
                }
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job()
            condition.lock()
        }
    }
}

@available(macOS 15, *)
extension CheckThreads: TaskExecutor {
    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        submit { unowned.runSynchronously(on: executor) }
    }
}

extension CheckThreads {
    /// `body` on these threads (where task executors exist: on Linux, and macOS 15).
    func run<T>(_ body: () async throws -> T) async rethrows -> T {
        if #available(macOS 15, *) {
            return try await withTaskExecutorPreference(self) { try await body() }
        }
        return try await body()
    }
}
