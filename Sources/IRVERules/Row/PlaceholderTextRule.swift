import IRVEFindings

/// A placeholder such as `N/A`, `XX`, `Inconnu` or `non précisé` written in a free-text column where
/// the producer meant "unknown". The schema takes it as text and the consolidation publishes it as is.
/// Only columns without enum, pattern or format: in the others the engine already rejects it.
struct PlaceholderTextRule: RowRule {
    static let entries = [
        Rule(.placeholderText, .warning, example: ("num_pdl", "N/A"), repair: PlaceholderText.repairCode)
    ]
    /// Its place in the registry: Scripts/generate-rules.py lists the rules by rank.
    static let rank = 110
    // The facts of its findings: cases of RowRuleFacts, copied there by Scripts/generate-rules.py
    // (`required` when the column cannot be left empty).
    // facts: case placeholder(column: String, value: String, required: Bool)

    /// Free-text columns that are optional in the current schema (2.3.1): an unknown value is an empty
    /// cell. Producers write placeholders in these (num_pdl, tarification and the local ids above all).
    static let optionalColumns = [
        "nom_amenageur", "nom_operateur", "id_station_local", "id_pdc_local", "tarification", "num_pdl",
        "observations",
    ]
    /// Free-text columns that are required: the real value is needed (`Aucune`, for no restriction).
    static let requiredColumns = ["restriction_gabarit"]

    /// Compared with the cell's ASCII letters in lower case. Not `Aucune`, `Aucun`, `RAS` nor `0`:
    /// those are answers (no restriction, nothing to report, free), not "unknown".
    static let placeholders: [[UInt8]] = [
        "n/a", "na", "x", "xx", "xxx", "-", "--", "?", "null", "inconnu", "inconnue", "néant", "neant",
        "non précisé", "non précisée", "non precise", "non renseigné", "non renseignée", "non renseigne",
    ].map { Array($0.utf8) }
    static let longest = placeholders.map(\.count).max() ?? 0
    /// A bit per length a placeholder has, and the first bytes they start with (lower case): nearly
    /// every real cell is rejected on these two tests, on the hot path.
    static let lengths: UInt64 = placeholders.reduce(0) { $0 | 1 << UInt64($1.count) }
    static let firstBytes: [UInt8] = Array(Set(placeholders.compactMap(\.first))).sorted()

    let columns: [(index: Int, required: Bool)]

    init(columns: RuleColumns) {
        self.columns =
            Self.optionalColumns.compactMap { columns[$0].map { ($0, false) } }
            + Self.requiredColumns.compactMap { columns[$0].map { ($0, true) } }
    }

    var reads: [Int?] { columns.map(\.index) }

    func check(_ row: RuleRow, into out: inout RowFindings) {
        for (column, required) in columns {
            let bytes = row.cell(column)
            guard bytes.count > 0, Self.isPlaceholder(bytes) else { continue }
            let value = RuleRow.text(bytes)
            out.add(
                .placeholderText, column, value,
                .placeholder(column: out.labels[column], value: value, required: required))
        }
    }

    static func isPlaceholder(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cell.count <= longest, lengths & (1 << UInt64(cell.count)) != 0,
            firstBytes.contains(lower(cell[0]))
        else { return false }
        return placeholders.contains { p in p.count == cell.count && zip(p, cell).allSatisfy { $0 == lower($1) } }
    }

    /// An ASCII letter in lower case; any other byte as it is.
    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { b &- 0x41 < 26 ? b | 0x20 : b }
}

/// What `irve fix` needs of the rule: it empties a placeholder in the optional columns (required in
/// the file's schema version, the cell is left to the producer).
public enum PlaceholderText {
    /// The code `irve fix` logs (the rule's own, as the INSEE repairs do).
    public static let repairCode = RepairCode.rule(.placeholderText)
    public static let optionalColumns: Set<String> = Set(PlaceholderTextRule.optionalColumns)

    public static func isPlaceholder(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        cell.count > 0 && PlaceholderTextRule.isPlaceholder(cell)
    }
}
