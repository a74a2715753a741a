import Foundation
import IRVEFindings
import IRVERead
import IRVESchema
import IRVEValidate
import IRVEGeo
import IRVERules
import IRVEWording

/// What `irve fix` does with a file.
public struct RepairOptions: Sendable {
    /// Also apply guesses (low confidence).
    public var aggressive = false
    /// Keep columns the schema does not know (appended at the end).
    public var keepExtra = false
    public var lang: Language = .fr
    /// Geographic repairs (swap on land contours, INSEE code from the point, postcode or old code).
    public var geo = true
    /// Points proposed by a geocoder for the rows of a station (`address-far-from-point`), applied
    /// with `aggressive` only: row → (point text, evidence).
    public var geocodedPoints: [Int: (point: String, evidence: String)] = [:]
    public init() {}
}

/// Streams the input rows to a repaired copy in the statique 2.3.1 layout, logging every change.
/// Never invents data: what cannot be derived stays empty and is counted as still missing.
public final class Repairer: RowConsumer {
    public let schema: TableSchema
    public let options: RepairOptions
    private let writer: CSVWriter?
    public let changes = ChangeList()
    /// Required fields left empty, with how many rows.
    public private(set) var stillMissing: [String: Int] = [:]
    public private(set) var rows = 0
    public private(set) var info: TableInfo?
    private var header: HeaderRepair?
    private var checkers: [FieldChecker] = []
    private var v1: (lon: Int, lat: Int, typePrise: Int?)?
    // Per-field facts read in the row loop (copying `Field` values there is costly).
    private let fieldCount: Int
    private let fieldNames: [String]
    private let isRequired: [Bool]
    private let isBusiness: [Bool]

    public init(schema: TableSchema, options: RepairOptions, writer: CSVWriter?) {
        self.schema = schema
        self.options = options
        self.writer = writer
        checkers = schema.fields.compactMap { try? FieldChecker(field: $0, schemaMissingValues: schema.missingValues) }
        fieldCount = schema.fields.count
        fieldNames = schema.fields.map(\.name)
        isRequired = schema.fields.map(\.constraints.required)
        isBusiness = schema.fields.map { Self.businessFields.contains($0.name) }
    }

    public func begin(_ info: TableInfo) {
        if self.info != nil { writer?.restart() }
        self.info = info
        changes.removeAll()
        stillMissing = [:]
        rows = 0
        header = nil
    }

    public func ended(_ info: TableInfo) { self.info = info }

    public func row(_ row: RowView) throws {
        if row.number == 1 { setUp(row.strings.map { $0.trimmingCharacters(in: .whitespaces) }); return }
        rows += 1
        guard let header else { return }
        let n = row.count
        // A blank row holds no data: dropping it loses nothing (logged).
        if (0..<n).allSatisfy({ row[$0].allSatisfy { $0 == 0x20 || $0 == 0x09 } }) {
            record(row.number, "*", "", "", "blank-row-removed", .certain)
            return
        }
        let empty = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        let fast = !v1Active
        // v1 rows read other columns (Xlongitude, type_prise): their strings once per row.
        let input = v1Active ? row.strings : []
        for f in 0..<fieldCount {
            let source = header.sourceOfField[f]
            let cell = source.flatMap { $0 < n ? row[$0] : nil } ?? empty
            // Fast path: nothing to clean, valid, and not a field with business repairs: copy the bytes.
            if fast, !CellRepairs.mayNeedCleaning(cell),
               !isBusiness[f] || FastChecks.plausible(fieldNames[f], cell),
               cell.count == 0 || checkers[f].check(cell).isValid {
                if cell.count == 0, isRequired[f] { stillMissing[fieldNames[f], default: 0] += 1 }
                pending.append(.bytes(cell))
                continue
            }
            let field = schema.fields[f]
            var value = String(decoding: cell, as: UTF8.self)
            if let v1 {
                if field.name == "coordonneesXY", value.isEmpty, v1.lon < input.count, v1.lat < input.count {
                    let lon = input[v1.lon].replacingOccurrences(of: ",", with: "."), lat = input[v1.lat].replacingOccurrences(of: ",", with: ".")
                    if !lon.isEmpty, !lat.isEmpty {
                        let composed = "[\(lon.trimmingCharacters(in: .whitespaces)),\(lat.trimmingCharacters(in: .whitespaces))]"
                        record(row.number, field.name, "Xlongitude=\(input[v1.lon]) Ylatitude=\(input[v1.lat])", composed, "v1-coordinates", .certain)
                        value = composed
                    }
                }
                if field.name.hasPrefix("prise_type_"), let tp = v1.typePrise, tp < input.count, value.isEmpty,
                   let derived = Self.connector(field.name, from: input[tp]) {
                    record(row.number, field.name, "type_prise=\(input[tp])", derived, "v1-type-prise", .likely)
                    value = derived
                }
            }
            value = repair(value, field: field, checker: checkers[f], row: row.number)
            if value.isEmpty, field.constraints.required { stillMissing[field.name, default: 0] += 1 }
            pending.append(.text(value))
        }
        if geoFix != nil || !options.geocodedPoints.isEmpty { adjustGeography(row.number) }
        for (f, out) in pending.enumerated() {
            switch out {
            case let .bytes(b): writer?.field(b, first: f == 0)
            case let .text(t): writer?.field(t, first: f == 0)
            }
        }
        pending.removeAll(keepingCapacity: true)
        if options.keepExtra {
            for i in header.extraColumns { writer?.field(i < n ? row[i] : empty, first: false) }
        }
        writer?.endRow()
    }

    // MARK: - Geography

    /// A row's output cells, kept until the geographic repairs have seen the whole row.
    private enum Out { case bytes(UnsafeBufferPointer<UInt8>), text(String) }
    private var pending: [Out] = []
    private lazy var geoFix: (analysis: GeoAnalysis, coord: Int, insee: Int, address: Int?)? = {
        guard options.geo, let reference = GeoReference.shared, let columns = GeoColumns(labels: fieldNames),
              let coord = fieldNames.firstIndex(of: "coordonneesXY"), let insee = fieldNames.firstIndex(of: "code_insee_commune")
        else { return nil }
        let today = ValidationOptions.currentDate()
        let context = RuleContext(today: today, lang: options.lang)
        return (GeoAnalysis(reference: reference, context: context, columns: columns), coord, insee, fieldNames.firstIndex(of: "adresse_station"))
    }()
    private var geoCache: [String: GeoAnalysis.Verdict] = [:]
    private let geoMemo = NameMemo()
    static let inseeRepairs: Set<String> = ["insee-is-postcode", "insee-obsolete", "insee-missing", "insee-unknown", "insee-arrondissement"]

    private func text(_ f: Int) -> String {
        switch pending[f] {
        case let .bytes(b): String(decoding: b, as: UTF8.self)
        case let .text(t): t
        }
    }

    /// INSEE code from the point, the postcode or the old code; the point from the geocoded
    /// address (aggressive only). Each change logged with the finding's message as evidence.
    private func adjustGeography(_ row: Int) {
        if let g = geoFix, pending.count == fieldCount {
            let coord = text(g.coord), insee = text(g.insee), address = g.address.map(text) ?? ""
            let key = coord + "\u{1F}" + insee + "\u{1F}" + address
            let verdict: GeoAnalysis.Verdict
            if let hit = geoCache[key] {
                verdict = hit
            } else {
                verdict = Array(coord.utf8).withUnsafeBufferPointer { c in
                    Array(insee.utf8).withUnsafeBufferPointer { i in
                        Array(address.utf8).withUnsafeBufferPointer { a in
                            g.analysis.analyse(xy: c, lon: nil, lat: nil, insee: i, address: a, memo: geoMemo)
                        }
                    }
                }
                if geoCache.count > 20_000 { geoCache.removeAll() }
                geoCache[key] = verdict
            }
            for finding in verdict.findings where Self.inseeRepairs.contains(finding.type) {
                guard let p = finding.proposedChange, options.aggressive || p.confidence != .guess, p.newValue != insee else { continue }
                record(row, "code_insee_commune", insee, p.newValue, finding.type, p.confidence,
                       evidence: Wording.message(finding.facts, options.lang))
                pending[g.insee] = .text(p.newValue)
                break
            }
        }
        if options.aggressive, let proposal = options.geocodedPoints[row],
           let coord = fieldNames.firstIndex(of: "coordonneesXY"), coord < pending.count {
            let before = text(coord)
            if before != proposal.point {
                record(row, "coordonneesXY", before, proposal.point, "address-far-from-point", .guess, evidence: proposal.evidence)
                pending[coord] = .text(proposal.point)
            }
        }
    }

    /// Fields whose valid values may still hide a known mistake (watts, swapped point, lost zero).
    static let businessFields: Set<String> = ["coordonneesXY", "puissance_nominale", "telephone_operateur"]
    private var v1Active: Bool { v1 != nil }

    private func setUp(_ labels: [String]) {
        let h = HeaderRepair(labels: labels, schema: schema)
        header = h
        changes.append(contentsOf: h.renames)
        let folded = labels.map { LabelFolding.fold($0) }
        if let lon = folded.firstIndex(of: "xlongitude"), let lat = folded.firstIndex(of: "ylatitude") {
            v1 = (lon, lat, folded.firstIndex(of: "type_prise"))
        }
        var outLabels = schema.fields.map(\.name)
        if options.keepExtra { outLabels += h.extraColumns.map { labels[$0] } }
        else {
            for i in h.extraColumns {
                changes.append(Change(row: 1, column: labels[i], before: labels[i], after: "", rule: "column-dropped", confidence: .certain))
            }
        }
        writer?.write(outLabels)
    }

    private func record(_ row: Int, _ column: String, _ before: String, _ after: String, _ rule: String, _ confidence: ProposedChange.Confidence,
                        evidence: String = "") {
        changes.append(Change(row: row, column: column, before: before, after: after, rule: rule, confidence: confidence, evidence: evidence))
    }

    private func accepts(_ fix: CellFix) -> Bool { fix.confidence != .guess || options.aggressive }

    /// The repair chain of one cell: clean, then the field's own repair when the value is invalid
    /// (or a known business mistake such as watts, a swapped point, a lost zero).
    func repair(_ original: String, field: Field, checker: FieldChecker, row: Int) -> String {
        var value = original
        func apply(_ fix: CellFix?) {
            guard let fix, accepts(fix), fix.value != value else { return }
            record(row, field.name, value, fix.value, fix.rule, fix.confidence)
            value = fix.value
        }
        guard !value.isEmpty else { return value }
        apply(CellRepairs.clean(value))
        let valid: Bool = { var v = value; return v.withUTF8 { checker.check($0).isValid } }()
        switch field.name {
        case "coordonneesXY": apply(CoordinateRepairs.repair(value))
        case "puissance_nominale": apply(CellRepairs.power(value))
        case "telephone_operateur": apply(CellRepairs.phone(value))
        case "id_station_itinerance", "id_pdc_itinerance": if !valid { apply(CellRepairs.itineranceId(value)) }
        case "code_insee_commune": if !valid { apply(CellRepairs.inseeCode(value)) }
        case "horaires": if !valid { apply(CellRepairs.horaires(value)) }
        default:
            guard !valid else { break }
            switch field.type {
            case .boolean: apply(CellRepairs.boolean(value, field: field))
            case .date: apply(CellRepairs.date(value))
            case .integer: apply(CellRepairs.number(value, integer: true))
            case .number: apply(CellRepairs.number(value, integer: false))
            case .string:
                guard let allowed = field.constraints.enumValues?.map(\.text) else { break }
                if let match = allowed.first(where: { LabelFolding.fold($0) == LabelFolding.fold(value) }) {
                    apply(CellFix(match, "enum", .certain))
                }
            default: break
            }
        }
        return value
    }

    /// v1 `type_prise` free text → the 2.x connector booleans.
    static func connector(_ field: String, from text: String) -> String? {
        let t = text.lowercased()
        guard !t.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        let has: Bool
        switch field {
        case "prise_type_ef": has = t.contains("ef") || t.contains("e/f") || t.contains("domestique") || t.contains("schuko")
        case "prise_type_2": has = t.contains("t2") || t.contains("type 2") || t.contains("type2")
        case "prise_type_combo_ccs": has = t.contains("combo") || t.contains("ccs")
        case "prise_type_chademo": has = t.contains("chademo")
        case "prise_type_autre": has = t.contains("t3") || t.contains("type 3") || t.contains("autre")
        default: return nil
        }
        return has ? "true" : "false"
    }
}
