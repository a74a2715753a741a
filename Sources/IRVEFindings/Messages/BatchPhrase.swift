/// The phrases of a check over several files (`irve check DOSSIER…`) and of the CI formats (GitHub
/// annotations, JUnit, GitLab Code Quality), around the findings' own messages. Worded by
/// `Wording.message(_:_:)` in every language.
public enum BatchPhrase: Sendable, Equatable {
    /// One line per file of the text output: verdict, counts, stations (nil: not counted, e.g. a
    /// schema-only check or a file that is not IRVE statique).
    case fileLine(file: String, valid: Bool, errors: Int, warnings: Int, stations: Int?)
    /// The line of a file that could not be checked, with the reason.
    case unreadableLine(file: String, reason: String)
    /// The last line: how many files, of which valid, invalid and unreadable, and the totals.
    case summary(BatchTotals)
    /// An option that needs a number above zero (`--jobs`, `--max-download`, `--download-timeout`).
    case positiveNumberExpected(option: String, value: String)
    /// A folder given on the command line that holds no .csv or .xlsx file.
    case emptyFolder(String)
    /// The title of a finding's annotation (GitHub) or test case (JUnit): "irve : type-error".
    case annotationTitle(code: String)
    /// The title of the annotation of a file that could not be checked.
    case unreadableTitle
    /// GitHub: annotations not shown because of --max-findings (the totals stay exact).
    case annotationsCut(shown: Int, total: Int)
    /// JUnit: the test case of a check family, and the families themselves.
    case family(CheckFamily)
    /// JUnit: the failure's short message, "3 erreur(s), 1 avertissement(s)".
    case caseCounts(errors: Int, warnings: Int)
    /// JUnit: findings of a test case not listed (`--max-findings`, or more than the case shows).
    case caseMore(Int)
    /// A finding's place in a JUnit failure text: "ligne 12, colonne puissance_nominale".
    case place(row: Int?, column: String?)
}

/// The totals of a check over several files (exact, whatever `--max-findings` kept).
public struct BatchTotals: Sendable, Equatable {
    public var files = 0
    public var valid = 0
    public var invalid = 0
    public var unreadable = 0
    public var errors = 0
    public var warnings = 0
    public var stations = 0

    public init() {}
}

/// The families of checks a JUnit report groups its test cases in.
public enum CheckFamily: String, Sendable, Equatable, CaseIterable {
    /// The file, its header and its cells against the Table Schema.
    case schema
    /// The IRVE business rules (`RuleCode`).
    case rules
    /// The geographic coherence checks (`GeoRuleCode`).
    case geography

    /// The family of a finding code.
    public init(_ code: FindingCode) {
        if RuleCode(rawValue: code.rawValue) != nil {
            self = .rules
        } else if GeoRuleCode(rawValue: code.rawValue) != nil {
            self = .geography
        } else {
            self = .schema
        }
    }
}
