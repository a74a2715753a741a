/// Every help text of the command line: each command's abstract and discussion, and each option's
/// help. Worded by `Wording.help(_:_:)` in every language, so `--help --lang en` is English.
public enum HelpTopic: Sendable, Equatable {
    case irve(Root)
    case check(Check)
    case fix(Fix)
    case geo(Geo)
    case describe(Describe)
    case publish(Publish)
    case serve(Serve)
    case geocoder(Geocoder)
    case metadata(Metadata)
    /// `--lang`, the same for every command.
    case language

    public enum Root: Sendable, Equatable { case abstract, discussion }

    public enum Check: Sendable, Equatable {
        case abstract, discussion, file, rules, disable, failOn, schemaOnly, noGeo, schema, strictHeader, format
        case maxFindings
    }

    public enum Fix: Sendable, Equatable {
        case abstract, discussion, input, output, log, dryRun, force, aggressive, keepExtra, noGeo
    }

    /// `irve geo` and its `import-ban`.
    public enum Geo: Sendable, Equatable { case abstract, importAbstract, importDiscussion, files, index }

    public enum Describe: Sendable, Equatable { case abstract, discussion, input, format, output, force }

    public enum Publish: Sendable, Equatable {
        case abstract, discussion, input, send, api, demo, force, dataset, new, planDir, state, keyFile
    }

    /// `irve serve`, the web assistant.
    public enum Serve: Sendable, Equatable { case abstract, discussion, port, open, maxUpload }

    /// The address-geocoding options of `check` and `fix`.
    public enum Geocoder: Sendable, Equatable { case geocoder, banIndex, addressThreshold, cache }

    /// The fields of the descriptive record, options of `describe` and `publish`.
    public enum Metadata: Sendable, Equatable {
        case title, organization, organizationID, frequency, license, contactName, contactEmail, tag
        case resourceTitle, resourceDescription, temporalStart, temporalEnd, schemaVersion, file
    }
}
