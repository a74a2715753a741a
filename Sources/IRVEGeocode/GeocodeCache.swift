import Foundation
import GRDB
import IRVEFiles
import IRVEFindings
import IRVEGeo
import IRVEValues

/// Answers of an HTTP geocoder kept in SQLite, so checking the same file again (or the next
/// version of it) sends no request for addresses already seen, and works offline for them.
///
/// Keyed by (base URL, folded query, citycode, postcode): the folding is addok's own (case, accents,
/// punctuation), so two spellings that addok answers identically share one entry. "Not found" is
/// cached too. Entries older than `maxAge` are asked again (BAN changes as communes fix addresses).
public struct GeocodeCache: Sendable {
    public let path: String
    public let maxAge: TimeInterval
    private let queue: DatabaseQueue

    public init(path: String, maxAge: TimeInterval = 90 * 86_400) throws(GeocodeError) {
        self.path = path
        self.maxAge = maxAge
        do {
            let dir = (path as NSString).deletingLastPathComponent
            if !dir.isEmpty {
                do throws(FileError) { try OutputFolder.create(dir) } catch {
                    throw GeocodeError.cache(path: path, problem: .folder(LineReader.folderDetail(error)))
                }
            }
            queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(
                    sql: """
                        CREATE TABLE IF NOT EXISTS answers(base TEXT NOT NULL, query TEXT NOT NULL, citycode TEXT NOT NULL,
                            postcode TEXT NOT NULL, found INTEGER NOT NULL, lon REAL, lat REAL, score REAL, label TEXT, type TEXT,
                            hit_citycode TEXT, hit_postcode TEXT, city TEXT, fetched_at REAL NOT NULL,
                            PRIMARY KEY(base, query, citycode, postcode)) WITHOUT ROWID
                        """)
            }
        } catch let e as GeocodeError {
            throw e
        } catch {
            throw .cache(path: path, problem: .database(SQLiteText.cause(error)))
        }
    }

    struct Key: Hashable {
        var base: String, query: String, citycode: String, postcode: String
        init(base: String, _ q: GeocodeQuery) {
            self.base = base
            query = TextFolding.fold(q.address, .address)
            citycode = q.citycode?.trimmingCharacters(in: .whitespaces) ?? ""
            postcode = q.postcode?.trimmingCharacters(in: .whitespaces) ?? ""
        }
    }

    /// Cached answers for the keys that have a fresh one (`.some(nil)` = cached "not found").
    func lookup(_ keys: [Key], now: Date = Date()) throws(GeocodeError) -> [Key: GeocodeHit?] {
        do {
            return try queue.read { db in
                var out: [Key: GeocodeHit?] = [:]
                let statement = try db.cachedStatement(
                    sql: """
                        SELECT found, lon, lat, score, label, type, hit_citycode, hit_postcode, city FROM answers
                        WHERE base = ? AND query = ? AND citycode = ? AND postcode = ? AND fetched_at >= ?
                        """)
                let oldest = now.timeIntervalSince1970 - maxAge
                for key in keys {
                    guard
                        let row = try Row.fetchOne(
                            statement, arguments: [key.base, key.query, key.citycode, key.postcode, oldest])
                    else { continue }
                    if (row["found"] as Int) == 0 {
                        out[key] = .some(nil)
                        continue
                    }
                    let type = GeocodeHit.Kind(rawValue: row["type"] ?? "") ?? .street
                    out[key] = GeocodeHit(
                        point: GeoPoint(lon: row["lon"], lat: row["lat"]), score: row["score"],
                        label: row["label"] ?? "",
                        type: type, citycode: row["hit_citycode"] ?? "", postcode: row["hit_postcode"] ?? "",
                        city: row["city"] ?? "")
                }
                return out
            }
        } catch {
            throw .cache(path: path, problem: .database(SQLiteText.cause(error)))
        }
    }

    func store(_ answers: [(Key, GeocodeHit?)], now: Date = Date()) throws(GeocodeError) {
        guard !answers.isEmpty else { return }
        do {
            try queue.write { db in
                let statement = try db.cachedStatement(
                    sql: """
                        INSERT OR REPLACE INTO answers(base, query, citycode, postcode, found, lon, lat, score, label, type,
                            hit_citycode, hit_postcode, city, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                for (k, hit) in answers {
                    try statement.execute(arguments: [
                        k.base, k.query, k.citycode, k.postcode, hit == nil ? 0 : 1,
                        hit?.point.lon, hit?.point.lat, hit?.score, hit?.label, hit?.type.rawValue,
                        hit?.citycode, hit?.postcode, hit?.city, now.timeIntervalSince1970,
                    ])
                }
            }
        } catch {
            throw .cache(path: path, problem: .database(SQLiteText.cause(error)))
        }
    }
}
