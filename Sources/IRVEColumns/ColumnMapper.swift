import IRVEFindings
import IRVESchema
import IRVEValues

/// The one engine that places the columns a header match left over (`irve check` reports its
/// proposals, `irve fix` applies them): `--map` first, then the portal labels
/// (`ColumnSynonyms`), then the content of the columns (`ContentDetector`), each only onto a
/// field no column feeds yet. It runs once per file, on the header and a bounded sample of rows.
public struct ColumnMapper: Sendable {
    public let labels: [String]
    /// The schema's field names, in order, and whether each is required.
    let fields: [(name: String, required: Bool, type: String)]
    /// Fields already fed (matched by name, or derived like v1's `coordonneesXY`).
    let taken: Set<String>
    /// The columns no field uses (0-based), in file order.
    public let unplaced: [Int]
    let manual: [(column: Int, field: String)]

    /// `fieldColumns[f]`: the column feeding field `f`, nil when none. `alsoFed`: fields the caller
    /// fills from other columns. `manual`: the `--map` pairs, checked with `manualPairs`.
    public init(
        labels: [String], schema: TableSchema, fieldColumns: [Int?], alsoFed: Set<String> = [],
        manual: [(column: Int, field: String)] = []
    ) {
        self.labels = labels
        fields = schema.fields.map { ($0.name, $0.constraints.required, $0.type.rawValue) }
        var taken = alsoFed
        var used = Set<Int>()
        for (f, c) in fieldColumns.enumerated() {
            guard let c else { continue }
            taken.insert(schema.fields[f].name)
            used.insert(c)
        }
        self.taken = taken
        unplaced = labels.indices.filter { !used.contains($0) }
        self.manual = manual
    }

    /// Whether the mapping can change anything: a column left over and a field free for it.
    public var hasWork: Bool { !unplaced.isEmpty && fields.contains { !taken.contains($0.name) } }

    /// The columns worth sampling: those left over whose label does not settle them.
    public var columnsToSample: [Int] {
        unplaced.filter { c in !manual.contains { $0.column == c } && ColumnSynonyms.field(for: labels[c]) == nil }
    }

    /// The proposals, one per placed column, in file order. `sample[c]`: up to
    /// `ContentDetector.sampleRows` non-empty cells of column `c`.
    public func propose(sample: [Int: [String]]) -> [ColumnProposal] {
        var free = Set(fields.map(\.name)).subtracting(taken)
        var byColumn: [Int: ColumnProposal] = [:]
        func place(_ c: Int, _ field: String, _ confidence: MappingConfidence, _ evidence: MappingEvidence) {
            free.remove(field)
            byColumn[c] = ColumnProposal(
                column: c + 1, label: labels[c], field: field, confidence: confidence, evidence: evidence)
        }
        // What the user asks for wins, even over a column matched by name (`irve fix` then drops that one).
        for (c, field) in manual { place(c, field, .certain, .manual) }
        for c in unplaced where byColumn[c] == nil {
            if let field = ColumnSynonyms.field(for: labels[c]), free.contains(field) {
                place(c, field, .certain, .synonym)
            }
        }
        // Content: every column read first, so two columns that look alike make both doubtful.
        var detected: [(column: Int, kind: ContentKind, matching: Int, sampled: Int, field: String)] = []
        for c in unplaced where byColumn[c] == nil {
            let values = sample[c] ?? []
            guard let (kind, matching) = ContentDetector.detect(values),
                !(kind == .communeCode && Self.namesPostcode(labels[c])),
                let field = candidate(for: kind, free: free)
            else { continue }
            detected.append((c, kind, matching, values.count, field))
        }
        for d in detected where free.contains(d.field) {
            let rivals = detected.filter { $0.field == d.field }.count
            let share = Double(d.matching) / Double(d.sampled)
            let sure = rivals == 1 && share >= ContentDetector.certainShare && Self.specific.contains(d.kind)
            place(
                d.column, d.field, sure ? .certain : .doubtful,
                .content(kind: d.kind, matching: d.matching, sampled: d.sampled))
        }
        return byColumn.keys.sorted().compactMap { byColumn[$0] }
    }

    /// A label that says its five digits are postcodes (`CP`, `Code postal`), not INSEE codes.
    static func namesPostcode(_ label: String) -> Bool {
        let folded = TextFolding.fold(label, .portalLabel)
        return folded == "cp" || folded.contains("postal") || folded.hasSuffix("_cp") || folded.hasPrefix("cp_")
    }

    /// Kinds that name one field without doubt.
    static let specific: Set<ContentKind> = [
        .coordinates, .stationId, .pointId, .inseeCode, .siren, .pdl, .phone, .openingHours,
    ]

    /// The free field a kind of value fills: the required ones first.
    func candidate(for kind: ContentKind, free: Set<String>) -> String? {
        let names: [String]
        switch kind {
        case .coordinates: names = ["coordonneesXY"]
        case .stationId: names = ["id_station_itinerance"]
        case .pointId: names = ["id_pdc_itinerance"]
        case .inseeCode, .communeCode: names = ["code_insee_commune"]
        case .siren: names = ["siren_amenageur"]
        case .pdl: names = ["num_pdl"]
        case .phone: names = ["telephone_operateur"]
        case .email: names = ["contact_operateur", "contact_amenageur"]
        case .openingHours: names = ["horaires"]
        // Exports carry other dates (`updated_at`, `created_at`): only the required date_maj, doubtful.
        case .date: names = ["date_maj"]
        case .power: names = ["puissance_nominale"]
        // Many fields are booleans: only when exactly one required one is free.
        case .boolean:
            let open = fields.filter { $0.type == "boolean" && $0.required && free.contains($0.name) }
            return open.count == 1 ? open[0].name : nil
        }
        return names.first { free.contains($0) }
    }

    /// Whether `field` is a required field of the schema.
    public func isRequired(_ field: String) -> Bool { fields.contains { $0.name == field && $0.required } }

    /// The `--map "LABEL=champ"` texts as column/field pairs: the label found as written, else
    /// folded like the header; the field among the schema's.
    public static func manualPairs(
        _ texts: [String], labels: [String], schema: TableSchema
    ) throws(ColumnMapError) -> [(column: Int, field: String)] {
        var pairs: [(column: Int, field: String)] = []
        let names = schema.fields.map(\.name)
        for text in texts {
            let (label, field) = try split(text)
            guard names.contains(field) else { throw .unknownField(field: field, known: names) }
            let folded = TextFolding.fold(label, .portalLabel)
            guard
                let column = labels.firstIndex(of: label)
                    ?? labels.firstIndex(where: { TextFolding.fold($0, .portalLabel) == folded })
            else { throw .unknownColumn(label: label, labels: labels) }
            if pairs.contains(where: { $0.column == column || $0.field == field }) { throw .twice(text) }
            pairs.append((column, field))
        }
        return pairs
    }

    /// `LABEL=champ` split at its last `=` (a label may hold one), both sides trimmed and non-empty.
    public static func split(_ text: String) throws(ColumnMapError) -> (label: String, field: String) {
        guard let eq = text.lastIndex(of: "=") else { throw .syntax(text) }
        let label = String(text[..<eq]).trimmingSpaces()
        let field = String(text[text.index(after: eq)...]).trimmingSpaces()
        guard !label.isEmpty, !field.isEmpty else { throw .syntax(text) }
        return (label, field)
    }
}
