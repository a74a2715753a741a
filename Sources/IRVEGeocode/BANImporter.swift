import Foundation
import GRDB
import IRVEFiles
import IRVEFindings

/// Streams BAN `adresses-XX.csv(.gz)` files into the local SQLite address index.
///
/// Re-importing a file replaces the communes it holds (their streets and numbers are deleted when
/// the first line of each commune is met), so `adresses-76` then `adresses-27` keeps both, and a
/// newer `adresses-76` replaces the old one. The whole import is one transaction, committed at the
/// end with the index marked complete; rows are handed to SQLite in batches of `batchSize` lines.
public struct BANImporter: Sendable {
    public struct Stats: Sendable, Equatable {
        public var files = 0
        public var lines = 0
        public var addresses = 0
        public var streets = 0
        public var communes = 0
        public var seconds = 0.0
        public var linesPerSecond: Double { seconds > 0 ? Double(lines) / seconds : 0 }
    }

    public var indexPath: String
    public var batchSize: Int

    public init(indexPath: String, batchSize: Int = 50_000) {
        self.indexPath = indexPath
        self.batchSize = max(1, batchSize)
    }

    /// Imports the files in order, in one transaction: until it commits, the index stays as it
    /// was (a failed or interrupted import leaves the old one usable; SQLite's journal undoes a
    /// killed one at the next opening). `progress` is told after each file.
    public func importFiles(_ paths: [String], progress: ((String, Stats) -> Void)? = nil) throws(GeocodeError) -> Stats
    {
        let started = Date()
        try checkIndexPath(against: paths)
        let existed = FileManager.default.fileExists(atPath: indexPath)
        let queue: DatabaseQueue
        do {
            let dir = (indexPath as NSString).deletingLastPathComponent
            if !dir.isEmpty {
                do throws(FileError) { try OutputFolder.create(dir) } catch {
                    throw GeocodeError.index(path: indexPath, problem: .folder(LineReader.folderDetail(error)))
                }
            }
            queue = try DatabaseQueue(path: indexPath)
            // A rebuildable cache: speed over durability (the journal still undoes an unfinished import).
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
        } catch let e as GeocodeError {
            throw e
        } catch {
            throw .index(path: indexPath, problem: .database(SQLiteText.cause(error)))
        }
        var stats = Stats()
        do {
            try queue.inTransaction(.immediate) { db in
                try BANIndexSchema.create(db)
                var run = ImportRun(db: db, indexPath: indexPath, batchSize: batchSize)
                for path in paths {
                    try run.importFile(path)
                    run.stats.files += 1
                    run.stats.seconds = Date().timeIntervalSince(started)
                    progress?(path, run.stats)
                }
                try run.finish()
                stats = run.stats
                return .commit
            }
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "INSERT INTO street_fts(street_fts) VALUES ('optimize')")
            }
        } catch {
            try? queue.close()
            // A new index that never got its first import goes: no empty index is left behind.
            if !existed { try? FileManager.default.removeItem(atPath: indexPath) }
            if let e = error as? GeocodeError { throw e }
            throw .index(path: indexPath, problem: .database(SQLiteText.cause(error)))
        }
        stats.seconds = Date().timeIntervalSince(started)
        return stats
    }

    /// The index is an output: never a folder, never one of the BAN files being read.
    func checkIndexPath(against inputs: [String]) throws(GeocodeError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: indexPath, isDirectory: &isDir), isDir.boolValue {
            throw .index(path: indexPath, problem: .folderGiven)
        }
        guard let index = FileIdentity.of(path: indexPath) else { return }
        for p in inputs where InputFile.identity(of: p) == index {
            throw .index(path: indexPath, problem: .isAnInput(p))
        }
    }
}

/// The state of one import: the streets and communes met so far, keyed in memory so each line
/// costs one insert.
private struct ImportRun {
    struct Street {
        var id: Int64
        var sumLon = 0.0, sumLat = 0.0
        var count = 0
    }
    struct Commune {
        var name: String
        var postcodes: [String] = []
        var sumLon = 0.0, sumLat = 0.0
        var count = 0
    }

    let db: Database
    let indexPath: String
    let batchSize: Int
    var stats = BANImporter.Stats()
    var streets: [String: Street] = [:]
    var communes: [String: Commune] = [:]

    init(db: Database, indexPath: String, batchSize: Int) {
        self.db = db
        self.indexPath = indexPath
        self.batchSize = batchSize
    }

    mutating func importFile(_ path: String) throws(GeocodeError) {
        let reader = try LineReader(path: path)
        var pending: [BANRecord] = []
        pending.reserveCapacity(batchSize)
        var headerSeen = false
        var firstLine = 0
        try reader.forEachLine { (line) throws(GeocodeError) -> Bool in
            if !headerSeen {
                headerSeen = true
                try BANRecord.checkHeader(CSVSplit.fields(line, separator: 0x3B), path: path)
                return true
            }
            if line.isEmpty { return true }
            if pending.isEmpty { firstLine = reader.lineNumber }
            pending.append(try BANRecord.parse(line, line: reader.lineNumber, path: path))
            stats.lines += 1
            if pending.count >= batchSize {
                try write(pending, path: path, firstLine: firstLine)
                pending.removeAll(keepingCapacity: true)
            }
            return true
        }
        guard headerSeen else { throw .banFile(path: path, line: 0, problem: .empty) }
        if !pending.isEmpty { try write(pending, path: path, firstLine: firstLine) }
    }

    /// A batch of lines (the whole import is one transaction; batches bound the memory of `pending`).
    mutating func write(_ records: [BANRecord], path: String, firstLine: Int) throws(GeocodeError) {
        do {
            let insertStreet = try db.cachedStatement(
                sql: "INSERT INTO streets(citycode, postcode, name, city) "
                    + "VALUES (?, ?, ?, ?)")
            let insertStreetTokens = try db.cachedStatement(sql: "INSERT INTO street_fts(rowid, tokens) VALUES (?, ?)")
            let insertNumber = try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO housenumbers(street, key, label, "
                    + "lon, lat) VALUES (?, ?, ?, ?, ?)")
            for r in records {
                if communes[r.citycode] == nil {
                    // First line of this commune in this run: what an earlier import held goes.
                    try Self.deleteCommune(r.citycode, db)
                    communes[r.citycode] = Commune(name: r.city)
                    stats.communes += 1
                }
                communes[r.citycode]?.add(r)
                let key = r.citycode + "\u{1}" + r.postcode + "\u{1}" + r.street
                var street: Street
                if let s = streets[key] {
                    street = s
                } else {
                    try insertStreet.execute(arguments: [r.citycode, r.postcode, r.street, r.city])
                    street = Street(id: db.lastInsertedRowID)
                    try insertStreetTokens.execute(arguments: [
                        street.id, BANIndexSchema.tokens(street: r.street, postcode: r.postcode, city: r.city),
                    ])
                    stats.streets += 1
                }
                street.sumLon += r.point.lon
                street.sumLat += r.point.lat
                street.count += 1
                streets[key] = street
                // BAN writes 99999 for named places without a number: they stay street-level.
                if let k = AddressText.houseNumberKey(number: r.numero, suffix: r.rep), r.numero != "99999" {
                    let label =
                        r.rep.isEmpty ? String(r.numero.drop { $0 == "0" }) : "\(r.numero.drop { $0 == "0" }) \(r.rep)"
                    try insertNumber.execute(arguments: [street.id, k, label, r.point.lon, r.point.lat])
                    stats.addresses += 1
                }
            }
        } catch {
            throw .index(
                path: indexPath,
                problem: .importWrite(file: path, firstLine: firstLine, cause: SQLiteText.cause(error)))
        }
    }

    static func deleteCommune(_ citycode: String, _ db: Database) throws {
        try db.execute(
            sql: "DELETE FROM housenumbers WHERE street IN (SELECT id FROM streets WHERE citycode = ?)",
            arguments: [citycode])
        try db.execute(
            sql: "DELETE FROM street_fts WHERE rowid IN (SELECT id FROM streets WHERE citycode = ?)",
            arguments: [citycode])
        try db.execute(sql: "DELETE FROM streets WHERE citycode = ?", arguments: [citycode])
        try db.execute(
            sql: "DELETE FROM municipality_fts WHERE rowid IN (SELECT id FROM municipalities WHERE citycode = ?)",
            arguments: [citycode])
        try db.execute(sql: "DELETE FROM municipalities WHERE citycode = ?", arguments: [citycode])
    }

    /// Mean positions of streets and communes, then the index is marked complete.
    func finish() throws(GeocodeError) {
        do {
            let update = try db.cachedStatement(sql: "UPDATE streets SET lon = ?, lat = ?, addresses = ? WHERE id = ?")
            for s in streets.values where s.count > 0 {
                try update.execute(arguments: [s.sumLon / Double(s.count), s.sumLat / Double(s.count), s.count, s.id])
            }
            let insert = try db.cachedStatement(
                sql: "INSERT INTO municipalities(citycode, name, postcodes, lon, "
                    + "lat, addresses) VALUES (?, ?, ?, ?, ?, ?)")
            let tokens = try db.cachedStatement(sql: "INSERT INTO municipality_fts(rowid, tokens) VALUES (?, ?)")
            for (code, c) in communes.sorted(by: { $0.key < $1.key }) where c.count > 0 {
                try insert.execute(arguments: [
                    code, c.name, c.postcodes.joined(separator: "|"),
                    c.sumLon / Double(c.count), c.sumLat / Double(c.count), c.count,
                ])
                try tokens.execute(arguments: [
                    db.lastInsertedRowID, BANIndexSchema.tokens(municipality: c.name, postcodes: c.postcodes),
                ])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('state', 'complete')")
            try db.execute(
                sql: "INSERT OR REPLACE INTO meta(key, value) VALUES ('imported_at', "
                    + "?)", arguments: [ISO8601DateFormatter().string(from: Date())])
        } catch {
            throw .index(path: indexPath, problem: .database(SQLiteText.cause(error)))
        }
    }
}

extension ImportRun.Commune {
    fileprivate mutating func add(_ r: BANRecord) {
        sumLon += r.point.lon
        sumLat += r.point.lat
        count += 1
        if !r.postcode.isEmpty, !postcodes.contains(r.postcode) { postcodes.append(r.postcode) }
    }
}
