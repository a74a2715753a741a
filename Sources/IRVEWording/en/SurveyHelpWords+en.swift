import IRVEFindings

extension English {
    static func surveyHelp(_ t: HelpTopic.Survey) -> String {
        switch t {
        case .abstract: "Reviews the IRVE files already published on data.gouv.fr (by organisation, dataset, zone)."
        case .discussion:
            """
            Finds the IRVE statique resources through the data.gouv.fr API, downloads each file (cached by address \
            and checksum: a rerun only downloads what changed), checks it as irve check does and tells whether it is \
            ready for the national consolidation, or why not (invalid file, personal account, no schema declared, \
            old data).
            The API is used politely: at most 10 requests per second (--rate), retries with growing waits.
            Example: irve survey --zone fr:departement:76 --html summary.html
            Exit codes: 0 every resource is ready, 1 at least one is not, 2 the API does not answer.
            """
        case .org: "Organisation (id or slug); may be repeated."
        case .dataset: "Dataset (id, slug or data.gouv.fr address); may be repeated."
        case .zone: "Zone covered, for example fr:departement:76 or fr:commune:76165; may be repeated."
        case .schema: "Schema of the resources looked for (default etalab/schema-irve-statique)."
        case .api: "Address of the API (default https://www.data.gouv.fr/api/1)."
        case .format: "Output format: text (table), csv or json."
        case .html: "Also writes a self-contained summary page (HTML, readable offline, to send by e-mail)."
        case .cacheDir: "Folder of the download cache (default ~/.cache/irve/survey)."
        case .noCache: "Downloads everything, without reading or writing the cache."
        case .rate: "Requests per second at most (API and downloads)."
        case .maxDownload: "Largest size of a downloaded file, in MiB."
        case .downloadTimeout: "Longest time of a download, in seconds."
        case .allowHTTP: "Accepts http:// files (default: https:// only)."
        case .jobs: "Files checked at the same time (default: the number of cores)."
        case .staleDays: "Days since the latest date_maj beyond which the data is old."
        }
    }
}
