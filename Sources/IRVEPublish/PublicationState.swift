import Foundation
import GRDB
import IRVEFiles
import IRVEFindings
import IRVEWording

/// What was published where: the dataset and resource ids per API environment and owner, so that
/// the next publication updates the same dataset instead of creating a duplicate. SQLite (GRDB).
public final class PublicationState: @unchecked Sendable {
    public struct Record: Sendable, Equatable {
        /// The API base URL (`https://www.data.gouv.fr/api/1`): ids differ between environments.
        public var environment: String
        /// Organisation id, or `user:<id>` for a personal account.
        public var owner: String
        public var ownerName: String
        public var datasetID: String
        public var resourceID: String?
        public var file: String
        public var publishedAt: String?
        public var datasetURI: String?

        public init(
            environment: String, owner: String, ownerName: String, datasetID: String, resourceID: String?, file: String,
            publishedAt: String? = nil, datasetURI: String? = nil
        ) {
            self.environment = environment
            self.owner = owner
            self.ownerName = ownerName
            self.datasetID = datasetID
            self.resourceID = resourceID
            self.file = file
            self.publishedAt = publishedAt
            self.datasetURI = datasetURI
        }
    }

    private let db: DatabaseQueue
    public let path: String

    /// `$XDG_DATA_HOME/irve/publications.sqlite`, else `~/.local/share/irve/publications.sqlite`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/irve/publications.sqlite" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/irve/publications.sqlite"
    }

    public init(path: String) throws(PublishError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            db = try DatabaseQueue(path: path)
            var migrator = DatabaseMigrator()
            migrator.registerMigration("v1") { db in
                try db.create(table: "publication") { t in
                    t.column("environment", .text).notNull()
                    t.column("owner", .text).notNull()
                    t.column("owner_name", .text).notNull()
                    t.column("dataset_id", .text).notNull()
                    t.column("resource_id", .text)
                    t.column("file", .text).notNull()
                    t.column("published_at", .text)
                    t.column("dataset_uri", .text)
                    t.primaryKey(["environment", "owner"])
                }
            }
            try migrator.migrate(db)
        } catch {
            throw .state(path: path, cause: Self.cause(error))
        }
    }

    public func record(environment: String, owner: String) throws(PublishError) -> Record? {
        try read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM publication WHERE environment = ? AND owner = ?",
                arguments: [environment, owner]
            ).map(Self.record)
        }
    }

    /// Records of an environment, for the dry run which does not know the owner's id.
    public func records(environment: String) throws(PublishError) -> [Record] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM publication WHERE environment = ? ORDER BY owner", arguments: [environment]
            ).map(Self.record)
        }
    }

    public func save(_ r: Record) throws(PublishError) {
        do {
            try db.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO publication (environment, owner, owner_name, dataset_id, resource_id, file, published_at, dataset_uri)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(environment, owner) DO UPDATE SET owner_name = excluded.owner_name, dataset_id = excluded.dataset_id,
                          resource_id = excluded.resource_id, file = excluded.file, published_at = excluded.published_at,
                          dataset_uri = excluded.dataset_uri
                        """,
                    arguments: [
                        r.environment, r.owner, r.ownerName, r.datasetID, r.resourceID, r.file, r.publishedAt,
                        r.datasetURI,
                    ])
            }
        } catch {
            throw .state(path: path, cause: Self.cause(error))
        }
    }

    public func forget(environment: String, owner: String) throws(PublishError) {
        do {
            try db.write {
                try $0.execute(
                    sql: "DELETE FROM publication WHERE environment = ? AND owner = ?", arguments: [environment, owner])
            }
        } catch {
            throw .state(path: path, cause: Self.cause(error))
        }
    }

    private func read<T>(_ body: (Database) throws -> T) throws(PublishError) -> T {
        do { return try db.read(body) } catch { throw .state(path: path, cause: Self.cause(error)) }
    }

    private static func record(_ row: Row) -> Record {
        Record(
            environment: row["environment"], owner: row["owner"], ownerName: row["owner_name"],
            datasetID: row["dataset_id"],
            resourceID: row["resource_id"], file: row["file"], publishedAt: row["published_at"],
            datasetURI: row["dataset_uri"])
    }
}

extension PublicationState {
    /// SQLite's and Foundation's English texts replaced by the cause, as data.
    static func cause(_ error: any Error) -> StateCause {
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: return .notAState
            case .SQLITE_FULL: return .diskFull
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_CANTOPEN: return .cannotOpen
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
            default: return .sqlite(code: e.resultCode.rawValue)
            }
        }
        return SystemErrorText.cause(of: error, .fr).map { .system(cause: $0) }
            ?? .unexpected(type: "\(type(of: error))")
    }
}
