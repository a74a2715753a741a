import Foundation
import IRVEFindings
import IRVEWording

/// udata's vocabularies (../shared/docs/datagouv-api.md §6), with French labels for people.
public enum Vocabulary {
    /// `UpdateFrequency` ids accepted by udata 17.18, and legacy aliases it still takes.
    public static let frequencies: [String] = [
        "continuous", "oneMinute", "fiveMinutes", "tenMinutes", "fifteenMinutes", "thirtyMinutes", "hourly", "bihourly",
        "trihourly", "twelveHours", "severalTimesADay", "threeTimesADay", "semidaily", "daily", "fiveTimesAWeek",
        "threeTimesAWeek", "semiweekly", "weekly", "biweekly", "threeTimesAMonth", "semimonthly", "monthly",
        "bimonthly",
        "quarterly", "threeTimesAYear", "semiannual", "annual", "biennial", "triennial", "quadrennial", "quinquennial",
        "decennial", "bidecennial", "tridecennial", "punctual", "irregular", "never", "notPlanned", "other", "unknown",
    ]

    /// French words people type for the usual frequencies.
    static let frequencyWords: [String: String] = [
        "irreguliere": "irregular", "irregulier": "irregular", "ponctuelle": "punctual", "quotidienne": "daily",
        "hebdomadaire": "weekly", "mensuelle": "monthly", "trimestrielle": "quarterly", "semestrielle": "semiannual",
        "annuelle": "annual", "continue": "continuous", "jamais": "never", "inconnue": "unknown",
    ]

    /// Days after which a dataset with that frequency is late (udata's `UpdateFrequency.delta`); nil = never late.
    public static func periodDays(_ frequency: String) -> Int? {
        switch frequency {
        case "daily", "semidaily", "severalTimesADay", "threeTimesADay", "twelveHours", "hourly", "bihourly",
            "trihourly",
            "oneMinute", "fiveMinutes", "tenMinutes", "fifteenMinutes", "thirtyMinutes":
            1
        case "fiveTimesAWeek", "threeTimesAWeek", "semiweekly": 3
        case "weekly": 7
        case "biweekly": 14
        case "threeTimesAMonth", "semimonthly": 15
        case "monthly": 31
        case "bimonthly": 62
        case "quarterly": 92
        case "threeTimesAYear": 122
        case "semiannual": 183
        case "annual": 366
        case "biennial": 731
        case "triennial": 1096
        case "quadrennial": 1461
        case "quinquennial": 1827
        case "decennial": 3653
        case "bidecennial": 7305
        case "tridecennial": 10958
        default: nil
        }
    }

    /// The udata id for what the user typed ("mensuelle", "monthly", "Monthly"), or nil.
    public static func frequency(_ input: String) -> String? {
        let t = input.trimmingCharacters(in: .whitespaces)
        if let exact = frequencies.first(where: { $0.lowercased() == t.lowercased() }) { return exact }
        let aliases = [
            "realtime": "continuous", "fourtimesaday": "severalTimesADay", "fortnighly": "biweekly",
            "biannual": "semiannual",
        ]
        if let a = aliases[t.lowercased()] { return a }
        return frequencyWords[Slug.make(t)]
    }

    public static func frequencyLabel(_ id: String) -> String {
        // French in both languages: the fiche descriptive is the dataset's record on data.gouv.fr.
        Wording.message(.frequencyMeaning(id), .fr)
    }

    /// Licences of data.gouv.fr (§6.2); public authorities must use lov2 or ODbL.
    public static let licenses = [
        "lov2", "fr-lo", "odc-odbl", "odc-by", "odc-pddl", "cc-by", "cc-by-sa", "cc-zero",
        "other-at", "other-open", "other-pd", "notspecified",
    ]

    /// Built-in granularities plus the French administrative levels.
    public static let granularities = [
        "poi", "other", "fr:commune", "fr:epci", "fr:departement", "fr:region", "country",
    ]

    public static let resourceTypes = ["main", "documentation", "update", "api", "code", "other"]
}

/// udata's tag normalisation: lower case, accents removed, anything else than letters and digits → "-".
public enum Slug {
    public static func make(_ s: String) -> String {
        var out = ""
        var dash = false
        for ch in s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().unicodeScalars
        {
            if ("a"..."z").contains(ch) || ("0"..."9").contains(ch) {
                out.unicodeScalars.append(ch)
                dash = false
            } else if !out.isEmpty, !dash {
                out.append("-")
                dash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
