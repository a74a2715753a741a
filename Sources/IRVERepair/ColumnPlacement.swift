import IRVEColumns
import IRVEFindings
import IRVERead
import IRVESchema
import IRVEValues
import IRVEWording

/// What `irve fix` did with the columns a header match left over: placed onto a field, kept at the
/// end, or dropped (with their count of non-empty cells, never silently).
public struct ColumnOutcome: Sendable {
    /// Placements applied (by `--map`, portal label or content).
    public var mapped: [ColumnProposal] = []
    /// Doubtful placements not applied (no `--aggressive`); `kept`: written at the end anyway.
    public var notApplied: [(proposal: ColumnProposal, kept: Bool)] = []
    /// Columns written at the end without a field (`--keep-extra`, or a possible required field).
    public var kept: [String] = []
    /// Columns left out whose values no field took, with their non-empty cells over the whole file.
    public var dropped: [(label: String, cells: Int)] = []
    /// The input column feeding each schema field (nil: none), after the placements.
    public var sourceOfField: [Int?] = []
    /// The input columns written after the schema's, in order.
    public var keptColumns: [Int] = []
    /// The input columns of `dropped`, in the same order.
    public var droppedColumns: [Int] = []
    /// Input columns left out whose values went into fields (v1's Xlongitude, Ylatitude, type_prise).
    public var derivedColumns: [Int] = []
    public init() {}
}

/// The header plan of `irve fix` once the leftover columns are placed: `IRVEColumns.ColumnMapper`
/// proposes, this applies the certain proposals (every one with `--aggressive`) and decides which
/// columns are written at the end.
struct ColumnPlacement {
    var header: HeaderRepair
    /// Input columns written after the schema's, in order.
    var kept: [Int]
    /// Input columns left out (their non-empty cells are counted while repairing).
    var dropped: [Int]
    var outcome: ColumnOutcome

    init(
        header h: HeaderRepair, mapper: ColumnMapper, sample: [Int: [String]], labels: [String],
        schema: TableSchema, options: RepairOptions
    ) {
        let proposals = mapper.propose(sample: sample)
        var source = h.sourceOfField
        var renames = h.renames
        var outcome = ColumnOutcome()
        var placed = Set<Int>()
        var mayHoldRequired = Set<Int>()
        var freed: [Int] = []
        for p in proposals {
            let c = p.column - 1
            guard p.confidence == .certain || options.aggressive,
                let f = schema.fields.firstIndex(where: { $0.name == p.field })
            else {
                if mapper.isRequired(p.field) { mayHoldRequired.insert(c) }
                continue
            }
            // A `--map` may move a column matched by name, or displace the column that fed the field.
            if let g = source.firstIndex(of: c) {
                source[g] = nil
                renames.removeAll { $0.column == schema.fields[g].name }
            }
            if let old = source[f], old != c {
                freed.append(old)
                renames.removeAll { $0.column == p.field }
            }
            source[f] = c
            placed.insert(c)
            outcome.mapped.append(p)
            renames.append(
                Change(
                    row: 1, column: p.field, before: p.label, after: p.field, rule: .header,
                    confidence: Self.confidence(p), evidence: Wording.evidence(p.evidence, options.lang)))
        }
        let extras = (h.extraColumns + freed).sorted().filter { !placed.contains($0) }
        for p in proposals where !placed.contains(p.column - 1) {
            outcome.notApplied.append((p, !options.keepExtra && mayHoldRequired.contains(p.column - 1)))
        }
        let kept = extras.filter { options.keepExtra || mayHoldRequired.contains($0) }
        self.kept = kept
        dropped = extras.filter { !kept.contains($0) }
        outcome.kept = kept.map { labels[$0] }
        outcome.sourceOfField = source
        outcome.keptColumns = kept
        header = HeaderRepair(sourceOfField: source, renames: renames, extraColumns: extras)
        self.outcome = outcome
    }

    /// The change log's confidence of a placement: asked for, certain by label or content, or a guess.
    static func confidence(_ p: ColumnProposal) -> ProposedChange.Confidence {
        switch (p.evidence, p.confidence) {
        case (.manual, _): .certain
        case (_, .certain): .likely
        case (_, .doubtful): .guess
        }
    }
}
