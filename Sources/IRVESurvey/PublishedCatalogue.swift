import Foundation
import IRVEFindings
import IRVEHTTP
import IRVEPublish

/// Finds the resources a selection names through the udata API (v1), with `publish`'s client:
/// same errors, same retries and back-off; its HTTP client carries the survey's rate limiter.
public struct PublishedCatalogue: Sendable {
    let client: UdataClient
    /// Datasets per page asked for, and pages followed at most (100 × 100 datasets: the whole
    /// country's IRVE statique datasets fit well within it).
    static let pageSize = 100
    static let maxPages = 100

    public init(client: UdataClient) { self.client = client }

    /// The resources, datasets in the order of `--dataset` then of the listings, each dataset once.
    public func resources(_ selection: SurveySelection) throws(SurveyError) -> [PublishedResource] {
        do { return try found(selection) } catch let e as SurveyError { throw e } catch let e as PublishError {
            throw .api(api: client.base, e)
        } catch {
            throw .api(api: client.base, .unexpected(step: .searchDataset, status: 0, missing: .datasetID))
        }
    }

    func found(_ selection: SurveySelection) throws -> [PublishedResource] {
        var seen: Set<String> = []
        var datasets: [JSONValue] = []
        func add(_ d: JSONValue) {
            guard let id = d["id"]?.string, seen.insert(id).inserted else { return }
            datasets.append(d)
        }
        for key in selection.datasets {
            let path = "/datasets/" + Self.escape(SurveySelection.datasetKey(key)) + "/"
            let answer: JSONValue
            do {
                answer = try client.perform(
                    PlannedRequest(step: .readDataset, method: "GET", path: path, idempotent: true))
            } catch {
                throw Self.missing(error) ? SurveyError.datasetNotFound(key) : error
            }
            add(answer)
        }
        if selection.datasets.isEmpty || !selection.organizations.isEmpty || !selection.zones.isEmpty {
            for d in try listed(selection) { add(d) }
        }
        let site = client.base.hasSuffix("/api/1") ? String(client.base.dropLast("/api/1".count)) : nil
        return datasets.flatMap { DatasetJSON.resources(of: $0, schema: selection.schema, site: site) }
    }

    /// The datasets of the listings: per organisation (all when none) and per zone, those with a
    /// resource of the schema and those tagged `irve` (published without a schema).
    func listed(_ selection: SurveySelection) throws -> [JSONValue] {
        var organizations: [String?] = []
        for o in selection.organizations { organizations.append(try organizationID(o)) }
        if organizations.isEmpty { organizations = [nil] }
        let zones: [String?] = selection.zones.isEmpty ? [nil] : selection.zones
        // Without organisation nor zone the tag would bring the whole country's unrelated files.
        let tags: [String?] = selection.organizations.isEmpty && selection.zones.isEmpty ? [nil] : [nil, "irve"]
        var out: [JSONValue] = []
        for org in organizations {
            for zone in zones {
                for tag in tags {
                    var query: [(String, String)] = tag.map { [("tag", $0)] } ?? [("schema", selection.schema)]
                    if let org { query.append(("organization", org)) }
                    // The API matches a zone exactly: a département's communes are matched here.
                    if let zone, SurveySelection.departement(zone) == nil { query.append(("geozone", zone)) }
                    let found = try pages(query)
                    out += found.filter { d in
                        guard let zone else { return true }
                        return SurveySelection.covers(d["spatial"]?["zones"]?.array?.compactMap(\.string) ?? [], zone)
                    }
                }
            }
        }
        return out
    }

    /// Every page of `GET /datasets/?…`.
    func pages(_ query: [(String, String)]) throws(PublishError) -> [JSONValue] {
        var out: [JSONValue] = []
        for page in 1...Self.maxPages {
            let q = query + [("page", String(page)), ("page_size", String(Self.pageSize))]
            let path = "/datasets/?" + q.map { Self.escape($0.0) + "=" + Self.escape($0.1) }.joined(separator: "&")
            let answer = try client.perform(
                PlannedRequest(step: .searchDataset, method: "GET", path: path, idempotent: true))
            let data = answer["data"]?.array ?? []
            out += data
            let total = answer["total"]?.int ?? 0
            if data.count < Self.pageSize || page * Self.pageSize >= total { break }
        }
        return out
    }

    /// An organisation's id: given as is when it looks like one, else read from its slug.
    func organizationID(_ value: String) throws -> String {
        if value.count == 24, value.allSatisfy(\.isHexDigit) { return value }
        let answer: JSONValue
        do {
            answer = try client.perform(
                PlannedRequest(
                    step: .searchDataset, method: "GET", path: "/organizations/" + Self.escape(value) + "/",
                    idempotent: true))
        } catch {
            throw Self.missing(error) ? SurveyError.organizationNotFound(value) : error
        }
        guard let id = answer["id"]?.string else {
            throw PublishError.unexpected(step: .searchDataset, status: 200, missing: .datasetID)
        }
        return id
    }

    /// udata's answer for an id or slug it does not know (or no longer has).
    static func missing(_ e: PublishError) -> Bool {
        switch e {
        case .notFound, .datasetDeleted: true
        default: false
        }
    }

    /// A query or path component, percent-encoded (a slug or zone id may hold `:` or spaces).
    static func escape(_ s: String) -> String {
        let allowed = CharacterSet(
            charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~:")
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}
