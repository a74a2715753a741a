import Foundation
import IRVEFindings
import IRVEValidate
import IRVEWording
import Logging

/// A limit reached inside a route, answered by `HostingMiddleware` with its status and page.
enum LimitReached: Error {
    /// Every session slot is taken (503).
    case sessions
    /// The disk kept for the sessions' files is full (503).
    case disk
}

/// The disk every session's files take together: each session's folder as last measured, plus the
/// uploads arriving now (reserved chunk by chunk, so that the limit holds while they stream).
final class DiskBudget: @unchecked Sendable {
    let limit: Int64
    private let lock = NSLock()
    private var measured: [String: Int64] = [:]
    private var arriving: Int64 = 0

    init(limit: Int64) { self.limit = limit }

    var used: Int64 { lock.withLock { measured.values.reduce(arriving, +) } }

    /// Takes `n` bytes for an upload on its way; false when they would pass the limit.
    func reserve(_ n: Int) -> Bool {
        lock.withLock {
            let total = measured.values.reduce(arriving, +) + Int64(n)
            guard total <= limit else { return false }
            arriving += Int64(n)
            return true
        }
    }

    func unreserve(_ n: Int64) { lock.withLock { arriving = max(0, arriving - n) } }

    /// Measures the session's folder now (a few files: cheap).
    func measure(_ session: Session) {
        let bytes = Self.size(of: session.folder)
        lock.withLock { measured[session.id] = bytes }
    }

    func forget(_ ids: [String]) { lock.withLock { for id in ids { measured[id] = nil } } }

    /// Sessions whose folder is counted.
    var sessionsMeasured: Int { lock.withLock { measured.count } }

    static func size(of folder: URL) -> Int64 {
        let keys: [URLResourceKey] = [.fileSizeKey, .isRegularFileKey]
        guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { return 0 }
        var total: Int64 = 0
        for case let url as URL in e {
            guard let v = try? url.resourceValues(forKeys: Set(keys)), v.isRegularFile == true else { continue }
            total += Int64(v.fileSize ?? 0)
        }
        return total
    }
}

/// Everything a hosted assistant keeps beside its sessions: the limits' state, the password gate,
/// the metrics, the request log, the threads checks run on.
final class Hosting: Sendable {
    let options: HostingOptions
    let lifetime: TimeInterval
    let metrics = WebMetrics()
    let rate: RateLimiter
    let gate: PasswordGate?
    let checks: CheckGate
    let threads: CheckThreads
    let disk: DiskBudget
    let logger: Logger

    init(_ options: HostingOptions, lifetime: TimeInterval) {
        self.options = options
        self.lifetime = lifetime
        rate = RateLimiter(perMinute: options.requestsPerMinute)
        gate = options.password.map {
            PasswordGate(password: $0, lifetime: lifetime, capacity: 4 * min(options.maxSessions, 1 << 40))
        }
        checks = CheckGate(slots: options.maxChecks)
        threads = CheckThreads(count: options.maxChecks)
        disk = DiskBudget(limit: options.maxDiskBytes)
        let sink = options.logLine ?? LineLogHandler.standardError
        logger = Logger(label: "irve-serve") { _ in LineLogHandler(sink: sink) }
    }

    /// Sessions gone (and already released): their files no longer count, their visitors' access
    /// tokens go too, and the memory their checks used goes back to the system (glibc keeps freed
    /// memory inside its arenas otherwise, and trims the top of its heap only).
    func sessionsExpired(_ ids: [String], now: Date = Date()) {
        guard !ids.isEmpty else { return }
        disk.forget(ids)
        gate?.expire(now: now)
        MallocTuning.trim()
    }
}

/// The footer's privacy note: a hosted instance (`--public`) says that files go to its server.
/// A task-local value, so that every page rendered for a request knows it without being told.
enum HostedNote {
    @TaskLocal static var sessionMinutes: Int?

    static func text(_ lang: Language) -> String {
        guard let minutes = sessionMinutes else { return Wording.message(.privacyNote, lang) }
        return Wording.message(.hostedPrivacyNote(minutes: minutes), lang)
    }
}
