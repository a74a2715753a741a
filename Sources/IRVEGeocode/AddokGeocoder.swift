import Foundation
import IRVEFindings
import IRVEGeo
import IRVEHTTP

/// The BAN/addok HTTP API (`/search`, `/search/csv`, `/reverse`) through libcurl, with a cache.
///
/// The public national service is `https://data.geopf.fr/geocodage` (IGN Géoplateforme, formerly
/// api-adresse.data.gouv.fr; 50 requests/s per IP); a local `addok serve` answers the same way.
/// Many queries go in `/search/csv` batches of `batchRows`; a single one, or a batch the server
/// refuses, goes through `/search`. Requests are retried with back-off (`RetryPolicy.standard`,
/// which waits as HTTP 429's Retry-After asks).
public struct AddokGeocoder: Geocoder {
    public let baseURL: String
    public let cache: GeocodeCache?
    public var timeout: Double = 30
    public var batchTimeout: Double = 120
    public var connectTimeout: Double = 5
    /// From this many uncached queries on, the batch endpoint is used.
    public var batchThreshold = 3
    public var batchRows = 1000
    public var retry: RetryPolicy = .standard
    private let client: HTTPClient
    private let state = State()

    /// Requests sent so far (tests check that cached answers cost none).
    public var requestCount: Int { state.requests }

    public var source: GeocoderSource { .server(url: baseURL) }

    /// - Parameters:
    ///   - baseURL: the API root, e.g. `https://data.geopf.fr/geocodage` or `http://127.0.0.1:7878`.
    ///   - cachePath: SQLite file for the answers; nil = no cache.
    public init(baseURL: String, cachePath: String?, client: HTTPClient = HTTPClient()) throws(GeocodeError) {
        var base = baseURL.trimmingCharacters(in: .whitespaces)
        while base.hasSuffix("/") { base.removeLast() }
        // "…/search" given instead of the root is a common slip: accepted.
        if base.hasSuffix("/search") { base.removeLast("/search".count) }
        let lower = base.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), base.count > 8 else {
            throw .badResponse(baseURL: baseURL, problem: .notHTTP)
        }
        self.baseURL = base
        self.client = client
        cache = try cachePath.map { (p) throws(GeocodeError) in try GeocodeCache(path: p) }
    }

    public func geocode(_ queries: [GeocodeQuery]) throws(GeocodeError) -> [GeocodeHit?] {
        let keys = queries.map { GeocodeCache.Key(base: baseURL, $0) }
        var answers: [GeocodeCache.Key: GeocodeHit?] = try cache?.lookup(Array(Set(keys))) ?? [:]
        // One request per distinct uncached key, in first-seen order.
        var missing: [(GeocodeCache.Key, GeocodeQuery)] = []
        var seen = Set<GeocodeCache.Key>()
        for (k, q) in zip(keys, queries) where answers[k] == nil && seen.insert(k).inserted { missing.append((k, q)) }

        var fetched: [(GeocodeCache.Key, GeocodeHit?)] = []
        defer {
            // What was fetched stays fetched, even when a later request fails.
            try? cache?.store(fetched)
        }
        if missing.count >= batchThreshold {
            var start = 0
            while start < missing.count {
                let chunk = Array(missing[start..<min(missing.count, start + batchRows)])
                let hits = try searchBatch(chunk.map(\.1))
                for (i, (k, _)) in chunk.enumerated() {
                    fetched.append((k, hits[i]))
                    answers[k] = hits[i]
                }
                start += chunk.count
            }
        } else {
            for (k, q) in missing {
                let hit = try search(q)
                fetched.append((k, hit))
                answers[k] = hit
            }
        }
        return keys.map { answers[$0] ?? nil }
    }

    public func reverse(_ point: GeoPoint) throws(GeocodeError) -> GeocodeHit? {
        let url =
            baseURL + "/reverse?" + Self.form([("lon", String(point.lon)), ("lat", String(point.lat)), ("limit", "1")])
        let response = try send(HTTPRequest(url: url, timeout: timeout, connectTimeout: connectTimeout))
        guard let hits = AddokResponse.features(response.body) else {
            throw .badResponse(baseURL: baseURL, problem: .unreadableJSON)
        }
        return hits.first
    }

    // MARK: - Single queries

    /// `/search` with the filters. Paris/Lyon/Marseille parent codes are not known to BAN (its
    /// addresses carry the arrondissement's), so for them the filter is applied to the answers.
    func search(_ q: GeocodeQuery) throws(GeocodeError) -> GeocodeHit? {
        let text = q.address.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count >= 3 else { return nil }  // addok refuses shorter queries
        var params = [("q", String(text.prefix(200))), ("autocomplete", "0")]
        let code = q.citycode?.trimmingCharacters(in: .whitespaces) ?? ""
        let plm = CityCodes.arrondissements(of: code) != nil
        params.append(("limit", plm ? "10" : "1"))
        if !code.isEmpty, !plm { params.append(("citycode", code)) }
        if let p = q.postcode?.trimmingCharacters(in: .whitespaces), !p.isEmpty { params.append(("postcode", p)) }
        let response = try send(
            HTTPRequest(url: baseURL + "/search?" + Self.form(params), timeout: timeout, connectTimeout: connectTimeout)
        )
        guard let hits = AddokResponse.features(response.body) else {
            throw .badResponse(baseURL: baseURL, problem: .unreadableJSON)
        }
        return hits.first { Self.satisfies($0, q) }
    }

    static func satisfies(_ hit: GeocodeHit, _ q: GeocodeQuery) -> Bool {
        if let c = q.citycode?.trimmingCharacters(in: .whitespaces), !c.isEmpty,
            !CityCodes.matches(hit.citycode, filter: c)
        {
            return false
        }
        if let p = q.postcode?.trimmingCharacters(in: .whitespaces), !p.isEmpty, hit.postcode != p { return false }
        return true
    }

    // MARK: - Batches

    /// `/search/csv`: one row per query, our `irve_id` to put answers back in order.
    ///
    /// The filter columns (`citycode=`, `postcode=`) are sent when the server accepts them; addok
    /// 1.3.2 with addok-csv 1.1.0 answers HTTP 500 to them (addok-csv expects one value per filter,
    /// addok now passes lists). Then the batch is sent without filters, and the rows whose answer
    /// falls outside their commune are asked again, one by one, through `/search` with the filter.
    func searchBatch(_ queries: [GeocodeQuery]) throws(GeocodeError) -> [GeocodeHit?] {
        let hasFilters = queries.contains {
            ($0.citycode ?? "").isEmpty == false || ($0.postcode ?? "").isEmpty == false
        }
        var useFilters = hasFilters && !state.csvFiltersRefused
        var response = try postBatch(queries, filters: useFilters)
        if !response.isSuccess, useFilters, response.status >= 400, response.status != 429 {
            state.csvFiltersRefused = true
            useFilters = false
            response = try postBatch(queries, filters: false)
        }
        if !response.isSuccess {
            // A server without the CSV plug-in (404/405) still answers single queries.
            guard response.status != 429 else { throw .rateLimited(baseURL: baseURL) }
            var out: [GeocodeHit?] = []
            for q in queries { out.append(try search(q)) }
            return out
        }
        guard let rows = AddokResponse.csvRows(response.body) else {
            throw .badResponse(baseURL: baseURL, problem: .unreadableCSV)
        }
        var out: [GeocodeHit?] = []
        for (i, q) in queries.enumerated() {
            let hit = rows[i] ?? nil
            if let hit, !Self.satisfies(hit, q) {
                out.append(try search(q))  // the best answer was in another commune: ask within it
            } else if hit == nil, !useFilters, Self.hasPLMFilter(q) {
                out.append(try search(q))
            } else {
                out.append(hit)
            }
        }
        return out
    }

    static func hasPLMFilter(_ q: GeocodeQuery) -> Bool {
        CityCodes.arrondissements(of: q.citycode ?? "") != nil
    }

    func postBatch(_ queries: [GeocodeQuery], filters: Bool) throws(GeocodeError) -> HTTPResponse {
        var csv = CSVDocument.line(["irve_id", "q", "citycode", "postcode"])
        for (i, q) in queries.enumerated() {
            // PLM parent codes would filter everything out: left empty, checked on the answer.
            let code = q.citycode.map { CityCodes.arrondissements(of: $0) == nil ? $0 : "" } ?? ""
            csv += CSVDocument.line([
                String(i), q.address.replacingOccurrences(of: "\n", with: " "), code, q.postcode ?? "",
            ])
        }
        var parts = [
            MultipartPart(
                name: "data", filename: "adresses.csv", contentType: "text/csv", data: .bytes(Array(csv.utf8))),
            MultipartPart(name: "columns", data: .bytes(Array("q".utf8))),
        ]
        if filters {
            if queries.contains(where: { ($0.citycode ?? "").isEmpty == false }) {
                parts.append(MultipartPart(name: "citycode", data: .bytes(Array("citycode".utf8))))
            }
            if queries.contains(where: { ($0.postcode ?? "").isEmpty == false }) {
                parts.append(MultipartPart(name: "postcode", data: .bytes(Array("postcode".utf8))))
            }
        }
        return try send(
            HTTPRequest(
                method: "POST", url: baseURL + "/search/csv", body: .multipart(parts),
                timeout: batchTimeout, connectTimeout: connectTimeout), acceptErrors: true)
    }

    // MARK: - Transport

    /// Sends with retries; maps transport failures to the user's message. With `acceptErrors`,
    /// 4xx/5xx responses are returned for the caller to decide (batch fallback).
    func send(_ request: HTTPRequest, acceptErrors: Bool = false) throws(GeocodeError) -> HTTPResponse {
        state.requests += 1
        let response: HTTPResponse
        do {
            response = try client.send(request, retry: retry)
        } catch {
            if case .responseTooLarge(_, let limit) = error {
                throw .badResponse(baseURL: baseURL, problem: .tooLarge(limit: limit))
            }
            throw .unreachable(baseURL: baseURL, cause: error)
        }
        if response.status == 429 { throw .rateLimited(baseURL: baseURL) }
        if !response.isSuccess && !acceptErrors {
            throw .badResponse(baseURL: baseURL, problem: .status(response.status))
        }
        return response
    }

    /// application/x-www-form-urlencoded, as query strings want it.
    static func form(_ params: [(String, String)]) -> String {
        // ASCII only: CharacterSet.alphanumerics would let "é" through unencoded.
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return params.map { k, v in
            let ev = v.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
            return "\(k)=\(ev)"
        }.joined(separator: "&")
    }

    /// Counters and what the server was found to refuse, shared by copies of the geocoder.
    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var _requests = 0
        private var _csvFiltersRefused = false
        var requests: Int {
            get { lock.withLock { _requests } }
            set { lock.withLock { _requests = newValue } }
        }
        var csvFiltersRefused: Bool {
            get { lock.withLock { _csvFiltersRefused } }
            set { lock.withLock { _csvFiltersRefused = newValue } }
        }
    }
}
