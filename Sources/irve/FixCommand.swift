import ArgumentParser
import Foundation
import IRVEFindings
import IRVEGeocode
import IRVERepair
import IRVEReport
import IRVEValidate
import IRVEWording

struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: Help.text(.fix(.abstract)),
        discussion: Help.text(.fix(.discussion))
    )

    @Argument(help: Help.option(.fix(.input))) var input: String
    @Option(name: [.short, .long], help: Help.option(.fix(.output))) var output: String?
    @Option(name: .long, help: Help.option(.fix(.log))) var log: String?
    @Flag(name: .long, help: Help.option(.fix(.dryRun))) var dryRun = false
    @Flag(name: .long, help: Help.option(.fix(.force))) var force = false
    @Flag(name: .long, help: Help.option(.fix(.aggressive))) var aggressive = false
    @Flag(name: .long, help: Help.option(.fix(.keepExtra))) var keepExtra = false
    @Option(name: .long, help: Help.option(.fix(.format))) var format = FormatChoice<DocumentFormats>(.text)
    @Option(name: .long, help: Help.option(.fix(.map), valueName: "LABEL=field")) var map: [String] = []
    @Option(name: .long, help: Help.option(.language)) var lang: String = CommandLineErrorText.environmentLanguage
        .rawValue
    @Flag(
        name: .customLong("no-geo"),
        help: Help.option(.fix(.noGeo)))
    var noGeo = false
    @OptionGroup var geocoding: GeocoderOptions

    mutating func validate() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(.languageExpected(received: nil), CommandLineErrorText.current)
        }
        if !dryRun, output == nil { throw ValidationError(.fixNeedsOutput, language) }
        do throws(ColumnMapError) { try Repair.checkColumnMaps(map) } catch {
            throw ValidationError(Wording.message(error, language))
        }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        var options = RepairOptions()
        options.aggressive = aggressive
        options.keepExtra = keepExtra
        options.columnMaps = map
        options.lang = language
        options.geo = !noGeo
        let out = OutputSink(fd: 1)
        let err = OutputSink(fd: 2)
        if aggressive, !noGeo, geocoding.isEnabled {
            options.geocodedPoints = try geocodedPoints(language)
        }
        do {
            let summary = try Repair.run(
                input: input, output: dryRun ? nil : output, log: dryRun ? nil : log,
                force: force, options: options)
            if let writer = format.format.documentWriter {
                let written = dryRun ? [] : [output, log].compactMap { $0 }
                let document = FixDocument.summary(summary, input: input, dryRun: dryRun, written: written)
                writer.write(document, list: FixDocument.changes(summary), to: out)
                return
            }
            func tell(_ m: CommandMessage) { out.write(Wording.message(m, language) + "\n") }
            if dryRun {
                for c in summary.changes {
                    tell(
                        .proposedChange(
                            row: c.row, column: c.column, before: c.before, after: c.after, rule: c.rule,
                            confidence: c.confidence.rawValue))
                }
            }
            tell(
                .changeSummary(
                    changes: summary.changes.count, rows: summary.rows, countsByRule: summary.changes.countsByRule))
            if !dryRun, let output { tell(.repairedFile(output)) }
            tellColumns(summary.columns, out: out, language)
            if !summary.stillMissing.isEmpty {
                tell(.stillToFill)
                for (field, n) in summary.stillMissing.sorted(by: { $0.key < $1.key }) {
                    tell(.stillMissing(field: field, rows: n))
                }
            }
            out.flush()
        } catch {
            err.write("irve : " + error.message(language) + "\n")
            err.flush()
            throw ExitCode(2)
        }
    }
}

extension FixCommand {
    /// The columns placed, kept and dropped: a dropped column that held values is never silent.
    func tellColumns(_ columns: ColumnOutcome, out: OutputSink, _ language: Language) {
        func tell(_ m: ColumnSummaryMessage) { out.write(Wording.message(m, language) + "\n") }
        for p in columns.mapped { tell(.mapped(p)) }
        for (p, kept) in columns.notApplied { tell(.notApplied(p, kept: kept)) }
        for label in columns.kept where !columns.notApplied.contains(where: { $0.proposal.label == label && $0.kept }) {
            tell(.keptExtra(label: label))
        }
        let lost = columns.dropped.filter { $0.cells > 0 }
        for d in lost { tell(.dropped(label: d.label, cells: d.cells)) }
        if let first = lost.first { tell(.droppedHint(label: first.label)) }
    }

    /// Point from address (`--aggressive` with a geocoder): the offline check gathers each
    /// station's address, the geocoder places it, and a trusted position far from a point that is
    /// outside its commune replaces the coordinates on every row of the station.
    func geocodedPoints(_ language: Language) throws -> [Int: (point: String, evidence: String)] {
        var options = ValidationOptions(lang: language)
        options.collectAddresses = true
        let result: ValidationResult
        do { result = try Validation.check(path: input, options: options) } catch {
            return [:]  // the repair itself reports an unreadable file
        }
        let findings: [Finding]
        do {
            guard let geocoder = try geocoding.makeGeocoder() else { return [:] }
            findings = try AddressCheck.run(
                candidates: result.addressCandidates, geocoder: geocoder,
                thresholdMetres: geocoding.addressThreshold)
        } catch {
            throw GeocoderOptions.fail(error, lang: language)
        }
        let rowsOfStation = Dictionary(
            result.addressCandidates.compactMap { c in c.rows.first.map { ($0, c.rows) } },
            uniquingKeysWith: { a, _ in a })
        var points: [Int: (point: String, evidence: String)] = [:]
        for f in findings where f.type == .geo(.addressFarFromPoint) {
            guard let first = f.rowNumber, let p = f.proposedChange else { continue }
            // Not through a report's store: worded here, for the change log.
            let evidence = Wording.message(f.facts, language)
            for row in rowsOfStation[first] ?? [first] { points[row] = (p.newValue, evidence) }
        }
        return points
    }
}
