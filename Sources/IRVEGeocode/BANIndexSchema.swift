import Foundation
import GRDB
import IRVEFiles
import IRVEFindings
import IRVEWording

/// The SQLite layout of the local address index, shared by the importer and the geocoder.
///
/// Streets are the documents (as in addok): one row per (commune, postcode, street name), found
/// through an FTS5 table of their folded tokens; their house numbers sit in a side table keyed by
/// (street, folded number), so "12 bis" is one B-tree lookup once the street is chosen.
enum BANIndexSchema {
    static let version = "1"

    static let statements = [
        "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """
        CREATE TABLE IF NOT EXISTS streets(id INTEGER PRIMARY KEY, citycode TEXT NOT NULL, postcode TEXT NOT NULL,
            name TEXT NOT NULL, city TEXT NOT NULL, lon REAL NOT NULL DEFAULT 0, lat REAL NOT NULL DEFAULT 0,
            addresses INTEGER NOT NULL DEFAULT 0)
        """,
        "CREATE INDEX IF NOT EXISTS streets_citycode ON streets(citycode)",
        """
        CREATE TABLE IF NOT EXISTS housenumbers(street INTEGER NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL,
            lon REAL NOT NULL, lat REAL NOT NULL, PRIMARY KEY(street, key)) WITHOUT ROWID
        """,
        """
        CREATE TABLE IF NOT EXISTS municipalities(id INTEGER PRIMARY KEY, citycode TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            postcodes TEXT NOT NULL, lon REAL NOT NULL, lat REAL NOT NULL, addresses INTEGER NOT NULL)
        """,
        // Tokens are folded by AddressText before they get here, so the plain tokenizer is enough.
        "CREATE VIRTUAL TABLE IF NOT EXISTS street_fts USING fts5(tokens, tokenize = 'unicode61')",
        "CREATE VIRTUAL TABLE IF NOT EXISTS municipality_fts USING fts5(tokens, tokenize = 'unicode61')",
    ]

    /// addok's BAN export gives each document an importance (0–1) that weighs 0.1 in the score.
    /// BAN CSV has no population, so the size of the commune in addresses stands in for it; the
    /// fixture converter (Tests/Addok/ban2addok.py) uses the same formula, so both back-ends agree.
    static func importance(communeAddresses: Int) -> Double {
        min(1, log10(1 + Double(max(0, communeAddresses))) / 5)
    }

    static func tokens(street: String, postcode: String, city: String) -> String {
        (AddressText.tokens(street) + [postcode] + AddressText.tokens(city)).joined(separator: " ")
    }

    static func tokens(municipality name: String, postcodes: [String]) -> String {
        (AddressText.tokens(name) + postcodes).joined(separator: " ")
    }

    static func create(_ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
        try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema', ?)", arguments: [version])
    }

    /// Opens an existing index read-only, checking it is one of ours and complete.
    static func openForReading(path: String) throws(GeocodeError) -> DatabaseQueue {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw .index(path: path, problem: .missing)
        }
        if isDir.boolValue { throw .index(path: path, problem: .isFolder) }
        do {
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: path, configuration: config)
            let state = try queue.read { db -> (String?, String?) in
                guard try db.tableExists("meta") else { return (nil, nil) }
                let schema = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'schema'")
                let state = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'state'")
                return (schema, state)
            }
            guard state.0 == version else {
                throw GeocodeError.index(path: path, problem: state.0.map { .otherVersion($0) } ?? .notAnIndex)
            }
            guard state.1 == "complete" else {
                throw GeocodeError.index(path: path, problem: .incomplete)
            }
            return queue
        } catch let e as GeocodeError {
            throw e
        } catch {
            throw .index(path: path, problem: .database(SQLiteText.cause(error)))
        }
    }
}

/// SQLite errors shown to users: the short reason, not GRDB's dump of the statement.
enum SQLiteText {
    /// SQLite's own texts are English and name the statement: people get the cause instead.
    static func cause(_ error: any Error) -> SQLiteCause {
        if let e = error as? DatabaseError {
            switch e.resultCode {
            case .SQLITE_NOTADB: return .notADatabase
            case .SQLITE_CORRUPT: return .corrupt
            case .SQLITE_FULL: return .diskFull
            case .SQLITE_READONLY, .SQLITE_PERM: return .readOnly
            case .SQLITE_CANTOPEN: return .cannotOpen
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy
            case .SQLITE_IOERR: return .ioError
            case .SQLITE_NOMEM: return .noMemory
            case .SQLITE_ERROR: return .notAnIndex
            default: return .code(e.resultCode.rawValue)
            }
        }
        return SystemErrorText.cause(of: error, .fr).map { .system(cause: $0) }
            ?? .unexpected(type: "\(type(of: error))")
    }
}
