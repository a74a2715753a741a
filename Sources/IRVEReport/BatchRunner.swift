import Foundation
import IRVEFindings
import IRVEValidate

/// Checks many files in parallel and hands each outcome over in the order of the inputs, so the
/// output is the same whatever the number of workers.
///
/// Memory stays bounded: a worker starts the file of rank `i` only when fewer than `window` files
/// are ahead of the one being handed over, so at most `window` results exist at once, each with
/// its findings spilled to disk (`FindingStore`). A failed file never stops the others.
public struct BatchRunner {
    public var options: ValidationOptions
    /// Files checked at the same time; each check also uses a second thread for its rows.
    public var workers: Int
    /// Results kept waiting for their turn, at most.
    public var window: Int { max(1, 2 * workers) }

    /// One worker per core by default.
    public init(options: ValidationOptions, workers: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.options = options
        self.workers = max(1, workers)
    }

    /// Calls `each` on the calling thread with every item's outcome, in the order of `items`.
    /// `options.lang` words the reasons a file could not be checked. An error thrown by `each` is
    /// thrown again once every file is done (and every temporary file removed).
    public func run(_ items: [BatchItem], each: (Int, BatchEntry) throws -> Void) throws {
        let state = RunState(count: items.count, window: window)
        let options = options
        var threads: [Thread] = []
        for _ in 0..<min(workers, items.count) {
            let t = Thread {
                while let i = state.nextIndex() {
                    state.finish(i, Self.check(items[i], options: options))
                }
            }
            t.stackSize = 8 << 20
            threads.append(t)
            t.start()
        }
        var failure: (any Error)?
        for i in items.indices {
            let entry = state.take(i)
            // After an error of `each` (the output broke), the workers still finish their files.
            if failure == nil {
                do { try each(i, entry.entry) } catch { failure = error }
            }
            entry.cleanup?()
        }
        if let failure { throw failure }
    }

    /// One file: fetched, checked, named as the input says.
    static func check(_ item: BatchItem, options: ValidationOptions) -> Outcome {
        switch item.fetch() {
        case .failed(let message):
            return Outcome(entry: .unreadable(name: item.name, message: message), cleanup: nil)
        case .local(let path, let cleanup):
            do {
                let result = try Validation.check(path: path, options: options)
                result.rename(as: item.name)
                return Outcome(entry: .checked(name: item.name, result: result), cleanup: cleanup)
            } catch {
                cleanup?()
                // A downloaded file is named by its URL, not by the copy that was read.
                let message = error.named(item.name).message(options.lang)
                return Outcome(entry: .unreadable(name: item.name, message: message), cleanup: nil)
            }
        }
    }

    struct Outcome: @unchecked Sendable {  // a result moves from its worker to the caller, once
        let entry: BatchEntry
        let cleanup: (@Sendable () -> Void)?
    }
}

/// The shared counters of a run, under one condition lock.
private final class RunState: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var next = 0
    private var handedOver = 0
    private var done: [Int: BatchRunner.Outcome] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = window
    }

    /// The next file to check, once it is within the window; nil when none is left.
    func nextIndex() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while next < count && next - handedOver >= window { condition.wait() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }

    func finish(_ i: Int, _ outcome: BatchRunner.Outcome) {
        condition.lock()
        done[i] = outcome
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for file `i`, and lets the workers move on.
    func take(_ i: Int) -> BatchRunner.Outcome {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let outcome = done.removeValue(forKey: i) {
                handedOver = i + 1
                condition.broadcast()
                return outcome
            }
            condition.wait()
        }
    }
}
