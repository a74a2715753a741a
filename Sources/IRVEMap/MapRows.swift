import IRVEFindings
import IRVERead
import IRVEValues

/// The columns a map needs, read from the file once: each row's station, point and INSEE code.
/// Memory is one small record per row, and stations stop at `MapBuilder.maxStations`.
final class MapRows: RowConsumer {
    struct Row {
        var station: Int32
        var lon: Double
        var lat: Double
        var code: String
    }
    private(set) var stations: [MapStation] = []
    private(set) var rows: [Int: Row] = [:]
    private(set) var withoutPoint = 0
    /// The stations past `maxStations`, counted once each by a 64-bit hash of their key (12 to 16
    /// bytes a station: a million distinct stations as a `Set<String>` took about 40 MB more).
    private var leftOutKeys = PagedArray<UInt64>()
    private var leftOutIndex = HashIndex()
    var leftOutCount: Int { leftOutKeys.count }
    private var index: [String: Int32] = [:]
    private var columns: (id: Int?, name: Int?, point: Int?, code: Int?)?
    /// Rows past `maxRows` (the map's memory bound), counted.
    private(set) var rowsLeftOut = 0
    let maxStations: Int
    let maxRows: Int

    init(maxStations: Int, maxRows: Int) {
        self.maxStations = maxStations
        self.maxRows = maxRows
    }

    func begin(_ info: TableInfo) {
        stations = []
        rows = [:]
        withoutPoint = 0
        rowsLeftOut = 0
        index = [:]
        columns = nil
        leftOutKeys = PagedArray()
        leftOutIndex = HashIndex()
    }

    func row(_ row: RowView) throws {
        guard let c = columns else {
            let labels = row.strings.map { TextFolding.fold($0, .label) }
            func find(_ name: String) -> Int? { labels.firstIndex(of: TextFolding.fold(name, .label)) }
            columns = (
                find("id_station_itinerance"), find("nom_station"), find("coordonneesXY"), find("code_insee_commune")
            )
            return
        }
        func cell(_ i: Int?) -> String {
            guard let i, i < row.count else { return "" }
            return row.string(i).trimmingSpacesAndNewlines()
        }
        guard rows.count < maxRows else {
            rowsLeftOut += 1
            return
        }
        let id = cell(c.id)
        let name = cell(c.name)
        let key = !id.isEmpty ? id : !name.isEmpty ? name : "#\(row.number)"
        guard let v = CoordinateValue.read(cell(c.point)), let lon = Double(v.first), let lat = Double(v.second),
            lon.isFinite, lat.isFinite
        else {
            withoutPoint += 1
            return
        }
        var s = index[key]
        if s == nil {
            guard stations.count < maxStations else {
                var k = key
                let h = k.withUTF8 { FNV.hash64($0) }
                if leftOutIndex.find(h, in: leftOutKeys) == nil {
                    leftOutKeys.append(h)
                    leftOutIndex.insert(number: leftOutKeys.count - 1, of: leftOutKeys)
                }
                return
            }
            s = Int32(stations.count)
            index[key] = s
            stations.append(MapStation(id: key, name: name))
        }
        guard let s else { return }
        rows[row.number] = Row(station: s, lon: lon, lat: lat, code: cell(c.code))
        stations[Int(s)].points.append(MapPoint(row: row.number, lon: lon, lat: lat))
    }

    func ended(_ info: TableInfo) {}
}
