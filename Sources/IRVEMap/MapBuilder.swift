import IRVEFindings
import IRVEGeo
import IRVERead
import IRVEValidate
import IRVEValues

/// A checked file as a map: its stations, coloured by their worst finding, over the contours of
/// the communes they name or fall in (from the embedded COG 2026 reference: no tile server).
public enum MapBuilder {
    /// One map stays readable and small: past these, stations and communes are counted, not drawn.
    public static let maxStations = 20_000
    public static let maxCommunes = 300
    public static let maxRows = 200_000
    /// Findings listed per station and in all (the counts and colours stay exact past them).
    public static let maxFindingsPerStation = 200
    public static let maxFindings = 100_000

    public static func build(path: String, result: ValidationResult, lang: Language) throws(ReadError) -> StationMap {
        let rows = MapRows(maxStations: maxStations, maxRows: maxRows)
        try TableReader(path: path).read(into: rows)
        var map = StationMap(file: path)
        var stations = rows.stations
        map.rowsWithoutPoint = rows.withoutPoint
        map.stationsLeftOut = rows.leftOutCount
        map.rowsLeftOut = rows.rowsLeftOut
        attach(result.allFindings(lang), rows: rows, to: &stations)
        let reference = GeoReference.shared
        if let reference { locate(&stations, rows: rows, reference) }
        map.stations = stations
        if let reference { (map.communes, map.communesLeftOut) = communes(stations, rows: rows, reference) }
        return map
    }

    /// Each finding goes to its row's station; a swapped point gets its corrected position.
    static func attach(_ findings: FindingStream, rows: MapRows, to stations: inout [MapStation]) {
        var listed = 0
        for f in findings {
            guard let r = f.rowNumber, let row = rows.rows[r] else { continue }
            let s = Int(row.station)
            stations[s].findingCount += 1
            if stations[s].findings.count < maxFindingsPerStation, listed < maxFindings {
                listed += 1
                stations[s].findings.append(
                    MapFinding(row: r, code: f.type.rawValue, severity: f.severity, message: f.message))
            }
            switch f.severity {
            case .error: stations[s].status = .error
            case .warning where stations[s].status == .valid: stations[s].status = .warning
            default: break
            }
            if f.type == .geo(.coordinatesSwapped), let text = f.proposedChange?.newValue,
                let v = CoordinateValue.read(text), let lon = Double(v.first), let lat = Double(v.second),
                let k = stations[s].points.firstIndex(where: { $0.row == r })
            {
                stations[s].points[k].corrected = (lon, lat)
            }
        }
    }

    /// Names the commune a point falls in when it is not the one its code names.
    static func locate(_ stations: inout [MapStation], rows: MapRows, _ reference: GeoReference) {
        for s in stations.indices {
            for k in stations[s].points.indices {
                let p = stations[s].points[k]
                let shown = p.shown
                guard let c = reference.communeAt(GeoPoint(lon: shown.lon, lat: shown.lat)) else { continue }
                let code = rows.rows[p.row]?.code ?? ""
                let own = reference.lookup(code: Array(code.utf8)).map(reference.current)
                if own != c {
                    let commune = reference.commune(c)
                    stations[s].points[k].fallsIn = "\(commune.name) (\(commune.code))"
                }
            }
        }
    }

    /// The communes to draw: those the rows' codes name and those the points fall in.
    static func communes(
        _ stations: [MapStation], rows: MapRows, _ reference: GeoReference
    ) -> ([MapCommune], Int) {
        var wanted: [Int] = []
        var seen: Set<Int> = []
        func add(_ i: Int?) {
            guard let i, seen.insert(i).inserted else { return }
            wanted.append(i)
        }
        for s in stations {
            for p in s.points {
                let code = rows.rows[p.row]?.code ?? ""
                add(reference.lookup(code: Array(code.utf8)).map(reference.current))
                let shown = p.shown
                add(reference.communeAt(GeoPoint(lon: shown.lon, lat: shown.lat)))
            }
        }
        let drawn = wanted.prefix(maxCommunes).map { i -> MapCommune in
            let c = reference.commune(i)
            let rings = reference.rings(i).map { ring in ring.map { [$0.lon, $0.lat] } }
            return MapCommune(code: c.code, name: c.name, rings: rings)
        }
        return (Array(drawn), max(0, wanted.count - maxCommunes))
    }
}
