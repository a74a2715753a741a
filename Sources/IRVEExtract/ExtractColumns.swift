import IRVEFindings
import IRVERead
import IRVEValues

/// Where the draft's columns come from in the input: each schema field by its name (a national
/// export of any 2.x version names its columns like the schema), folded like every label.
struct ExtractColumns {
    /// For each schema field, its column in the input (nil: the draft leaves it empty).
    var source: [Int?]
    var code: Int?
    var point: Int?
    var siren: Int?
    var station: Int?
    var operatorName: Int?
    var amenageurName: Int?
    /// Separate longitude and latitude columns (QualiCharge, the national consolidation's corrected
    /// point): used when `coordonneesXY` is absent or does not place the row, and to fill it in the draft.
    var longitude: Int?
    var latitude: Int?
    /// Input columns that are not schema fields (`consolidated_*`, `datagouv_*`…), with their labels.
    var extra: [(index: Int, label: String)]

    init(header: RowView, fields: [String]) {
        var byLabel: [String: Int] = [:]
        var labels: [String] = []
        for i in 0..<header.count {
            let label = header.string(i)
            labels.append(label)
            let key = TextFolding.fold(label, .label)
            if byLabel[key] == nil { byLabel[key] = i }
        }
        let found = fields.map { byLabel[TextFolding.fold($0, .label)] }
        source = found
        func column(_ name: String) -> Int? { fields.firstIndex(of: name).flatMap { found[$0] } }
        code = column("code_insee_commune")
        point = column("coordonneesXY")
        siren = column("siren_amenageur")
        station = column("id_station_itinerance")
        operatorName = column("nom_operateur")
        amenageurName = column("nom_amenageur")
        func first(_ names: [String]) -> Int? { names.lazy.compactMap { byLabel[$0] }.first }
        longitude = first(["longitude", "consolidated_longitude", "lon", "lng", "xlongitude"])
        latitude = first(["latitude", "consolidated_latitude", "lat", "ylatitude"])
        let used = Set(found.compactMap { $0 })
        extra = labels.indices.filter { !used.contains($0) }.map { ($0, labels[$0]) }
    }

    /// Whether the file can be matched to a territory at all.
    var canMatch: Bool { code != nil || point != nil || (longitude != nil && latitude != nil) || siren != nil }

    /// Where the draft's `coordonneesXY` comes from when the input has no such column.
    var rebuildsPoint: Bool { point == nil && longitude != nil && latitude != nil }
}
