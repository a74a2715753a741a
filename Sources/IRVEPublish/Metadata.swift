import IRVEFindings

/// The dataset record ("fiche descriptive") udata receives, as plain values.
public struct DatasetMetadata: Sendable, Equatable {
    public var title: String
    public var description: String
    public var descriptionShort: String
    public var tags: [String]
    public var zones: [String]
    public var granularity: String
    public var temporalStart: String
    public var temporalEnd: String?
    public var frequency: String
    public var license: String
    /// The organisation to publish under, by name (as people know it) and/or id.
    public var organizationName: String?
    public var organizationID: String?
    public var contact: ContactPoint?
    public var resource: ResourceMetadata

    /// The body of `POST /datasets/` and the writable fields of `PUT /datasets/{id}/` (§3.2, §3.6).
    public func datasetPayload(organizationID: String?, contactPointIDs: [String]?, isPrivate: Bool) -> JSONValue {
        var p: [(key: String, value: JSONValue)] = [
            ("title", .string(title)),
            ("description", .string(description)),
            ("description_short", .string(descriptionShort)),
        ]
        if let organizationID { p.append(("organization", .string(organizationID))) }
        p += [
            ("license", .string(license)),
            ("frequency", .string(frequency)),
            ("tags", .array(tags.map(JSONValue.string))),
            (
                "spatial",
                .object([("zones", .array(zones.map(JSONValue.string))), ("granularity", .string(granularity))])
            ),
            (
                "temporal_coverage",
                .object(
                    [("start", .string(temporalStart))] + (temporalEnd.map { [("end", JSONValue.string($0))] } ?? []))
            ),
        ]
        if let contactPointIDs { p.append(("contact_points", .array(contactPointIDs.map(JSONValue.string)))) }
        p.append(("private", .bool(isPrivate)))
        return .object(p)
    }
}

public struct ResourceMetadata: Sendable, Equatable {
    public var title: String
    public var description: String
    public var type: String = "main"
    public var schemaName: String
    public var schemaVersion: String

    /// Body of `PUT /datasets/{id}/resources/{rid}/` (§3.4): what an upload cannot say by itself.
    public var payload: JSONValue {
        .object([
            ("title", .string(title)),
            ("description", .string(description)),
            ("type", .string(type)),
            ("schema", .object([("name", .string(schemaName)), ("version", .string(schemaVersion))])),
        ])
    }
}

/// DCAT contact point (`POST /contacts/`, role `contact`).
public struct ContactPoint: Sendable, Equatable {
    public var name: String
    public var email: String

    public init(name: String, email: String) {
        self.name = name
        self.email = email
    }

    public func payload(organizationID: String?) -> JSONValue {
        var p: [(key: String, value: JSONValue)] = [
            ("name", .string(name)), ("email", .string(email)), ("role", "contact"),
        ]
        if let organizationID { p.append(("organization", .string(organizationID))) }
        return .object(p)
    }
}
