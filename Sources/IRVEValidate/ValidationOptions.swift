import Foundation
import IRVEFindings

/// How `irve check` validates a file.
public struct ValidationOptions: Sendable {
    /// `nil`: choose from the header. Otherwise `statique`, `dynamique@2.2.1`, a path…
    public var schema: String?
    public var headerMode: HeaderMatch.Mode = .byName
    public var lang: Language = .fr
    /// Keep at most this many findings (counts stay exact). `nil`: keep them all.
    public var maxFindings: Int?
    /// Keep only this many findings per column or per type (the text report); nil: keep them all.
    /// Counts stay exact either way.
    public var samplesPerGroup: Int?
    /// Apply the IRVE business rules (statique 2.x files).
    public var businessRules = true
    /// Geographic coherence checks (coordinates ↔ commune ↔ postcode ↔ address), offline.
    public var geo = true
    /// Keep each station's address for a geocoder (`address-far-from-point`).
    public var collectAddresses = false
    /// Rule codes switched off (`--disable`).
    public var disabledRules: Set<String> = []
    /// "Today" for the date rules (tests fix it).
    public var today: (year: Int, month: Int, day: Int) = RuleContext.currentDate()

    public init(
        schema: String? = nil, headerMode: HeaderMatch.Mode = .byName, lang: Language = .fr, maxFindings: Int? = nil
    ) {
        self.schema = schema
        self.headerMode = headerMode
        self.lang = lang
        self.maxFindings = maxFindings
    }
}
