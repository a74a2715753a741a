import Foundation
import IRVEFindings
import IRVEHTTP
import IRVEPublish
import IRVEReport
import IRVEValidate
import IRVEWording

/// How a survey runs.
public struct SurveyOptions: Sendable {
    public var api = UdataClient.production
    /// Requests per second at most, over the API and the downloads together.
    public var requestsPerSecond = 10.0
    /// nil: no cache (every file downloaded into a temporary file, removed once checked).
    public var cacheFolder: String? = DownloadCache.defaultFolder()
    /// The downloads: size, time, http:// or not (as `irve check URL`).
    public var remote = RemoteFile()
    /// A `date_maj` older than this makes a resource stale.
    public var staleDays = 365
    /// Files checked at the same time.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    public var retry = RetryPolicy.standard
    public var today = Date()
    public var lang: Language = .fr
    /// Told before each wait of a retry (the command prints « nouvel essai dans 2 s »).
    public var onRetry: (@Sendable (RetryNotice) -> Void)?

    public init() {}
}

/// The outcome of a survey.
public struct SurveyReport: Sendable {
    public var api: String
    public var records: [SurveyRecord]
    public var totals: SurveyTotals
    /// Files downloaded, and files the cache gave.
    public var downloaded: Int
    public var cached: Int
    /// Requests the rate limiter let through (API and downloads).
    public var requests: Int
}

/// `irve survey`: finds the resources, downloads them (cached), checks them with the same
/// pipeline as `irve check` (in parallel, `BatchRunner`), and judges their readiness.
public enum Survey {
    public static func run(_ selection: SurveySelection, options: SurveyOptions) throws(SurveyError) -> SurveyReport {
        let limiter = RateLimiter(perSecond: options.requestsPerSecond)
        let http = HTTPClient(onRetry: options.onRetry, throttle: { limiter.wait() })
        let client = UdataClient(base: options.api, key: nil, http: http, retry: options.retry)
        let resources = try PublishedCatalogue(client: client).resources(selection)
        var remote = options.remote
        remote.client = http
        remote.lang = options.lang
        let fetcher = Fetcher(remote: remote, cache: options.cacheFolder.map(DownloadCache.init(folder:)))
        let items = resources.enumerated().map { i, r in
            BatchItem(name: HTTPError.displayURL(r.url)) { fetcher.fetch(r, index: i, lang: options.lang) }
        }
        // A few findings are kept: the file-level ones (a v1 file, a wrong header) come first and
        // are not among the per-problem tallies; the counts stay exact whatever is kept.
        let validation = ValidationOptions(lang: options.lang, maxFindings: 20)
        let runner = BatchRunner(options: validation, workers: options.jobs)
        var records: [SurveyRecord] = []
        // The closure cannot throw here: it builds records only.
        try? runner.run(items) { index, entry in
            let resource = resources[index]
            var record = SurveyRecord(resource: resource, check: nil, problem: nil, reasons: [])
            record.fromCache = fetcher.fromCache(index)
            switch entry {
            case .checked(_, let result):
                record.check = checked(result, path: fetcher.path(index), options: options)
            case .unreadable(_, let message):
                record.problem = message
            }
            record.reasons = Readiness.reasons(resource, record.check, staleDays: options.staleDays)
            records.append(record)
        }
        return SurveyReport(
            api: options.api, records: records, totals: Readiness.totals(records), downloaded: fetcher.downloads,
            cached: fetcher.hits, requests: limiter.requests)
    }

    /// A checked file's counts by family, its facts (a second streaming pass) and its first problems.
    static func checked(_ result: ValidationResult, path: String?, options: SurveyOptions) -> CheckedFile {
        var c = CheckedFile()
        c.errors = result.errorCount
        c.warnings = result.warningCount
        c.detectedSchema = result.schema?.name
        c.detectedVersion = result.schema?.version
        c.stations = result.stations
        let groups = ProblemSummary.groups(result)
        for g in groups {
            switch g.tally.severity {
            case .error: c.errorsByFamily[g.family, default: 0] += g.tally.count
            case .warning: c.warningsByFamily[g.family, default: 0] += g.tally.count
            case .info: break
            }
        }
        // File-level findings are not tallied per problem: counted with the schema's family.
        c.errorsByFamily[.schema, default: 0] += max(0, c.errors - c.errorsByFamily.values.reduce(0, +))
        c.warningsByFamily[.schema, default: 0] += max(0, c.warnings - c.warningsByFamily.values.reduce(0, +))
        let general = result.findings.general.filter { $0.severity >= .warning }
            .sorted { $0.severity > $1.severity }.map { Wording.worded($0, options.lang).message }
        let grouped = groups.filter { $0.tally.severity >= .warning }.map { Wording.message($0.phrase, options.lang) }
        c.firstProblems = Array((general + grouped).prefix(SurveyRecord.firstProblems))
        if c.isStatique, let path,
            let facts = try? FileFacts.read(path: path, delimiter: result.info?.delimiter)
        {
            c.stations = c.stations ?? facts.stations
            c.points = facts.points
            c.dateMaj = facts.lastUpdate
            c.ageDays = Readiness.ageDays(facts.lastUpdate, today: options.today)
            c.communes = facts.communes
        }
        return c
    }
}

/// Gets each resource's file, from the cache or by downloading it, and remembers which.
final class Fetcher: @unchecked Sendable {
    let remote: RemoteFile
    let cache: DownloadCache?
    private let lock = NSLock()
    private var paths: [Int: String] = [:]
    private var cachedIndexes: Set<Int> = []
    private(set) var downloadCount = 0

    init(remote: RemoteFile, cache: DownloadCache?) {
        self.remote = remote
        self.cache = cache
    }

    var downloads: Int { lock.withLock { downloadCount } }
    var hits: Int { lock.withLock { cachedIndexes.count } }
    func path(_ i: Int) -> String? { lock.withLock { paths[i] } }
    func fromCache(_ i: Int) -> Bool { lock.withLock { cachedIndexes.contains(i) } }

    func fetch(_ r: PublishedResource, index: Int, lang: Language) -> BatchItem.Fetched {
        guard let cache else {
            lock.withLock { downloadCount += 1 }
            let fetched = remote.download(r.url)
            if case .local(let path, _) = fetched { lock.withLock { paths[index] = path } }
            return fetched
        }
        let key = DownloadCache.key(url: r.url, checksum: r.checksum, lastModified: r.lastModified)
        if let hit = cache.hit(key: key, url: r.url) {
            lock.withLock {
                cachedIndexes.insert(index)
                paths[index] = hit
            }
            return .local(path: hit, cleanup: nil)
        }
        lock.withLock { downloadCount += 1 }
        switch cache.store(key: key, url: r.url, with: remote) {
        case .success(let path):
            lock.withLock { paths[index] = path }
            return .local(path: path, cleanup: nil)
        case .failure(let error):
            return .failed(message: Wording.message(error, lang))
        }
    }
}
