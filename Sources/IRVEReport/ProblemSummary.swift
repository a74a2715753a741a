import IRVEFindings
import IRVEValidate

/// One problem of a checked file: every finding with the same code and the same kind of fact,
/// counted exactly over the whole file (the text report and the web assistant show these).
public struct ProblemGroup: Sendable, Equatable {
    public var key: ProblemKey
    public var subject: ProblemSubject
    public var tally: ProblemTally

    /// The group's sentence: « « VRAI », « FAUX » au lieu de true/false dans 12 colonnes, lignes 8 à 9 ».
    public var phrase: ProblemPhrase {
        .group(
            subject, count: tally.count, severity: tally.severity, columns: tally.columns,
            firstRow: tally.firstRow, lastRow: tally.lastRow)
    }

    /// Which family of checks found it, for the web assistant's filter.
    public var family: ProblemFamily {
        switch subject {
        case .rule(.geo): .geography
        case .rule(.rule): .rules
        default: .schema
        }
    }
}

/// The families of checks a reader can filter on.
public enum ProblemFamily: String, Sendable, CaseIterable {
    case schema, rules, geography
}

/// Pure functions from a check's exact tallies to its groups, in reading order.
public enum ProblemSummary {
    /// Errors first, then by first row, then by size: what to look at first comes first.
    public static func groups(_ r: ValidationResult) -> [ProblemGroup] {
        groups(r.problems)
    }

    public static func groups(_ problems: [ProblemKey: ProblemTally]) -> [ProblemGroup] {
        problems.map { ProblemGroup(key: $0.key, subject: subject($0.key, samples: $0.value.samples), tally: $0.value) }
            .sorted { a, b in
                if a.tally.severity != b.tally.severity { return a.tally.severity > b.tally.severity }
                if a.tally.firstRow != b.tally.firstRow { return (a.tally.firstRow ?? 0) < (b.tally.firstRow ?? 0) }
                if a.tally.count != b.tally.count { return a.tally.count > b.tally.count }
                return a.key < b.key
            }
    }

    public static func subject(_ key: ProblemKey, samples: [String]) -> ProblemSubject {
        if let rule = RuleCode(rawValue: key.code.rawValue) { return .rule(.rule(rule)) }
        if let geo = GeoRuleCode(rawValue: key.code.rawValue) { return .rule(.geo(geo)) }
        switch (key.code, key.detail) {
        case (.typeError, .fieldType(let type)): return .wrongType(type, samples: samples)
        case (.constraintError, .constraint(let name)): return .constraint(name)
        case (.missingCell, _): return .missingCell
        case (.extraCell, _): return .extraCell
        case (.blankRow, _): return .blankRow
        case (.mojibake, _): return .mojibake
        default: return .other(key.code.rawValue)
        }
    }

    /// The findings of one group among a stream (the web assistant lists a group's cells).
    public static func belongs(_ f: Finding, to key: ProblemKey, fieldTypes: [String: String]) -> Bool {
        guard f.type == key.code, !FindingGroups.isGeneral(f) else { return false }
        switch key.detail {
        case .none: return f.constraint == nil
        case .constraint(let name): return f.constraint == name
        case .fieldType(let type): return fieldTypes[f.fieldName ?? ""] == type
        }
    }
}
