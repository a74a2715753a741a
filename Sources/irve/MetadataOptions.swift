import ArgumentParser
import IRVEFindings
import IRVEPublish

/// The fields of the "fiche descriptive" a user may set, shared by `describe` and `publish`.
struct MetadataOptions: ParsableArguments {
    @Option(name: .long, help: Help.option(.metadata(.title))) var title: String?
    @Option(name: .long, help: Help.option(.metadata(.organization))) var org: String?
    @Option(name: .long, help: Help.option(.metadata(.organizationID))) var orgId: String?
    @Option(name: .long, help: Help.option(.metadata(.frequency)))
    var frequency: String?
    @Option(name: .long, help: Help.option(.metadata(.license))) var license: String?
    @Option(name: .long, help: Help.option(.metadata(.contactName))) var contactName: String?
    @Option(name: .long, help: Help.option(.metadata(.contactEmail))) var contactEmail: String?
    @Option(name: .long, help: Help.option(.metadata(.tag))) var tag: [String] = []
    @Option(name: .long, help: Help.option(.metadata(.resourceTitle))) var resourceTitle: String?
    @Option(name: .long, help: Help.option(.metadata(.resourceDescription))) var resourceDescription: String?
    @Option(name: .long, help: Help.option(.metadata(.temporalStart))) var temporalStart: String?
    @Option(name: .long, help: Help.option(.metadata(.temporalEnd))) var temporalEnd: String?
    @Option(name: .long, help: Help.option(.metadata(.schemaVersion))) var schemaVersion: String?
    @Option(
        name: .long,
        help: Help.option(.metadata(.file)))
    var metadata: String?

    var overrides: MetadataOverrides {
        var m = MetadataOverrides()
        m.title = title
        m.organization = org
        m.organizationID = orgId
        m.frequency = frequency
        m.license = license
        m.contactName = contactName
        m.contactEmail = contactEmail
        m.tags = tag
        m.resourceTitle = resourceTitle
        m.resourceDescription = resourceDescription
        m.temporalStart = temporalStart
        m.temporalEnd = temporalEnd
        m.schemaVersion = schemaVersion
        return m
    }

    /// Command line over the metadata file over what the data says.
    func resolve(for path: String) throws(PublishError) -> MetadataOverrides {
        guard let file = MetadataOverrides.file(for: path, explicit: metadata) else { return overrides }
        return overrides.over(try MetadataOverrides.load(path: file))
    }
}
