import Foundation
import IRVEFindings
import IRVEGeo
import IRVERead
import IRVERepair
import IRVERules
import IRVESchema
import IRVESchemaCatalog
import IRVEValidate
import IRVEWording

/// Targets of the row stages: the input is the data row(s) of a file under the IRVE 2.3.1 header.
enum RowEntries {
    /// The IRVE static header, then the input: the per-row business rules and geographic checks,
    /// then the cross-row ones, straight on the reader's rows (the full `check`, slower because it
    /// compiles the schema each time, runs in `repairs`).
    static func rules(_ data: UnsafeRawBufferPointer) {
        guard let path = writeTable(data, to: "rules.csv") else { return }
        try? TableReader(path: path).read(into: RuleConsumer())
    }

    /// The same file through `irve fix` (aggressive), then the repaired file through the whole
    /// `check` (schema, messages in both languages, rules, geography); and the input as one cell
    /// through every cell repair.
    static func repairs(_ data: UnsafeRawBufferPointer) {
        cellRepairs(String(decoding: data.bindMemory(to: UInt8.self), as: UTF8.self))
        guard let path = writeTable(data, to: "repairs.csv") else { return }
        var options = RepairOptions()
        options.aggressive = true
        let output = ScratchFile.path("repaired.csv")
        guard (try? Repair.run(input: path, output: output, force: true, options: options)) != nil else { return }
        check(output)
    }

    static func cellRepairs(_ s: String) {
        _ = CellRepairs.clean(s)
        _ = CellRepairs.date(s)
        _ = CellRepairs.power(s)
        _ = CellRepairs.number(s, integer: true)
        _ = CellRepairs.number(s, integer: false)
        _ = CellRepairs.itineranceId(s)
        _ = CellRepairs.inseeCode(s)
        _ = CellRepairs.phone(s)
        _ = CellRepairs.horaires(s)
        _ = CellRepairs.boolean(s, field: Field(name: "gratuit", type: .boolean))
        _ = CoordinateRepairs.repair(s)
    }

    static let header: [UInt8] = {
        let names = SchemaCatalog.latest("statique")?.schema.fields.map(\.name) ?? []
        return Array((names.joined(separator: ",") + "\n").utf8)
    }()

    private static func writeTable(_ data: UnsafeRawBufferPointer, to name: String) -> String? {
        (header + Array(data)).withUnsafeBytes { ScratchFile.write($0, to: name) }
    }

    private static func check(_ path: String) {
        var options = ValidationOptions()
        options.today = (2026, 6, 1)
        guard let result = try? Validation.check(path: path, options: options) else { return }
        for lang in [Language.fr, .en] {
            for finding in result.allFindings(lang) { _ = finding.message.utf8.count }
        }
    }
}

/// Runs the row rules, the geographic checks and the cross-row rules as `TableValidator` does.
final class RuleConsumer: RowConsumer {
    private let context = RuleContext(today: (2026, 6, 1))
    private var rules: RowRules?
    private var geo: (GeoRowChecker, GeoCrossRow)?
    private let cross: CrossRowRules
    private var findings: [Finding] = []
    private var extracts = RowExtracts()
    private var geoExtracts = GeoExtracts(keepAddresses: true)

    init() { cross = CrossRowRules(context: context) }

    func begin(_ info: TableInfo) { rules = nil }

    func row(_ row: RowView) throws {
        guard let rules else {
            let labels = row.strings
            rules = RowRules(labels: labels, context: context)
            if let reference = GeoReference.shared, let columns = GeoColumns(labels: labels) {
                let analysis = GeoAnalysis(reference: reference, context: context, columns: columns)
                let crossRow = GeoCrossRow(reference: reference, context: context, columns: columns)
                geo = (GeoRowChecker(analysis: analysis), crossRow)
            }
            return
        }
        rules.check(row, into: &findings, extracts: &extracts)
        _ = rules.stationKey(row)
        _ = rules.pdcId(row)
        geo?.0.check(row, into: &findings, extracts: &geoExtracts)
    }

    func ended(_ info: TableInfo) {
        cross.consume(extracts)
        findings += cross.findings(values: [:], quotes: [:])
        if let (_, geoCross) = geo {
            geoCross.consume(geoExtracts)
            findings += geoCross.findings()
        }
        // Every message is worded, in both languages: the wording must not trap either.
        for f in findings {
            _ = Wording.message(f.facts, .fr).utf8.count
            _ = Wording.message(f.facts, .en).utf8.count
        }
    }
}
