import ArgumentParser
import Foundation
import IRVEFindings
import IRVEGeocode
import IRVEReport
import IRVERules
import IRVEValidate
import IRVEWording

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Help.text(.check(.abstract)),
        discussion: Help.text(.check(.discussion))
    )

    enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning }

    @Argument(help: Help.option(.check(.file)))
    var file: String?

    @Flag(name: .long, help: Help.option(.check(.rules)))
    var rules = false

    @Option(
        name: .long, parsing: .singleValue, help: Help.option(.check(.disable)))
    var disable: [String] = []

    @Option(name: .long, help: Help.option(.check(.failOn)))
    var failOn: FailLevel = .error

    @Flag(name: .long, help: Help.option(.check(.schemaOnly)))
    var schemaOnly = false

    @Flag(
        name: .customLong("no-geo"),
        help: Help.option(.check(.noGeo)))
    var noGeo = false

    @OptionGroup var geocoding: GeocoderOptions

    @Option(name: .long, help: Help.option(.check(.schema)))
    var schema: String?

    @Flag(
        name: .long, help: Help.option(.check(.strictHeader))
    )
    var strictHeader = false

    @Option(name: .long, help: Help.option(.check(.format)))
    var format: CheckFormat = .text

    @Option(name: .long, help: Help.option(.check(.maxFindings)))
    var maxFindings: Int?

    @Option(name: .long, help: Help.option(.language))
    var lang: String = CommandLineErrorText.environmentLanguage.rawValue

    mutating func validate() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
        if let m = maxFindings, m < 0 { throw ValidationError(.maxFindingsNegative, language) }
        if !rules, file == nil { throw ValidationError(.checkNeedsFile, language) }
        if !rules, format == .markdown { throw ValidationError(.markdownNeedsRules, language) }
        let known = Set(RuleCatalog.all.map(\.code))
        for code in disable where !known.contains(code) { throw ValidationError(.unknownRule(code), language) }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        if rules {
            let out = OutputSink(fd: 1)
            let form: RulesListing.Form = format == .json ? .json : format == .markdown ? .markdown : .text
            RulesListing.write(lang: language, form: form, to: out)
            return
        }
        guard let file else { throw ExitCode(2) }
        var options = ValidationOptions(
            schema: schema, headerMode: strictHeader ? .positional : .byName,
            lang: language, maxFindings: maxFindings)
        options.businessRules = !schemaOnly
        options.geo = !noGeo
        options.collectAddresses = !noGeo && !schemaOnly && geocoding.isEnabled
        options.disabledRules = Set(disable)
        let out = OutputSink(fd: 1)
        let err = OutputSink(fd: 2)
        // no-color.org: a NO_COLOR that is present and not empty turns colours off.
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        let reporter = (ReportFormat(rawValue: format.rawValue) ?? .text)
            .reporter(lang: language, color: out.isTerminal && !noColor)
        // A report that shows the first findings of each column or type: keep only those.
        options.samplesPerGroup = reporter.samplesPerGroup
        let progress = Progress(sink: err, enabled: err.isTerminal && reporter.isForPeople, lang: language)
        let result: ValidationResult
        do {
            var report: (@Sendable (Int, Int) -> Void)? = nil
            if progress.enabled { report = { @Sendable done, size in progress.update(done, size) } }
            result = try Validation.check(path: file, options: options, progress: report)
        } catch {
            progress.clear()
            reporter.writeFailure(file: file, message: error.message(language), to: out)
            err.write("irve : " + error.message(language) + "\n")
            err.flush()
            throw ExitCode(2)
        }
        progress.clear()
        if options.collectAddresses {
            // Address geocoding runs after the offline checks, one query per distinct address.
            do {
                if let geocoder = try geocoding.makeGeocoder() {
                    result.append(
                        try AddressCheck.run(
                            candidates: result.addressCandidates, geocoder: geocoder,
                            thresholdMetres: geocoding.addressThreshold))
                }
            } catch {
                throw GeocoderOptions.fail(error, lang: language)
            }
        }
        if var text = reporter as? TextReport {
            // The report ends with what `irve fix` would leave: measured by running it.
            text.outlook = RepairOutlook.measure(path: file, checked: result, options: options)
            text.write(result, to: out)
        } else {
            reporter.write(result, to: out)
        }
        let failing = failOn == .warning ? result.errorCount + result.warningCount : result.errorCount
        if failing > 0 { throw ExitCode(1) }
    }
}

/// A progress line on stderr for long files (only on a terminal, only in text mode).
final class Progress: @unchecked Sendable {
    let sink: OutputSink
    let enabled: Bool
    let label: String
    private var lastPercent = -1
    init(sink: OutputSink, enabled: Bool, lang: Language) {
        self.sink = sink
        self.enabled = enabled
        label = Wording.message(.checking, lang)
    }
    /// Called by the reader's thread after each chunk.
    func update(_ done: Int, _ size: Int) {
        guard size > 4 << 20 else { return }  // small files: no flicker
        let percent = min(100, done * 100 / max(size, 1))
        guard percent != lastPercent else { return }
        lastPercent = percent
        sink.write("\u{1B}[2K\r\(label)… \(percent) %")
        sink.flush()
    }
    func clear() {
        if enabled {
            sink.write("\u{1B}[2K\r")
            sink.flush()
        }
    }
}

/// `--format` of `check`: every report format, and `markdown` for the rule tables (`--rules`).
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
}
