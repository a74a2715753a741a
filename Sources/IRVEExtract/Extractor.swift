import IRVEFindings
import IRVEGeo
import IRVERead
import IRVERepair
import IRVEValues

/// Streams a national file and writes the territory's rows as a 2.3.1 draft: one row in memory at a
/// time; what grows is the set of kept stations and operators, bounded by the territory.
final class Extractor: RowConsumer {
    let fields: [String]
    let writer: CSVWriter?
    let keepDisagreements: Bool
    private var territory: Territory
    private var columns: ExtractColumns?
    private(set) var summary = ExtractSummary()
    private(set) var cannotMatch = false
    private var stations: Set<String> = []
    private var operators: [String: Int] = [:]
    private var extraCounts: [Int] = []
    static let sampleLimit = 10
    private let pointField: Int?

    init(fields: [String], territory: Territory, writer: CSVWriter?, keepDisagreements: Bool) {
        self.fields = fields
        self.territory = territory
        self.writer = writer
        self.keepDisagreements = keepDisagreements
        pointField = fields.firstIndex(of: "coordonneesXY")
    }

    func begin(_ info: TableInfo) {
        // The reader may start over (not UTF-8 after all): forget everything.
        columns = nil
        cannotMatch = false
        summary = ExtractSummary()
        stations = []
        operators = [:]
        writer?.restart()
    }

    func row(_ row: RowView) throws {
        guard let columns else { return header(row) }
        guard !cannotMatch else { return }
        summary.rowsRead += 1
        for (k, e) in columns.extra.enumerated() where e.index < row.count && !isBlank(row[e.index]) {
            extraCounts[k] += 1
        }
        let verdict = decide(row, columns)
        guard verdict.keep else { return }
        summary.rowsKept += 1
        if verdict.reasons.code { summary.keptByCode += 1 }
        if verdict.reasons.point { summary.keptByPoint += 1 }
        if verdict.reasons.siren { summary.keptBySIREN += 1 }
        if let s = cell(row, columns.station), !s.isEmpty { stations.insert(s) }
        let name = cell(row, columns.operatorName).flatMap { $0.isEmpty ? nil : $0 } ?? cell(row, columns.amenageurName)
        if let name, !name.isEmpty { operators[name, default: 0] += 1 }
        write(row, columns)
    }

    func ended(_ info: TableInfo) {
        summary.territory = territory.places
        summary.stations = stations.count
        summary.operators = operators.map { ExtractCount(name: $0.key, count: $0.value) }
            .sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        summary.disagreementsKept = keepDisagreements
        if let columns {
            summary.missingColumns = zip(fields, columns.source).filter { $0.1 == nil }.map(\.0)
            if columns.rebuildsPoint, let lon = columns.longitude, let lat = columns.latitude {
                summary.pointColumns = ExtractPointColumns(longitude: label(lon), latitude: label(lat))
                summary.missingColumns.removeAll { $0 == "coordonneesXY" }
            }
            // The columns a rebuilt coordonneesXY came from are not dropped: their values are in it.
            let used: Set<Int> =
                columns.rebuildsPoint
                ? [columns.longitude, columns.latitude].compactMap { $0 }.reduce(into: []) { $0.insert($1) } : []
            summary.droppedColumns = zip(columns.extra, extraCounts).filter { $0.1 > 0 && !used.contains($0.0.index) }
                .map { ExtractCount(name: $0.0.label, count: $0.1) }
        }
    }

    private var labels: [String] = []
    private func label(_ i: Int) -> String { i < labels.count ? labels[i] : "" }

    private func header(_ row: RowView) {
        labels = row.strings
        let c = ExtractColumns(header: row, fields: fields)
        columns = c
        extraCounts = Array(repeating: 0, count: c.extra.count)
        cannotMatch = !c.canMatch
        guard let writer else { return }
        for (i, f) in fields.enumerated() { writer.field(f, first: i == 0) }
        writer.endRow()
    }

    private struct Reasons {
        var code = false
        var point = false
        var siren = false
    }

    /// Kept when the aménageur's SIREN is selected, or when the code or the point is in the
    /// territory and the other one (when known) does not place the row elsewhere.
    private func decide(_ row: RowView, _ c: ExtractColumns) -> (keep: Bool, reasons: Reasons) {
        var r = Reasons()
        let codeText = cell(row, c.code) ?? ""
        let codeEntity = codeText.isEmpty ? nil : territory.entity(code: codeText)
        var pointEntity = cell(row, c.point).flatMap(locate)
        if pointEntity == nil, let xy = separatePoint(row, c) { pointEntity = locate(xy) }
        if let e = codeEntity { r.code = territory.contains(entity: e) }
        if let e = pointEntity { r.point = territory.contains(entity: e) }
        if let s = cell(row, c.siren) { r.siren = territory.isSelected(siren: s) }
        if r.siren { return (true, r) }
        guard r.code || r.point else { return (false, r) }
        let disagree = (r.code && pointEntity != nil && !r.point) || (r.point && codeEntity != nil && !r.code)
        if disagree {
            summary.disagreements += 1
            if summary.disagreementSamples.count < Self.sampleLimit {
                summary.disagreementSamples.append(
                    ExtractDisagreement(
                        row: row.number, station: cell(row, c.station) ?? "", code: codeText,
                        pointCommune: pointEntity.map(territory.label), codeInTerritory: r.code))
            }
            return (keepDisagreements, r)
        }
        return (true, r)
    }

    /// The entity a `coordonneesXY` cell's point falls in, read in the order that lands in France
    /// (swapped points are frequent in national files); nil when neither order does.
    private func locate(_ text: String) -> Int? {
        guard let v = CoordinateValue.read(text), let a = Double(v.first), let b = Double(v.second),
            a.isFinite, b.isFinite, abs(a) <= 180, abs(b) <= 180
        else { return nil }
        if abs(b) <= 90, let e = territory.entity(at: GeoPoint(lon: a, lat: b)) { return e }
        if abs(a) <= 90, let e = territory.entity(at: GeoPoint(lon: b, lat: a)) { return e }
        return nil
    }

    /// `[lon, lat]` from the separate longitude and latitude columns, when both hold a value.
    private func separatePoint(_ row: RowView, _ c: ExtractColumns) -> String? {
        guard let lon = cell(row, c.longitude), let lat = cell(row, c.latitude), !lon.isEmpty, !lat.isEmpty
        else { return nil }
        return "[\(lon), \(lat)]"
    }

    private func write(_ row: RowView, _ c: ExtractColumns) {
        guard let writer else { return }
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        for (i, source) in c.source.enumerated() {
            if i == pointField, c.rebuildsPoint, let xy = separatePoint(row, c) {
                writer.field(xy, first: i == 0)
                summary.rebuiltPoints += 1
            } else if let s = source, s < row.count {
                writer.field(row[s], first: i == 0)
            } else {
                writer.field(empty, first: i == 0)
            }
        }
        writer.endRow()
    }

    private func cell(_ row: RowView, _ column: Int?) -> String? {
        guard let column, column < row.count else { return nil }
        return row.string(column).trimmingSpacesAndNewlines()
    }

    private func isBlank(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        cell.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }
}
