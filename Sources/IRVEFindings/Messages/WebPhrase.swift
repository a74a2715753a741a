/// The web assistant's own words (`irve serve`): page titles, labels, buttons and the messages of
/// bad requests. The findings, verdict and "what next" come from the report's families.
public enum WebPhrase: Sendable, Equatable {
    case appTitle, tagline, privacyNote
    case uploadHeading, dropHint, fileLabel, checkButton, sampleButton, sampleHint
    case verdictHeading(file: String)
    case anotherFile
    case filtersHeading, severityLabel, columnLabel, familyLabel, anyValue, filterButton
    case severityName(Severity)
    case familyName(String)
    case cellsSummary(count: Int)
    case rowHeader, columnHeader, valueHeader, explanationHeader
    case page(Int, of: Int)
    case previousPage, nextPage
    case noGroupMatches
    case downloadsHeading, downloadRepaired, downloadLog, originalKept
    case switchLanguage
    case failureHeading
    /// Bad requests, each answered with its page.
    case noFile
    case tooLarge(megabytes: Int)
    case brokenUpload, sessionUnknown, csrfRejected, notFound, internalError
    case started(url: String)
    case stopped
}
