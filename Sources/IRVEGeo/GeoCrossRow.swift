import Foundation
import IRVEFindings
import IRVERead

/// Which of coordinates, INSEE code and address a station's facts point at as wrong: two of the
/// three agree on a commune, the third names another. (The national consolidation folds this into
/// one `consolidated_is_lon_lat_correct` flag; here each case has its own name.)
public enum GeoStationVerdict: Sendable, Equatable {
    case inseeWrong(pointCommune: Int)
    case coordinatesWrong(announced: Int)
    case addressWrong(commune: Int)

    static func decide(_ f: GeoFacts) -> GeoStationVerdict? {
        guard let p = f.pointCommune else { return nil }
        let a = f.announced
        let addr = f.addressCommune
        if let a, p != a, !f.pointInAnnounced, let addr {
            if addr == p { return .inseeWrong(pointCommune: p) }
            if addr == a { return .coordinatesWrong(announced: a) }
        }
        if let a, p == a || f.pointInAnnounced, let addr, addr != a, addr != p { return .addressWrong(commune: a) }
        return nil
    }
}

/// The geographic checks that need several rows: one point shared by unrelated stations, the
/// per-station summary, and the addresses handed to a geocoder. Consumes batches in file order;
/// keeps one small record per distinct point and per station with something to say.
public final class GeoCrossRow {
    let reference: GeoReference
    let context: RuleContext
    let columns: GeoColumns

    /// A point met on a second station: how many stations, whether others differ, the rows cited.
    private struct SharedPoint {
        var stations: Int32 = 1
        var otherCommune = false
        var otherAddresses: Int32 = 0
        var rows: [Int32] = []  // the first ones, cited in the message
        var rowTotal: Int32 = 0
    }
    /// The distinct points (their key) numbered in order of first row, with their use.
    private var pointKeys = PagedArray<UInt64>()
    /// Who uses one exact point: the last station and address seen, the first row and commune, in
    /// separate pages (20 bytes a point: as one struct, alignment made it 24); the first rows
    /// increase (points are numbered in order of first row), a bit per row. Most points belong to
    /// one station: the counts of a shared point live apart.
    private var pointStation = PagedArray<UInt64>()
    private var pointAddress = PagedArray<UInt64>()
    private var pointCommune = PagedArray<Int32>()
    private var pointFirstRow = IncreasingRows()
    private var pointIndex = HashIndex()
    private var shared: [Int32: SharedPoint] = [:]
    /// The point of the last row that had one, with its key and number.
    private var lastPoint: (point: GeoPoint, key: UInt64, number: Int)?

    private struct Summary {
        var verdict: GeoStationVerdict
        var facts: GeoFacts
        var label: String
        var rows: [Int32]
        var rowTotal = 1
    }
    private var summaries: [UInt64: Summary] = [:]
    private var summaryOrder: [UInt64] = []
    /// The stations already judged (their first row was seen), as a compact set.
    private var decidedKeys = PagedArray<UInt64>()
    private var decidedIndex = HashIndex()
    /// The station of the last row consumed.
    private var lastStation: UInt64?

    /// Per announced commune, the stations whose point falls elsewhere: one code given to
    /// stations spread over many communes is a default value (often the operator's seat).
    private struct Elsewhere {
        var communes: Set<Int> = []
        var stations: [(station: UInt64, row: Int32, commune: Int, label: String)] = []
    }
    private var elsewhere: [Int: Elsewhere] = [:]
    private var elsewhereOrder: [Int] = []
    /// Enough other communes to tell a default code: counting stops there.
    private static let communesCounted = 16

    public private(set) var candidates: [AddressCandidate] = []
    private var candidateIndex: [UInt64: Int] = [:]

    public init(reference: GeoReference, context: RuleContext, columns: GeoColumns) {
        self.reference = reference
        self.context = context
        self.columns = columns
    }

    public func consume(_ extracts: GeoExtracts) {
        let e = extracts
        for k in 0..<e.count {
            let f = e.facts[k]
            let row = e.rows[k]
            let station = e.stations[k]
            if let p = f.point { usePoint(p, row: row, station: station, facts: f) }
            // The rows of a station mostly follow each other: the previous row's station is decided.
            let known = station == lastStation || decidedIndex.find(station, in: decidedKeys) != nil
            lastStation = station
            if !known {
                decidedKeys.append(station)
                decidedIndex.insert(number: decidedKeys.count - 1, of: decidedKeys)
                if let a = f.announced, let p = f.pointCommune, p != a, !f.pointInAnnounced {
                    if elsewhere[a] == nil { elsewhereOrder.append(a) }
                    var other = elsewhere[a, default: Elsewhere()]
                    if other.communes.count < Self.communesCounted { other.communes.insert(p) }
                    if other.stations.count < 5000 {
                        other.stations.append((station, row, p, extracts.labels[k] ?? ""))
                    }
                    elsewhere[a] = other
                }
                if let verdict = GeoStationVerdict.decide(f) {
                    summaries[station] = Summary(verdict: verdict, facts: f, label: e.labels[k] ?? "", rows: [row])
                    summaryOrder.append(station)
                }
            } else if !summaries.isEmpty, var s = summaries[station] {
                s.rowTotal += 1
                if s.rows.count < 12 { s.rows.append(row) }
                summaries[station] = s
            }
            if e.keepAddresses, let address = e.addresses[k], !address.trimmingCharacters(in: .whitespaces).isEmpty {
                if let i = candidateIndex[station] {
                    candidates[i].rows.append(Int(row))
                } else {
                    candidateIndex[station] = candidates.count
                    candidates.append(
                        AddressCandidate(
                            station: e.labels[k] ?? "", rows: [Int(row)], address: address,
                            citycode: f.announced.map { reference.commune($0).code }, postcode: f.addressPostcode,
                            point: f.point, pointInCommune: f.pointInAnnounced))
                }
            }
        }
    }

    /// Notes that `row` uses point `p`. Only a second station makes a point suspicious: the rows
    /// of one station repeat its point.
    private func usePoint(_ p: GeoPoint, row: Int32, station: UInt64, facts f: GeoFacts) {
        let commune = Int32(f.announced ?? -1)
        // A station's rows repeat its point, one after the other: the last point is looked up once
        // (and the same doubles give the same key, not rounded again).
        let k: UInt64
        if let last = lastPoint, last.point.lon == p.lon, last.point.lat == p.lat {
            k = last.key
        } else {
            let key = Int64((p.lon * 1e6).rounded()) << 32 ^ Int64((p.lat * 1e6).rounded()) & 0xFFFF_FFFF
            k = UInt64(bitPattern: key)
        }
        let found = lastPoint.flatMap { $0.key == k ? $0.number : nil } ?? pointIndex.find(k, in: pointKeys)
        guard let i = found else {
            pointKeys.append(k)
            pointStation.append(station)
            pointAddress.append(f.addressHash)
            pointCommune.append(commune)
            pointFirstRow.append(row)
            pointIndex.insert(number: pointKeys.count - 1, of: pointKeys)
            lastPoint = (p, k, pointKeys.count - 1)
            return
        }
        lastPoint = (p, k, i)
        let number = Int32(truncatingIfNeeded: i)
        guard pointStation[i] != station || (!shared.isEmpty && shared[number] != nil) else { return }
        var s = shared[number] ?? SharedPoint()
        if s.rowTotal == 0 { s.rowTotal = 1 }
        s.rowTotal += 1
        if s.rows.count < 12 {
            if s.rows.isEmpty { s.rows.append(pointFirstRow[i] ?? row) }
            s.rows.append(row)
        }
        if pointStation[i] != station {
            s.stations += 1
            pointStation[i] = station
        }
        if commune != pointCommune[i] { s.otherCommune = true }
        if f.addressHash != pointAddress[i] {
            s.otherAddresses += 1
            pointAddress[i] = f.addressHash
        }
        shared[number] = s
    }

    /// Findings of the whole file, once every batch is consumed.
    public func findings() -> [Finding] {
        var out: [Finding] = []
        if context.enabled("coordinates-placeholder") { sharedPoints(&out) }
        if context.enabled("geo-suspect-insee") { defaultCodes(&out) }
        stationSummaries(&out)
        return out
    }

    private var coordNumber: Int? {
        switch columns.coordinates {
        case .xy(let c): c + 1
        case .lonLat(let lon, _): lon + 1
        case nil: nil
        }
    }

    /// The first rows cited, then how many others.
    private static func rows(_ rows: [Int32], total: Int) -> RowList {
        RowList(shown: rows.prefix(10).map { Int($0) }, total: total)
    }

    /// One point given to several stations, in different communes or at different addresses.
    private func sharedPoints(_ out: inout [Finding]) {
        // Point numbers follow the first rows: sorted, they give the findings in file order.
        for number in shared.keys.sorted() {
            guard let use = shared[number], use.stations >= 2, use.otherCommune || use.otherAddresses >= 2 else {
                continue
            }
            let i = Int(number)
            let key = Int64(bitPattern: pointKeys[i])
            let firstRow = pointFirstRow[i] ?? 0
            let lon = Double(Int32(truncatingIfNeeded: key >> 32)) / 1e6
            let lat = Double(Int32(truncatingIfNeeded: key)) / 1e6
            let pt = GeoPoint(lon: lon, lat: lat).schemaText
            out.append(
                Finding(
                    type: .geo(.coordinatesPlaceholder), severity: GeoRuleCatalog.severity(.coordinatesPlaceholder),
                    rowNumber: Int(firstRow),
                    fieldName: columns.coordinatesLabel, fieldNumber: coordNumber, cell: pt,
                    facts: .geo(
                        .coordinates(
                            .shared(
                                point: pt, stations: Int(use.stations),
                                rows: Self.rows(use.rows, total: Int(use.rowTotal)))))))
        }
    }

    /// One INSEE code given to stations whose points spread over many communes.
    private func defaultCodes(_ out: inout [Finding]) {
        for a in elsewhereOrder {
            guard let other = elsewhere[a], other.communes.count >= 3 else { continue }
            let c = reference.commune(a)
            for s in other.stations where summaries[s.station] == nil {
                let p = reference.commune(s.commune)
                out.append(
                    Finding(
                        type: .geo(.geoSuspectInsee), severity: GeoRuleCatalog.severity(.geoSuspectInsee),
                        rowNumber: Int(s.row),
                        fieldName: columns.insee.map { columns.labels[$0] }, fieldNumber: columns.insee.map { $0 + 1 },
                        cell: c.code,
                        facts: .geo(
                            .station(
                                .defaultCode(
                                    commune: c.ref, stations: other.stations.count, otherCommunes: other.communes.count,
                                    atLeast: other.communes.count >= Self.communesCounted,
                                    station: s.label.isEmpty ? nil : s.label, pointCommune: p.ref))),
                        proposedChange: ProposedChange(
                            newValue: p.code, rule: .geo(.geoSuspectInsee), confidence: .likely)
                    ))
            }
        }
    }

    /// Per station, which of the point, the INSEE code and the address is the odd one out.
    private func stationSummaries(_ out: inout [Finding]) {
        let geo = reference
        for station in summaryOrder {
            guard let s = summaries[station], let first = s.rows.first else { continue }
            let name = s.label.isEmpty ? nil : s.label
            let rows = Self.rows(s.rows, total: s.rowTotal)
            switch s.verdict {
            case .inseeWrong(let p):
                guard context.enabled("geo-suspect-insee"), let a = s.facts.announced else { continue }
                out.append(
                    Finding(
                        type: .geo(.geoSuspectInsee), severity: GeoRuleCatalog.severity(.geoSuspectInsee),
                        rowNumber: Int(first),
                        fieldName: columns.insee.map { columns.labels[$0] }, fieldNumber: columns.insee.map { $0 + 1 },
                        cell: geo.commune(a).code,
                        facts: .geo(
                            .station(
                                .inseeWrong(
                                    station: name, rows: rows, pointCommune: geo.commune(p).ref,
                                    codeCommune: geo.commune(a).ref))),
                        proposedChange: ProposedChange(
                            newValue: geo.commune(p).code, rule: .geo(.geoSuspectInsee),
                            confidence: .likely)))
            case .coordinatesWrong(let a):
                guard context.enabled("geo-suspect-coordinates"), let p = s.facts.pointCommune else { continue }
                out.append(
                    Finding(
                        type: .geo(.geoSuspectCoordinates),
                        severity: GeoRuleCatalog.severity(.geoSuspectCoordinates),
                        rowNumber: Int(first),
                        fieldName: columns.coordinatesLabel, fieldNumber: coordNumber, cell: s.facts.point?.schemaText,
                        facts: .geo(
                            .station(
                                .coordinatesWrong(
                                    station: name, rows: rows, commune: geo.commune(a).ref,
                                    pointCommune: geo.commune(p).ref)))))
            case .addressWrong(let a):
                guard context.enabled("geo-suspect-address"), let addr = s.facts.addressCommune else { continue }
                out.append(
                    Finding(
                        type: .geo(.geoSuspectAddress), severity: GeoRuleCatalog.severity(.geoSuspectAddress),
                        rowNumber: Int(first),
                        fieldName: columns.address.map { columns.labels[$0] },
                        fieldNumber: columns.address.map { $0 + 1 },
                        facts: .geo(
                            .station(
                                .addressWrong(
                                    station: name, rows: rows, commune: geo.commune(a).ref,
                                    addressCommune: geo.commune(addr).ref)))))
            }
        }
    }
}
