import GRDB
import IRVEFindings
import IRVEGeo

/// Answers address queries from the local index built by `irve geo import-ban`, offline.
///
/// Scoring, on addok's scale so the two back-ends can be swapped:
/// - candidates: streets (and communes) whose folded tokens match any significant word of the query
///   (FTS5, best bm25 first), within the citycode/postcode filters;
/// - each candidate's house number is looked up; when found the hit is a `housenumber` at the number's
///   own position, otherwise a `street` at the mean position of the street's numbers;
/// - score = (best bigram similarity between the query and the candidate's label variants
///   + 0.1 × importance) / 1.1, which is what addok computes with the BAN configuration
///   (score_by_ngram_distance + score_by_importance). A found number is part of the label, so it
///   raises the similarity; a missing one lowers it, as with addok.
/// One difference: abbreviations (av, bd, st…) are expanded on both sides here, so "12 av Foch"
/// scores a little higher than with addok, which compares the raw query.
public struct BANIndexGeocoder: Geocoder {
    public let path: String
    private let queue: DatabaseQueue
    /// How many FTS candidates are rescored (the true street is nearly always in the first few).
    static let candidates = 30

    public var source: GeocoderSource { .localIndex(path: path) }

    public init(path: String) throws(GeocodeError) {
        self.path = path
        queue = try BANIndexSchema.openForReading(path: path)
    }

    public func geocode(_ queries: [GeocodeQuery]) throws(GeocodeError) -> [GeocodeHit?] {
        do {
            return try queue.read { db in try queries.map { try Self.best($0, db) } }
        } catch let e as GeocodeError {
            throw e
        } catch {
            throw .index(path: path, problem: .database(SQLiteText.cause(error)))
        }
    }

    static let stopwords: Set<String> = [
        "de", "du", "des", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur", "sous", "lieu", "dit",
    ]

    /// The best-scored candidate for `q`: streets (with the house number when the index has it),
    /// then communes; the first of equal scores wins.
    static func best(_ q: GeocodeQuery, _ db: Database) throws -> GeocodeHit? {
        let parsed = ParsedAddress(q.address)
        // Scored against the whole query, as addok does: a place name before the address
        // ("Parking de la gare, 12 rue …") lowers the score on both back-ends alike.
        let query = ParsedAddress.removeLeadingZeros(AddressText.tokens(q.address)).joined(separator: " ")
        guard !parsed.text.isEmpty, let terms = try searchTerms(parsed, q, db) else { return nil }
        // Each term quoted: FTS5 syntax characters in user text are then plain text.
        let match = Set(terms).sorted().map { "\"\($0)\"" }.joined(separator: " OR ")
        let (filters, filterArgs) = Self.filters(q)
        let args: [any DatabaseValueConvertible] = [match] + filterArgs
        var best: GeocodeHit? = nil
        let hits =
            try streetHits(parsed, query: query, filters: filters, args, db)
            + communeHits(parsed, q, query: query, filters: filters, args, db)
        for hit in hits where hit.score > (best?.score ?? -1) { best = hit }
        return best
    }

    /// 1. The words searched for: the significant words of the address and its postcode, less the
    /// commune's own name and postcodes when a commune filter does their job. Nil: nothing to search.
    static func searchTerms(_ parsed: ParsedAddress, _ q: GeocodeQuery, _ db: Database) throws -> [String]? {
        var significant = parsed.words.filter { !stopwords.contains($0) && !AddressText.streetTypes.contains($0) }
        if significant.isEmpty { significant = parsed.words.filter { !stopwords.contains($0) } }
        var terms = significant
        if let p = parsed.postcode { terms.append(p) }
        guard !terms.isEmpty else { return nil }
        // With a commune filter, the commune's own name and postcodes match every street of it: they
        // only slow the full-text search down (bm25 over thousands of rows), the filter does their job.
        if let code = q.citycode?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            let names = try Row.fetchAll(
                db, sql: "SELECT name, postcodes FROM municipalities WHERE citycode = ? OR citycode BETWEEN ? AND ?",
                arguments: [
                    code, CityCodes.arrondissements(of: code).map { String($0.lowerBound) } ?? code,
                    CityCodes.arrondissements(of: code).map { String($0.upperBound) } ?? code,
                ])
            var redundant = Set<String>()
            for row in names {
                redundant.formUnion(AddressText.tokens(row["name"]))
                redundant.formUnion((row["postcodes"] as String).split(separator: "|").map(String.init))
            }
            let street = terms.filter { !redundant.contains($0) }
            if !street.isEmpty { terms = street }
        }
        return terms
    }

    /// 2. The citycode and postcode filters, as SQL on the streets (`s.`) and their arguments.
    static func filters(_ q: GeocodeQuery) -> (sql: String, args: [any DatabaseValueConvertible]) {
        var filters = ""
        var args: [any DatabaseValueConvertible] = []
        if let code = q.citycode?.trimmingCharacters(in: .whitespaces), !code.isEmpty {
            if let arr = CityCodes.arrondissements(of: code) {
                filters += " AND (s.citycode = ? OR s.citycode BETWEEN ? AND ?)"
                args += [code, String(arr.lowerBound), String(arr.upperBound)]
            } else {
                filters += " AND s.citycode = ?"
                args.append(code)
            }
        }
        if let postcode = q.postcode?.trimmingCharacters(in: .whitespaces), !postcode.isEmpty {
            filters += " AND s.postcode = ?"
            args.append(postcode)
        }
        return (filters, args)
    }

    /// 3. The streets matching, best bm25 first, each at its house number when the index has it.
    static func streetHits(
        _ parsed: ParsedAddress, query: String, filters: String, _ args: [any DatabaseValueConvertible],
        _ db: Database
    ) throws -> [GeocodeHit] {
        let streetRows = try Row.fetchAll(
            db,
            sql: """
                SELECT s.id, s.citycode, s.postcode, s.name, s.city, s.lon, s.lat, COALESCE(m.addresses, s.addresses) AS size
                FROM street_fts JOIN streets s ON s.id = street_fts.rowid LEFT JOIN municipalities m ON m.citycode = s.citycode
                WHERE street_fts MATCH ?\(filters) ORDER BY bm25(street_fts) LIMIT \(candidates)
                """, arguments: StatementArguments(args))
        let numberLookup = try db.cachedStatement(
            sql: "SELECT label, lon, lat FROM housenumbers WHERE street = ? AND key = ?")
        var hits: [GeocodeHit] = []
        for row in streetRows {
            let id: Int64 = row["id"]
            let name: String = row["name"]
            let postcode: String = row["postcode"]
            let city: String = row["city"]
            let importance = BANIndexSchema.importance(communeAddresses: row["size"])
            var point = GeoPoint(lon: row["lon"], lat: row["lat"])
            var type = GeocodeHit.Kind.street
            var numberLabel: String? = nil
            if let key = parsed.houseNumber, let n = try Row.fetchOne(numberLookup, arguments: [id, key]) {
                numberLabel = n["label"]
                point = GeoPoint(lon: n["lon"], lat: n["lat"])
                type = .housenumber
            }
            let similarity = Similarity.bestLabelSimilarity(
                query: query, name: name, postcode: postcode, city: city, houseNumber: numberLabel)
            let label = [numberLabel, name, postcode, city].compactMap { $0 }.filter { !$0.isEmpty }.joined(
                separator: " ")
            hits.append(
                GeocodeHit(
                    point: point, score: Similarity.addokScore(labelSimilarity: similarity, importance: importance),
                    label: label, type: type, citycode: row["citycode"], postcode: postcode, city: city))
        }
        return hits
    }

    /// 4. Communes too: an address that is only "76000 Rouen", or a street the index does not know.
    static func communeHits(
        _ parsed: ParsedAddress, _ q: GeocodeQuery, query: String, filters: String,
        _ args: [any DatabaseValueConvertible], _ db: Database
    ) throws -> [GeocodeHit] {
        let communeFilters = filters.replacingOccurrences(of: "s.citycode", with: "m.citycode")
            .replacingOccurrences(
                of: " AND s.postcode = ?", with: " AND ('|' || m.postcodes || '|') LIKE '%|' || ? || '|%'")
        let communeRows = try Row.fetchAll(
            db,
            sql: """
                SELECT m.citycode, m.name, m.postcodes, m.lon, m.lat, m.addresses
                FROM municipality_fts JOIN municipalities m ON m.id = municipality_fts.rowid
                WHERE municipality_fts MATCH ?\(communeFilters) ORDER BY bm25(municipality_fts) LIMIT 5
                """, arguments: StatementArguments(args))
        return communeRows.map { row in
            let name: String = row["name"]
            let postcodes = (row["postcodes"] as String).split(separator: "|").map(String.init)
            let postcode =
                parsed.postcode.flatMap { postcodes.contains($0) ? $0 : nil } ?? q.postcode ?? postcodes.first ?? ""
            let similarity = Similarity.bestLabelSimilarity(
                query: query, name: name, postcode: postcode, city: name, houseNumber: nil, municipality: true)
            let importance = BANIndexSchema.importance(communeAddresses: row["addresses"])
            return GeocodeHit(
                point: GeoPoint(lon: row["lon"], lat: row["lat"]),
                score: Similarity.addokScore(labelSimilarity: similarity, importance: importance),
                label: name, type: .municipality, citycode: row["citycode"], postcode: postcode, city: name)
        }
    }
}
