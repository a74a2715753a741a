import Foundation
import IRVEFindings
import IRVEWording

/// One request of a publication, as data: what `--send` performs and what the dry run writes.
public struct PlannedRequest: Sendable, Equatable {
    /// The step, named in errors and in the dry-run files.
    public var step: PublishStep
    public var method: String
    /// Relative to the API base (`/datasets/{dataset}/`); `{dataset}` and `{rid}` are placeholders
    /// the dry run keeps when the ids are not known yet.
    public var path: String
    public var body: JSONValue?
    public var multipart: [MultipartPlan]?
    /// Safe to repeat (GET, PUT, replacing a file): retried with back-off; a creating POST is not.
    public var idempotent: Bool

    public struct MultipartPlan: Sendable, Equatable {
        public var name: String
        public var filename: String
        public var contentType: String
        public var path: String
        public var size: Int
    }

    public init(
        step: PublishStep, method: String, path: String, body: JSONValue? = nil, multipart: [MultipartPlan]? = nil,
        idempotent: Bool
    ) {
        self.step = step
        self.method = method
        self.path = path
        self.body = body
        self.multipart = multipart
        self.idempotent = idempotent
    }

    /// The step's label, for people.
    public func label(_ lang: Language) -> String { Wording.label(step, lang) }

    /// The dry-run file: everything about the request except the key, which is shown masked. French
    /// in both languages, like the record it prepares: it is the request data.gouv.fr (a French
    /// site) would receive, for the commune's records.
    public func document(base: String) -> JSONValue {
        var headers: [(key: String, value: JSONValue)] = [
            ("Accept", "application/json"), ("X-API-KEY", "<clé d'API masquée>"),
        ]
        if body != nil { headers.append(("Content-Type", "application/json")) }
        if multipart != nil { headers.append(("Content-Type", "multipart/form-data")) }
        var p: [(key: String, value: JSONValue)] = [
            ("step", .string(Wording.label(step, .fr))), ("method", .string(method)), ("path", .string(path)),
            ("url", .string(base + path)),
            ("headers", .object(headers)), ("retried", .bool(idempotent)),
        ]
        if let body { p.append(("body", body)) }
        if let multipart {
            p.append(
                (
                    "multipart",
                    .array(
                        multipart.map {
                            .object([
                                ("name", .string($0.name)), ("filename", .string($0.filename)),
                                ("contentType", .string($0.contentType)),
                                ("source", .string($0.path)), ("size", .number(Double($0.size))),
                            ])
                        })
                ))
        }
        return .object(p)
    }
}

/// The requests of a publication, in order (../shared/docs/datagouv-api.md §3).
public enum PublicationPlan {
    public static let schemaQuery = "schema=etalab/schema-irve-statique"

    public static func me() -> PlannedRequest {
        PlannedRequest(step: .checkKey, method: "GET", path: "/me/", idempotent: true)
    }

    public static func searchDatasets(organization: String) -> PlannedRequest {
        PlannedRequest(
            step: .searchDataset, method: "GET",
            path: "/datasets/?organization=\(organization)&\(schemaQuery)&page_size=50", idempotent: true)
    }

    public static func searchDatasetsByTag(organization: String) -> PlannedRequest {
        PlannedRequest(
            step: .searchDatasetByTag, method: "GET",
            path: "/datasets/?organization=\(organization)&tag=irve&page_size=50", idempotent: true)
    }

    public static func getDataset(_ id: String) -> PlannedRequest {
        PlannedRequest(step: .readDataset, method: "GET", path: "/datasets/\(id)/", idempotent: true)
    }

    public static func createDataset(_ m: DatasetMetadata, organizationID: String?) -> PlannedRequest {
        PlannedRequest(
            step: .createDataset, method: "POST", path: "/datasets/",
            body: m.datasetPayload(organizationID: organizationID, contactPointIDs: nil, isPrivate: true),
            idempotent: false)
    }

    public static func upload(dataset: String, file: String, name: String) -> PlannedRequest {
        PlannedRequest(
            step: .uploadFile, method: "POST", path: "/datasets/\(dataset)/upload/",
            multipart: [filePart(file, name: name)], idempotent: false)
    }

    public static func replaceFile(dataset: String, resource: String, file: String, name: String) -> PlannedRequest {
        PlannedRequest(
            step: .replaceFile, method: "POST",
            path: "/datasets/\(dataset)/resources/\(resource)/upload/",
            multipart: [filePart(file, name: name)], idempotent: true)
    }

    public static func putResource(dataset: String, resource: String, _ r: ResourceMetadata) -> PlannedRequest {
        PlannedRequest(
            step: .describeResource, method: "PUT",
            path: "/datasets/\(dataset)/resources/\(resource)/", body: r.payload, idempotent: true)
    }

    public static func createContact(_ c: ContactPoint, organizationID: String?) -> PlannedRequest {
        PlannedRequest(
            step: .createContact, method: "POST", path: "/contacts/",
            body: c.payload(organizationID: organizationID), idempotent: false)
    }

    public static func putDataset(_ id: String, body: JSONValue) -> PlannedRequest {
        PlannedRequest(
            step: .writeRecord, method: "PUT", path: "/datasets/\(id)/", body: body,
            idempotent: true)
    }

    static func filePart(_ path: String, name: String) -> PlannedRequest.MultipartPlan {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        return .init(name: "file", filename: name, contentType: "text/csv", path: path, size: size)
    }

    /// Read-merge-write (§3.6): the PUT replaces tags and temporal coverage, so everything the
    /// dataset already has and irve does not manage (acronym, extras, contact points, tags added on
    /// the website) is sent back as it is, and irve's fields replace theirs.
    public static func merged(current: JSONValue?, _ m: DatasetMetadata, contactPointIDs: [String]?) -> JSONValue {
        var body = m.datasetPayload(organizationID: nil, contactPointIDs: nil, isPrivate: false)
        guard let current else {
            if let contactPointIDs {
                body = body.setting("contact_points", .array(contactPointIDs.map(JSONValue.string)))
            }
            return body
        }
        var tags = m.tags
        for t in current["tags"]?.array?.compactMap(\.string) ?? [] where !tags.contains(t) { tags.append(t) }
        body = body.setting("tags", .array(tags.map(JSONValue.string)))
        if let acronym = current["acronym"]?.string { body = body.setting("acronym", .string(acronym)) }
        if let extras = current["extras"], case .object(let pairs) = extras, !pairs.isEmpty {
            body = body.setting("extras", extras)
        }
        var contacts = (current["contact_points"]?.array ?? []).compactMap { $0["id"]?.string ?? $0.string }
        for id in contactPointIDs ?? [] where !contacts.contains(id) { contacts.append(id) }
        if !contacts.isEmpty { body = body.setting("contact_points", .array(contacts.map(JSONValue.string))) }
        // private last, explicitly: the guide warns an omitted `private` may publish or hide.
        if case .object(let pairs) = body {
            body = .object(pairs.filter { $0.key != "private" } + [("private", .bool(false))])
        }
        return body
    }
}
