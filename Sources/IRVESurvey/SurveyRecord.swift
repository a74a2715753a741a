import Foundation
import IRVEFindings
import IRVEPublish
import IRVEReport

/// What a check of a resource's file found, kept for the survey's outputs.
public struct CheckedFile: Sendable, Equatable {
    public var errors = 0
    public var warnings = 0
    public var errorsByFamily: [ProblemFamily: Int] = [:]
    public var warningsByFamily: [ProblemFamily: Int] = [:]
    /// The schema `irve check` recognised (nil: not an IRVE file).
    public var detectedSchema: String?
    public var detectedVersion: String?
    public var stations: Int?
    /// Charge points: one per row of a statique file.
    public var points: Int?
    /// The latest `date_maj` of the file (`YYYY-MM-DD`), and its age in days.
    public var dateMaj: String?
    public var ageDays: Int?
    /// The communes of the stations (INSEE code, name when the addresses give it, points).
    public var communes: [FileFacts.Commune] = []
    /// The first problems to fix, worded (errors first), at most `SurveyRecord.firstProblems`.
    public var firstProblems: [String] = []

    public init() {}

    /// An IRVE statique file, 2.x or v1 (`etalab/schema-irve`, the name of the abandoned v1).
    public var isStatique: Bool { detectedSchema == SurveySelection.statique || detectedSchema == "etalab/schema-irve" }
}

/// One resource of a survey: what the API says, what the check found, and whether it is ready
/// for the national consolidation.
public struct SurveyRecord: Sendable, Equatable {
    public static let firstProblems = 3

    public var resource: PublishedResource
    /// nil when the file could not be had or read; `problem` says why.
    public var check: CheckedFile?
    public var problem: String?
    public var reasons: [NotReadyReason]
    /// The file came from the cache (nothing downloaded).
    public var fromCache = false

    public var ready: Bool { reasons.isEmpty }
    /// nil when the file could not be read.
    public var valid: Bool? { check.map { $0.errors == 0 } }
    public var verdict: SurveyVerdict {
        guard let valid else { return .unreadable }
        return valid ? .valid : .invalid
    }
    /// udata's score when the API gives it, else irve's prediction.
    public var quality: (score: Int, maximum: Int, fromUdata: Bool) {
        (resource.udataQuality ?? resource.predictedQuality, resource.qualityMaximum, resource.udataQuality != nil)
    }
}

/// Pure rules of readiness for the national consolidation.
public enum Readiness {
    /// Every reason why `resource`, checked as `check`, is not ready (empty: ready).
    public static func reasons(_ resource: PublishedResource, _ check: CheckedFile?, staleDays: Int)
        -> [NotReadyReason]
    {
        var out: [NotReadyReason] = []
        if let check {
            if !check.isStatique {
                out.append(.notStatique)
            } else if check.errors > 0 {
                out.append(.invalid)
            }
        } else {
            out.append(.unreadable)
        }
        if resource.isPersonal { out.append(.personalAccount) }
        if resource.declaredSchema == nil { out.append(.noSchemaDeclared) }
        if let check, check.isStatique, (check.ageDays ?? Int.max) > staleDays { out.append(.stale) }
        return out
    }

    /// Days from `dateMaj` (`YYYY-MM-DD`, French calendar day) to `today`; nil when it is not a date.
    public static func ageDays(_ dateMaj: String?, today: Date) -> Int? {
        guard let dateMaj else { return nil }
        let parts = dateMaj.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? .current
        guard let day = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])) else {
            return nil
        }
        return calendar.dateComponents([.day], from: day, to: calendar.startOfDay(for: today)).day
    }

    public static func totals(_ records: [SurveyRecord]) -> SurveyTotals {
        var t = SurveyTotals()
        for r in records {
            t.resources += 1
            switch r.verdict {
            case .valid: t.valid += 1
            case .invalid: t.invalid += 1
            case .unreadable: t.unreadable += 1
            }
            if r.ready { t.ready += 1 }
            t.errors += r.check?.errors ?? 0
            t.warnings += r.check?.warnings ?? 0
            t.stations += r.check?.stations ?? 0
            t.points += r.check?.points ?? 0
        }
        return t
    }
}
