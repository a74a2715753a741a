import IRVEFindings
import IRVEWording

/// A `StationMap` as GeoJSON (RFC 7946), ready for uMap or QGIS: one feature per station, a Point
/// (or a MultiPoint when its rows give several points) at the corrected position, with the
/// station's status, rows and findings as properties.
public enum StationGeoJSON {
    public static func encode(_ map: StationMap, lang: Language) -> [UInt8] {
        var j = JSONBytes()
        j.raw("{\"type\":\"FeatureCollection\",\"features\":[")
        var first = true
        for st in map.stations where !st.points.isEmpty {
            if !first { j.raw(",") }
            first = false
            feature(st, into: &j, lang)
        }
        j.raw("]}\n")
        return j.bytes
    }

    static func feature(_ st: MapStation, into j: inout JSONBytes, _ lang: Language) {
        var distinct: [(Double, Double)] = []
        for p in st.points where !distinct.contains(where: { $0 == p.shown }) { distinct.append(p.shown) }
        j.raw("{\"type\":\"Feature\",\"geometry\":{\"type\":")
        if distinct.count == 1 {
            j.raw("\"Point\",\"coordinates\":")
            position(distinct[0], into: &j)
        } else {
            j.raw("\"MultiPoint\",\"coordinates\":[")
            for (k, p) in distinct.enumerated() {
                if k > 0 { j.raw(",") }
                position(p, into: &j)
            }
            j.raw("]")
        }
        j.raw("},\"properties\":{\"id_station_itinerance\":")
        j.string(st.id)
        j.raw(",\"nom_station\":")
        j.string(st.name)
        j.raw(",\"statut\":")
        j.string(st.status.rawValue)
        j.raw(",\"statut_libelle\":")
        j.string(Wording.map(.status(st.status), lang))
        j.raw(",\"couleur\":")
        j.string(SVGMap.colours[st.status] ?? "")
        j.raw(",\"lignes\":[")
        for (k, p) in st.points.enumerated() {
            if k > 0 { j.raw(",") }
            j.int(p.row)
        }
        j.raw("],\"points_inverses\":")
        j.int(st.points.filter { $0.corrected != nil }.count)
        j.raw(",\"commune_du_point\":")
        j.string(st.points.compactMap(\.fallsIn).first)
        j.raw(",\"constats\":[")
        for (k, f) in st.findings.enumerated() {
            if k > 0 { j.raw(",") }
            j.raw("{\"ligne\":")
            j.int(f.row)
            j.raw(",\"code\":")
            j.string(f.code)
            j.raw(",\"gravite\":")
            j.string(f.severity.rawValue)
            j.raw(",\"message\":")
            j.string(f.message)
            j.raw("}")
        }
        j.raw("]}}")
    }

    static func position(_ p: (Double, Double), into j: inout JSONBytes) {
        j.raw("[")
        j.number(p.0)
        j.raw(",")
        j.number(p.1)
        j.raw("]")
    }
}
