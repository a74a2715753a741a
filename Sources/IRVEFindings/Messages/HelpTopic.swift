/// Every help text of the command line: each command's abstract and discussion, and each option's
/// help. Worded by `Wording.help(_:_:)` in every language, so `--help --lang en` is English.
public enum HelpTopic: Sendable, Equatable {
    case irve(Root)
    case check(Check)
    case fix(Fix)
    case geo(Geo)
    case describe(Describe)
    case publish(Publish)
    case extract(Extract)
    case map(Map)
    case serve(Serve)
    case survey(Survey)
    case geocoder(Geocoder)
    case metadata(Metadata)
    /// `irve template` and `check --annotate` (worded with the workbooks' words).
    case workbook(WorkbookHelp)
    /// `--lang`, the same for every command.
    case language

    public enum Root: Sendable, Equatable { case abstract, discussion }

    public enum Check: Sendable, Equatable {
        case abstract, discussion, file, rules, disable, failOn, schemaOnly, noGeo, schema, strictHeader, format
        case maxFindings
        /// Several files and URLs (issue 15).
        case allowHTTP, maxDownload, downloadTimeout, jobs
    }

    public enum Fix: Sendable, Equatable {
        case abstract, discussion, input, output, log, dryRun, force, aggressive, keepExtra, map, noGeo, format
    }

    /// `irve geo` and its `import-ban`.
    public enum Geo: Sendable, Equatable { case abstract, importAbstract, importDiscussion, files, index, format }

    public enum Describe: Sendable, Equatable { case abstract, discussion, input, format, output, force }

    public enum Publish: Sendable, Equatable {
        case abstract, discussion, input, send, api, demo, force, dataset, new, planDir, state, keyFile, format
    }

    /// `irve extract`.
    public enum Extract: Sendable, Equatable {
        case abstract, discussion, input, commune, departement, siren, output, force, keepDisagreements
    }

    /// `irve map` and `irve export geojson`.
    public enum Map: Sendable, Equatable {
        case abstract, discussion, input, output, force, exportAbstract, exportDiscussion, exportKind
    }

    /// `irve serve`, the web assistant.
    public enum Serve: Sendable, Equatable {
        case abstract, discussion, port, open, maxUpload
        /// Hosting for a territory (docs/hosting.md).
        case host, isPublic, behindHTTPS, passwordFile, maxSessions, maxDisk, maxChecks, checkWait, rateLimit
        case idleTimeout, sessionMinutes
    }

    /// `irve survey`: what is already published on data.gouv.fr (issue 15).
    public enum Survey: Sendable, Equatable {
        case abstract, discussion, org, dataset, zone, schema, api, format, html, cacheDir, noCache, rate
        case maxDownload, downloadTimeout, allowHTTP, jobs, staleDays
    }

    /// The address-geocoding options of `check` and `fix`.
    public enum Geocoder: Sendable, Equatable { case geocoder, banIndex, addressThreshold, cache }

    /// The fields of the descriptive record, options of `describe` and `publish`.
    public enum Metadata: Sendable, Equatable {
        case title, organization, organizationID, frequency, license, contactName, contactEmail, tag
        case resourceTitle, resourceDescription, temporalStart, temporalEnd, schemaVersion, file
    }
}
