import Foundation

/// At most `slots` checks (or repairs, maps…) at once; the others wait their turn, each at most a
/// given time (then the caller answers 503: a full server never hangs a visitor).
final class CheckGate: @unchecked Sendable {
    let slots: Int
    private let lock = NSLock()
    private var busy = 0
    private var waiters: [(id: Int, resume: CheckedContinuation<Bool, Never>)] = []
    private var nextID = 0

    init(slots: Int) { self.slots = max(1, slots) }

    var running: Int { lock.withLock { busy } }
    var waiting: Int { lock.withLock { waiters.count } }

    /// True once a slot is ours (give it back with `release()`); false after `timeout` seconds.
    func acquire(timeout: Double) async -> Bool {
        let id: Int? = lock.withLock {
            if busy < slots {
                busy += 1
                return nil
            }
            nextID += 1
            return nextID
        }
        guard let id else { return true }
        return await withCheckedContinuation { (c: CheckedContinuation<Bool, Never>) in
            lock.withLock { waiters.append((id, c)) }
            Task {
                try? await Task.sleep(nanoseconds: UInt64(max(0, timeout) * 1_000_000_000))
                self.giveUp(id)
            }
        }
    }

    /// The waiter `id` stops waiting (if a slot has not reached it meanwhile).
    private func giveUp(_ id: Int) {
        let c: CheckedContinuation<Bool, Never>? = lock.withLock {
            guard let i = waiters.firstIndex(where: { $0.id == id }) else { return nil }
            return waiters.remove(at: i).resume
        }
        c?.resume(returning: false)
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
