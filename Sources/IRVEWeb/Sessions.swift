import Foundation
import IRVEFindings
import IRVEMap
import IRVEReport
import IRVEValidate

/// 32 random bytes (256 bits) from the system's generator, in hexadecimal.
func randomToken() -> String {
    var g = SystemRandomNumberGenerator()
    return (0..<4).map { _ in String(g.next() as UInt64, radix: 16).leftPadded(16) }.joined()
}

/// One checked upload: the check's result per language (findings are worded when stored).
final class Upload: @unchecked Sendable {
    let name: String
    let path: String
    var checks: [Language: Checked] = [:]
    /// The map (per language) and the station filter's rows, made once when first asked for.
    var maps: [Language: StationMap] = [:]
    var stations: StationScope?
    var review: ReviewState?
    init(name: String, path: String) {
        self.name = name
        self.path = path
    }
}

/// A check of the upload in one language, or the message of why it could not be checked.
enum Checked {
    case result(ValidationResult, RepairOutlook?)
    case failure(String)
}

/// One visitor: its own private folder (0700), its CSRF token, its upload. Its lock serialises its
/// requests, so that one session's files are never read and written at once.
final class Session: @unchecked Sendable {
    let id: String
    let csrf: String
    let folder: URL
    let lock = NSLock()
    var lastSeen: Date
    var upload: Upload?
    /// The fiche and the publication, with the API key (memory only).
    let publication = PublicationSession()

    init(id: String, folder: URL, now: Date) {
        self.id = id
        csrf = randomToken()
        self.folder = folder
        lastSeen = now
    }
}

/// All sessions, under one private root folder that is removed at shutdown. A session unused for
/// `lifetime` is forgotten and its folder deleted.
public final class SessionStore: @unchecked Sendable {
    let root: URL
    let lifetime: TimeInterval
    private let lock = NSLock()
    private var sessions: [String: Session] = [:]
    private var forgotten = 0
    /// Sessions kept at once; `create` throws `LimitReached.sessions` beyond.
    var maxSessions = Int.max
    /// Told the ids of the sessions `expire` forgot and the time it was given, once their folders are
    /// deleted and the sessions released.
    var expired: (@Sendable ([String], Date) -> Void)?
    /// Told each time a session is created (for the metrics).
    var created: (@Sendable () -> Void)?

    public init(lifetime: TimeInterval) throws {
        self.lifetime = lifetime
        let fm = FileManager.default
        root = fm.temporaryDirectory.appendingPathComponent("irve-serve-" + randomToken().prefix(16))
        try fm.createDirectory(at: root, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
    }

    /// A new session with its folder.
    func create(now: Date = Date()) throws -> Session {
        expire(now: now)
        guard count < maxSessions else { throw LimitReached.sessions }
        let id = randomToken()
        let folder = root.appendingPathComponent(id)
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        let s = Session(id: id, folder: folder, now: now)
        let kept = lock.withLock {
            guard sessions.count < maxSessions else { return false }
            sessions[id] = s
            return true
        }
        guard kept else {
            try? FileManager.default.removeItem(at: folder)
            throw LimitReached.sessions
        }
        created?()
        return s
    }

    /// The live session of this id, touched; nil when unknown or expired.
    func find(_ id: String?, now: Date = Date()) -> Session? {
        expire(now: now)
        guard let id else { return nil }
        return lock.withLock {
            guard let s = sessions[id] else { return nil }
            s.lastSeen = now
            return s
        }
    }

    /// Forgets the sessions unused for `lifetime` and deletes their folders, then tells `expired`.
    func expire(now: Date = Date()) {
        let ids = forgetExpired(now: now)
        if !ids.isEmpty { expired?(ids, now) }
    }

    /// The ids of the sessions it forgot. The sessions themselves (their checks' results: most of
    /// what a session holds) are released when it returns, before `expired` runs: the allocator
    /// trim that `expired` calls must find their memory already free.
    private func forgetExpired(now: Date) -> [String] {
        let old: [Session] = lock.withLock {
            let gone = sessions.values.filter { now.timeIntervalSince($0.lastSeen) > lifetime }
            for s in gone { sessions[s.id] = nil }
            forgotten += gone.count
            return gone
        }
        for s in old {
            s.lock.withLock {
                s.publication.forgetKey()
                try? FileManager.default.removeItem(at: s.folder)
            }
        }
        return old.map(\.id)
    }

    /// The live session of this id, untouched.
    func peek(_ id: String?) -> Session? {
        guard let id else { return nil }
        return lock.withLock { sessions[id] }
    }

    var count: Int { lock.withLock { sessions.count } }

    /// Sessions expired since the start.
    var expiredCount: Int { lock.withLock { forgotten } }

    /// Removes every session's files (at shutdown).
    public func removeAll() {
        let all: [Session] = lock.withLock {
            defer { sessions = [:] }
            return Array(sessions.values)
        }
        for s in all { s.lock.withLock { s.publication.forgetKey() } }
        try? FileManager.default.removeItem(at: root)
    }
}
