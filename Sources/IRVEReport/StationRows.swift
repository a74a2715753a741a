import IRVEFindings
import IRVERead

/// Which station each data row belongs to (`id_station_itinerance`, else `nom_station`), read once
/// from the file. The check keeps no per-row state (its memory is per station), so a report that
/// filters findings by station asks here. Memory is 4 bytes a row plus the distinct names, bounded.
public final class StationRows: RowConsumer {
    /// Distinct stations, in file order.
    public private(set) var names: [String] = []
    /// Station index by data row (row number − 2), −1 for a row that names none.
    private var byRow: [Int32] = []
    private var index: [String: Int32] = [:]
    private var columns: (id: Int?, name: Int?)?
    public static let maxRows = 1_000_000
    public static let maxStations = 100_000

    public init() {}

    /// The stations of the file at `path`; a file that cannot be read has none.
    public static func read(path: String) -> StationRows {
        let rows = StationRows()
        try? TableReader(path: path).read(into: rows)
        return rows
    }

    /// The station of a file row (header = 1), if the row names one.
    public func station(ofRow row: Int) -> String? {
        let k = row - 2
        guard k >= 0, k < byRow.count, byRow[k] >= 0 else { return nil }
        return names[Int(byRow[k])]
    }

    public func begin(_ info: TableInfo) {
        names = []
        byRow = []
        index = [:]
        columns = nil
    }

    public func row(_ row: RowView) throws {
        guard let c = columns else {
            let labels = row.strings.map { $0.trimmingSpacesAndNewlines().lowercased() }
            columns = (labels.firstIndex(of: "id_station_itinerance"), labels.firstIndex(of: "nom_station"))
            return
        }
        let k = row.number - 2
        guard k >= 0, k < Self.maxRows else { return }
        func cell(_ i: Int?) -> String {
            guard let i, i < row.count else { return "" }
            return row.string(i).trimmingSpacesAndNewlines()
        }
        let id = cell(c.id)
        let key = id.isEmpty ? cell(c.name) : id
        while byRow.count <= k { byRow.append(-1) }
        guard !key.isEmpty else { return }
        if let s = index[key] {
            byRow[k] = s
        } else if names.count < Self.maxStations {
            let s = Int32(names.count)
            index[key] = s
            names.append(key)
            byRow[k] = s
        }
    }

    public func ended(_ info: TableInfo) {}
}
