import IRVEFindings
import IRVEGeo
import IRVERead
import IRVESchema
import IRVESchemaCatalog
import IRVEWording

/// Everything `irve check` learnt about one file.
public final class ValidationResult {
    public internal(set) var info: TableInfo?
    public internal(set) var schema: SchemaCatalog.Entry?
    public internal(set) var layout: Layout?
    public internal(set) var header: HeaderMatch?
    public internal(set) var headerSeen = false
    /// Data rows (records after the header).
    public internal(set) var rows = 0
    /// Distinct stations (`id_station_itinerance`) when the business rules ran, else nil.
    public internal(set) var stations: Int?
    /// Stations' addresses for a geocoder (only with `ValidationOptions.collectAddresses`).
    public internal(set) var addressCandidates: [AddressCandidate] = []

    /// Findings of a later stage (the address geocoding) joined to the report and its counts.
    public func append(_ more: [Finding]) { findings.addUnordered(more) }
    public let findings = FindingStore()
    /// Per schema field: rows in error and up to five distinct sample values.
    public private(set) var columnErrors: [Int] = []
    public private(set) var columnSamples: [[String]] = []
    var lang: Language = .fr

    public var errorCount: Int { findings.errorCount }
    public var warningCount: Int { findings.warningCount }
    public var isValid: Bool { findings.errorCount == 0 }

    /// Reports name the file `name` (a downloaded file is named by its URL, not its temporary path).
    public func rename(as name: String) { info?.path = name }

    func reset(info: TableInfo) {
        self.info = info
        stations = nil
        schema = nil
        layout = nil
        header = nil
        headerSeen = false
        rows = 0
        findings.reset()
        columnErrors = []
        columnSamples = []
    }

    func prepareStats(fieldCount: Int) {
        columnErrors = Array(repeating: 0, count: fieldCount)
        columnSamples = Array(repeating: [], count: fieldCount)
    }

    /// Adds a checked batch's findings and statistics (batches arrive in file order).
    func merge(_ out: RowChecker.Output) {
        findings.append(out.store)
        findings.addRuleFindings(out.ruleFindings, prepared: out.ruleFindingsPrepared)
        for f in columnErrors.indices where f < out.columnErrors.count {
            columnErrors[f] += out.columnErrors[f]
            for s in out.columnSamples[f] where columnSamples[f].count < 5 && !columnSamples[f].contains(s) {
                columnSamples[f].append(s)
            }
        }
    }

    /// Exact counts per group (column name, or `FindingGroups.generalKey(type)`).
    public var groupTallies: [String: FindingGroups.Tally] {
        findings.groups.tallies(fieldNames: schema?.schema.fields.map(\.name) ?? [])
    }

    /// Exact counts per problem (same code, same kind of fact), over every finding, kept or not.
    public var problems: [ProblemKey: ProblemTally] {
        findings.groups.problemTallies.problems(fields: schema?.schema.fields ?? [])
    }

    /// All stored findings with their messages, in file order (general first, then row by row).
    /// They are read back from the store's logs as the sequence is walked, never all at once.
    public func allFindings(_ lang: Language) -> FindingStream {
        FindingStream(result: self, lang: lang)
    }

    /// The same findings as the JSON objects of a report (`FindingJSONStream`), read back the same way.
    public func findingsAsJSON(_ lang: Language) -> FindingJSONStream {
        FindingJSONStream(result: self, lang: lang)
    }

    static func materialize(
        _ i: FindingStore.CellIssue, cell: String, fields: [Field], labels: [String],
        lang: Language, memo: inout MessageMemo
    ) -> Finding {
        let field: Field? = i.field >= 0 && Int(i.field) < fields.count ? fields[Int(i.field)] : nil
        let fieldNumber = Int(i.column) + 1
        func words(_ facts: EngineFacts) -> String { Wording.message(.engine(facts), lang) }
        switch i.kind {
        case .typeError:
            let message = field.map { f in
                memo.message(i, cell) {
                    words(.typeError(cell: cell, field: FieldFacts(f), problem: CellFacts.typeProblem(f, cell)))
                }
            }
            return Finding(
                .typeError, rowNumber: i.row, fieldName: field?.name,
                fieldNumber: fieldNumber, cell: cell, message: message ?? "")
        case .constraint:
            let name = ConstraintSet.ordered[Int(i.constraint)].1
            let message = field.map { f in
                memo.message(i, cell) {
                    words(
                        .constraint(
                            cell: cell, field: FieldFacts(f),
                            problem: CellFacts.constraintProblem(name, f, cell)))
                }
            }
            return Finding(
                .constraintError, rowNumber: i.row, fieldName: field?.name,
                fieldNumber: fieldNumber, cell: cell, constraint: name, message: message ?? "")
        case .missingCell:
            let name = field?.name ?? ""
            return Finding(
                .missingCell, rowNumber: i.row, fieldName: name,
                fieldNumber: fieldNumber, cell: "",
                message: words(.missingCell(row: i.row, field: name, column: fieldNumber)))
        case .extraCell:
            return Finding(
                .extraCell, rowNumber: i.row, fieldName: "",
                fieldNumber: fieldNumber, cell: cell,
                message: words(.extraCell(row: i.row, column: fieldNumber, cell: cell)))
        case .blankRow:
            return Finding(
                .blankRow, rowNumber: i.row,
                message: words(.blankRow(row: i.row)))
        case .mojibake:
            return Finding(
                .mojibake, rowNumber: i.row, fieldName: field?.name,
                fieldNumber: fieldNumber, cell: cell,
                message: memo.message(i, cell) { words(.mojibake(cell: cell)) })
        }
    }
}
