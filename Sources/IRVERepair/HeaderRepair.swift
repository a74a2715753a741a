import IRVEFindings
import IRVESchema
import IRVEValues

/// Maps a file's labels to the target schema's fields: exact names, then case/accents/spaces,
/// mojibake and small typos, then the v1 column names. Returns the column feeding each field.
public struct HeaderRepair: Sendable {
    public let sourceOfField: [Int?]
    /// Renamed labels (row 1 of the change log).
    public let renames: [Change]
    /// Input columns no field uses.
    public let extraColumns: [Int]

    /// IRVE v1 column names and the 2.3.1 field they become (coordinates are handled apart).
    static let v1Names: [String: String] = [
        "n_amenageur": "nom_amenageur", "n_operateur": "nom_operateur", "n_enseigne": "nom_enseigne",
        "id_station": "id_station_itinerance", "n_station": "nom_station", "ad_station": "adresse_station",
        "code_insee": "code_insee_commune", "id_pdc": "id_pdc_itinerance", "puiss_max": "puissance_nominale",
        // In the 1.0.3 layout this column holds the opening hours.
        "accessibilite": "horaires",
    ]

    init(sourceOfField: [Int?], renames: [Change], extraColumns: [Int]) {
        self.sourceOfField = sourceOfField
        self.renames = renames
        self.extraColumns = extraColumns
    }

    public init(labels: [String], schema: TableSchema) {
        var used = Set<Int>()
        var source: [Int?] = Array(repeating: nil, count: schema.fields.count)
        var renames: [Change] = []
        func fold(_ s: String) -> String { TextFolding.fold(s, .mojibakeLabel) }
        let folded = labels.map(fold)
        // Pass 1: exact names. Pass 2: folded names. Pass 3: v1 names. Pass 4: typos (distance ≤ 2).
        for (f, field) in schema.fields.enumerated() {
            if let i = labels.firstIndex(of: field.name), !used.contains(i) {
                source[f] = i
                used.insert(i)
            }
        }
        for (f, field) in schema.fields.enumerated() where source[f] == nil {
            let target = fold(field.name)
            if let i = folded.indices.first(where: { !used.contains($0) && folded[$0] == target }) {
                source[f] = i
                used.insert(i)
            }
        }
        for (f, field) in schema.fields.enumerated() where source[f] == nil {
            if let i = folded.indices.first(where: { !used.contains($0) && Self.v1Names[folded[$0]] == field.name }) {
                source[f] = i
                used.insert(i)
            }
        }
        for (f, field) in schema.fields.enumerated() where source[f] == nil {
            let target = fold(field.name)
            let candidates = folded.indices.filter {
                !used.contains($0) && TextFolding.distance(folded[$0], target, limit: 2) <= 2
            }
            if candidates.count == 1, let i = candidates.first, target.count > 5 {
                source[f] = i
                used.insert(i)
            }
        }
        for (f, field) in schema.fields.enumerated() {
            if let i = source[f], labels[i] != field.name {
                renames.append(
                    Change(
                        row: 1, column: field.name, before: labels[i], after: field.name, rule: .header,
                        confidence: fold(labels[i]) == fold(field.name) ? .certain : .likely))
            }
        }
        sourceOfField = source
        self.renames = renames
        extraColumns = labels.indices.filter { !used.contains($0) }
    }
}
