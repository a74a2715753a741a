import IRVEFindings

extension English: SurveyWords {
    static func survey(_ p: SurveyPhrase) -> String {
        switch p {
        case .column(let c): surveyColumn(c)
        case .verdict(let v):
            switch v {
            case .valid: "valid"
            case .invalid: "invalid"
            case .unreadable: "unreadable"
            }
        case .yes(let yes): yes ? "yes" : "no"
        case .reason(let r, let staleDays): notReady(r, staleDays: staleDays)
        case .personalAccount(let name): "personal account (\(name))"
        case .age(let days): "\(days) d"
        case .quality(let score, let maximum, let fromUdata):
            "\(score)/\(maximum)" + (fromUdata ? "" : " (irve's prediction)")
        case .summary(let t):
            "Summary: \(t.resources) resource(s) — \(t.valid) valid, \(t.invalid) invalid, "
                + "\(t.unreadable) unreadable; \(t.ready) ready for the national consolidation; "
                + "\(t.errors) error(s), \(t.warnings) warning(s), \(t.stations) station(s), "
                + "\(t.points) charge point(s)"
        case .downloads(let downloaded, let cached): "\(downloaded) file(s) downloaded, \(cached) taken from the cache"
        case .apiFailed(let api, let message): "the data.gouv.fr API (\(api)) could not be queried: \(message)"
        case .nothingFound: "no IRVE resource found for this selection (check --org, --dataset, --zone)."
        case .cacheUnwritable(let path):
            "the download cache cannot be written (\(path)): choose another folder with --cache-dir, or --no-cache."
        case .rateExpected(let value): "--rate expects a number of requests per second above zero (got \"\(value)\")."
        case .page(let t): page(t)
        }
    }

    static func surveyFetch(_ e: SurveyFetchError) -> String {
        switch e {
        case .remote(let r): remote(r)
        case .cache(let path): survey(.cacheUnwritable(path: path))
        }
    }

    static func surveyError(_ e: SurveyError) -> String {
        switch e {
        // The command words a file error with IRVEFiles' words; none comes from the API anyway.
        case .api(let api, let error):
            survey(.apiFailed(api: api, message: publishError(error, fileError: { String(describing: $0) })))
        case .organizationNotFound(let o):
            "organisation \"\(o)\" not found on data.gouv.fr: give its id or its slug, as in the address of its "
                + "page (…/organizations/<slug>/)."
        case .datasetNotFound(let d): "dataset \"\(d)\" not found on data.gouv.fr (deleted, private, or wrong address)."
        }
    }

    private static func surveyColumn(_ c: SurveyColumn) -> String {
        switch c {
        case .organization: "Organisation"
        case .dataset: "Dataset"
        case .resource: "Resource"
        case .url: "File address"
        case .lastModified: "Last modified"
        case .dateMaj: "date_maj"
        case .age: "Age"
        case .declaredSchema: "Declared schema"
        case .detectedSchema: "Detected schema"
        case .verdict: "Verdict"
        case .errors: "Errors"
        case .warnings: "Warnings"
        case .schemaErrors: "Schema errors"
        case .ruleErrors: "IRVE rule errors"
        case .geoErrors: "Geography errors"
        case .stations: "Stations"
        case .points: "Charge points"
        case .quality: "Metadata quality"
        case .ready: "Ready"
        case .reasons: "Why not ready"
        }
    }

    private static func notReady(_ r: NotReadyReason, staleDays: Int) -> String {
        switch r {
        case .unreadable: "unreadable file"
        case .invalid: "invalid file"
        case .notStatique: "not an IRVE statique file"
        case .personalAccount: "published by a personal account"
        case .noSchemaDeclared: "no schema declared"
        case .stale: "old data (date_maj more than \(staleDays) days ago)"
        }
    }

    private static func page(_ t: SurveyPageText) -> String {
        switch t {
        case .title: "IRVE summary: what is published on data.gouv.fr"
        case .made(let date, let api): "Made on \(date) from \(api) by irve survey."
        case .firstProblems: "First problems to fix"
        case .noProblem: "No problem: every resource is ready."
        case .byCommune: "Details by commune"
        case .commune(let name, let insee, let resources, let points):
            "\(name) (\(insee)) — \(resources) resource(s), \(points) charge point(s)"
        case .sortHint: "Click a column heading to sort."
        case .open: "see on data.gouv.fr"
        case .problem(let resource, let text): "\(resource): \(text)"
        }
    }
}
