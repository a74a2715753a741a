import IRVEFindings

extension QualityPrediction {
    /// The score predicted for a record already on data.gouv.fr (an API v1 dataset object), for
    /// an API that does not give udata's own (`irve survey`). The resource judged is its first one
    /// declaring a schema, else its first one.
    public static func predict(published d: JSONValue) -> QualityPrediction {
        let resources = d["resources"]?.array ?? []
        let resource = resources.first { $0["schema"]?["name"]?.string != nil } ?? resources.first
        let metadata = DatasetMetadata(
            title: d["title"]?.string ?? "", description: d["description"]?.string ?? "",
            descriptionShort: d["description_short"]?.string ?? "",
            tags: d["tags"]?.array?.compactMap(\.string) ?? [],
            zones: d["spatial"]?["zones"]?.array?.compactMap(\.string) ?? [],
            granularity: d["spatial"]?["granularity"]?.string ?? "",
            temporalStart: d["temporal_coverage"]?["start"]?.string ?? "",
            temporalEnd: d["temporal_coverage"]?["end"]?.string, frequency: d["frequency"]?.string ?? "unknown",
            license: d["license"]?.string.flatMap { $0 == "notspecified" ? nil : $0 } ?? "", organizationName: nil,
            organizationID: nil, contact: nil,
            resource: ResourceMetadata(
                title: resource?["title"]?.string ?? "", description: resource?["description"]?.string ?? "",
                schemaName: "", schemaVersion: ""))
        return predict(metadata, resourceFormat: resource?["format"]?.string ?? "")
    }
}
