/// One of data.gouv.fr's 9 metadata quality criteria (udata `Dataset.compute_quality`), with what
/// its label and advice need. Data only: the words are in IRVEWording.
public enum QualityCriterion: Sendable, Equatable {
    case license
    case temporalCoverage
    case spatial
    case updateFrequency
    /// `periodDays`: how often the declared frequency asks for an update (nil: no period).
    case updateInTime(periodDays: Int?)
    /// A description of more than `limit` characters.
    case descriptionLength(limit: Int)
    case openFormat
    case resourcesAvailable
    case resourcesDocumented
}

/// The lines of the predicted-score report around the criteria.
public enum QualityReportLine: Sendable, Equatable {
    case score(Int, maximum: Int)
    case reached(maximum: Int)
    /// What keeps the score once it is reached (the advice of `updateInTime`).
    case keep(advice: String)
    case toReach(maximum: Int)
}
