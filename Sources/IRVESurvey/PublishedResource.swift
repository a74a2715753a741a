import IRVEFindings
import IRVEPublish

/// One resource as the udata API describes it, with its dataset and its owner: what a survey
/// knows before downloading anything.
public struct PublishedResource: Sendable, Equatable {
    public struct Owner: Sendable, Equatable {
        public var id: String
        public var name: String
        public var page: String?
    }

    public var datasetID: String
    public var datasetTitle: String
    public var datasetPage: String?
    /// The organisation, or nil for a personal account's dataset (then `owner` is the person).
    public var organization: Owner?
    public var owner: Owner?
    public var resourceID: String
    public var resourceTitle: String
    public var url: String
    public var format: String
    /// The schema the resource declares (`etalab/schema-irve-statique`, `2.3.1`), nil when none.
    public var declaredSchema: String?
    public var declaredVersion: String?
    /// udata's checksum of the file (`sha1:…`) when it has one: part of the cache key.
    public var checksum: String?
    /// The resource's last modification, ISO 8601 as udata gives it.
    public var lastModified: String?
    /// The dataset's zones (`fr:commune:76165`).
    public var zones: [String]
    /// udata's own quality score of the dataset, out of 9, when the API gives it.
    public var udataQuality: Int?
    /// irve's prediction of that score from the record (used when udata gives none).
    public var predictedQuality: Int
    public var qualityMaximum: Int

    public var isPersonal: Bool { organization == nil }

    /// The resource on data.gouv.fr: its dataset's page, opened at the resource.
    public var resourcePage: String? { datasetPage.map { $0 + "#/resources/" + resourceID } }
}

/// Reads the API's dataset objects (`GET /datasets/…`, API v1).
enum DatasetJSON {
    /// The resources of `dataset` a survey of `schema` looks at: those declaring it, and the data
    /// files (CSV, XLSX) declaring no schema, which may be IRVE files published without one.
    /// `site`: data.gouv.fr's address, for the link of a dataset whose `page` the API leaves out.
    static func resources(of dataset: JSONValue, schema: String, site: String? = nil) -> [PublishedResource] {
        let page =
            dataset["page"]?.string
            ?? site.flatMap { s in dataset["slug"]?.string.map { s + "/datasets/" + $0 + "/" } }
        let organization = dataset["organization"].flatMap { owner($0, name: $0["name"]?.string) }
        let person = dataset["owner"].flatMap { o in
            owner(o, name: [o["first_name"]?.string, o["last_name"]?.string].compactMap { $0 }.joined(separator: " "))
        }
        let zones = dataset["spatial"]?["zones"]?.array?.compactMap(\.string) ?? []
        let prediction = QualityPrediction.predict(published: dataset)
        let udataScore = dataset["quality"]?["score"].flatMap(number).map { Int(($0 * 9).rounded()) }
        var out: [PublishedResource] = []
        for r in dataset["resources"]?.array ?? [] {
            let declared = r["schema"]?["name"]?.string.flatMap { $0.isEmpty ? nil : $0 }
            let format = (r["format"]?.string ?? "").lowercased()
            guard let url = r["url"]?.string, !url.isEmpty else { continue }
            if let declared, declared != schema { continue }
            if declared == nil, !["csv", "xlsx"].contains(format) { continue }
            let checksum = r["checksum"].flatMap { c -> String? in
                guard let value = c["value"]?.string, !value.isEmpty else { return nil }
                return (c["type"]?.string ?? "") + ":" + value
            }
            out.append(
                PublishedResource(
                    datasetID: dataset["id"]?.string ?? "", datasetTitle: dataset["title"]?.string ?? "",
                    datasetPage: page, organization: organization,
                    owner: organization == nil ? person : nil, resourceID: r["id"]?.string ?? "",
                    resourceTitle: r["title"]?.string ?? "", url: url, format: format, declaredSchema: declared,
                    declaredVersion: r["schema"]?["version"]?.string.flatMap { $0.isEmpty ? nil : $0 },
                    checksum: checksum, lastModified: r["last_modified"]?.string, zones: zones,
                    udataQuality: udataScore, predictedQuality: prediction.score, qualityMaximum: prediction.maximum))
        }
        return out
    }

    static func owner(_ o: JSONValue, name: String?) -> PublishedResource.Owner? {
        guard case .object = o, let id = o["id"]?.string else { return nil }
        return PublishedResource.Owner(id: id, name: name ?? id, page: o["page"]?.string)
    }

    static func number(_ v: JSONValue) -> Double? {
        if case .number(let n) = v, n.isFinite, n >= 0, n <= 1 { return n }
        return nil
    }
}
