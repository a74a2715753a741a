/// The words of `irve survey` (what is already published on data.gouv.fr): its table, its
/// reasons, its HTML page. Worded by `Wording.message(_:_:)` in every language.
public enum SurveyPhrase: Sendable, Equatable {
    case column(SurveyColumn)
    case verdict(SurveyVerdict)
    /// "oui" / "non" (ready for the national consolidation).
    case yes(Bool)
    /// A reason why a resource is not ready; `staleDays` is the limit that was passed.
    case reason(NotReadyReason, staleDays: Int)
    /// The owner of a personal account's dataset.
    case personalAccount(name: String)
    /// The age of the data, from its latest `date_maj` to today.
    case age(days: Int)
    /// The quality score and where it comes from.
    case quality(score: Int, maximum: Int, fromUdata: Bool)
    case summary(SurveyTotals)
    /// On the standard error at the end: what was downloaded and what the cache gave.
    case downloads(downloaded: Int, cached: Int)
    /// The API could not be used; `message` is the worded cause.
    case apiFailed(api: String, message: String)
    case nothingFound
    /// The cache folder cannot be written.
    case cacheUnwritable(path: String)
    /// `--rate` needs a number above zero.
    case rateExpected(value: String)
    case page(SurveyPageText)
}

/// The columns of the survey's table and CSV.
public enum SurveyColumn: Sendable, Equatable, CaseIterable {
    case organization, dataset, resource, url, lastModified, dateMaj, age, declaredSchema, detectedSchema, verdict
    case errors, warnings, schemaErrors, ruleErrors, geoErrors, stations, points, quality, ready, reasons
}

public enum SurveyVerdict: Sendable, Equatable { case valid, invalid, unreadable }

/// Why a resource is not ready for the national consolidation. The raw values are the JSON's.
public enum NotReadyReason: String, Sendable, Equatable, CaseIterable {
    /// The file could not be downloaded or read.
    case unreadable
    case invalid
    /// Read, but not an IRVE statique file.
    case notStatique = "not_statique"
    case personalAccount = "personal_account"
    case noSchemaDeclared = "no_schema_declared"
    /// The latest `date_maj` is older than the limit (or the file gives none).
    case stale
}

/// The texts of the HTML page (`--html synthese.html`).
public enum SurveyPageText: Sendable, Equatable {
    case title
    /// When the page was made and from which API.
    case made(date: String, api: String)
    case firstProblems
    case noProblem
    case byCommune
    /// A commune's line: the resources covering it, its points.
    case commune(name: String, insee: String, resources: Int, points: Int)
    case sortHint
    case open
    /// A problem of a resource, with how many times it occurs.
    case problem(resource: String, text: String)
}

/// The totals of a survey.
public struct SurveyTotals: Sendable, Equatable {
    public var resources = 0
    public var valid = 0
    public var invalid = 0
    public var unreadable = 0
    public var ready = 0
    public var errors = 0
    public var warnings = 0
    public var stations = 0
    public var points = 0

    public init() {}
}

/// Why a resource's file could not be had for a survey.
public enum SurveyFetchError: Error, Sendable, Equatable {
    case remote(RemoteError)
    case cache(path: String)
}

/// What stops a survey before any file is checked.
public enum SurveyError: Error, Sendable, Equatable {
    /// The API could not be used (unreachable, refused, server error…).
    case api(api: String, PublishError)
    /// `--org` names no organisation there.
    case organizationNotFound(String)
    /// `--dataset` names no dataset there.
    case datasetNotFound(String)
}
