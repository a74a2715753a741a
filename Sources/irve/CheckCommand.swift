import ArgumentParser
import Foundation
import IRVEFindings
import IRVEGeocode
import IRVEReport
import IRVERules
import IRVEValidate
import IRVEWording
import IRVEXLSXWrite

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Help.text(.check(.abstract)),
        discussion: Help.text(.check(.discussion))
    )

    enum FailLevel: String, ExpressibleByArgument, CaseIterable { case error, warning }

    @Argument(help: Help.option(.check(.file)))
    var files: [String] = []

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
    var format = FormatChoice<CheckFormats>(.text)

    @Option(name: .long, help: Help.option(.check(.maxFindings)))
    var maxFindings: Int?

    @Flag(name: .customLong("allow-http"), help: Help.option(.check(.allowHTTP)))
    var allowHTTP = false

    @Option(name: .customLong("max-download"), help: Help.option(.check(.maxDownload), valueName: "MIO"))
    var maxDownload = 200

    @Option(name: .customLong("download-timeout"), help: Help.option(.check(.downloadTimeout), valueName: "S"))
    var downloadTimeout = 300

    @Option(name: .long, help: Help.option(.check(.jobs)))
    var jobs: Int?

    @Option(name: .long, help: Help.option(.workbook(.annotate)))
    var annotate: String?

    @Option(name: .long, help: Help.option(.language))
    var lang: String = CommandLineErrorText.environmentLanguage.rawValue

    mutating func validate() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
        if let m = maxFindings, m < 0 { throw ValidationError(.maxFindingsNegative, language) }
        if !rules, files.isEmpty { throw ValidationError(.checkNeedsFile, language) }
        func positive(_ ok: Bool, _ option: String, _ value: String) throws {
            guard ok else {
                throw ValidationError(Wording.message(.positiveNumberExpected(option: option, value: value), language))
            }
        }
        try positive(maxDownload > 0 && maxDownload <= 1 << 20, "--max-download", "\(maxDownload)")
        try positive(downloadTimeout > 0, "--download-timeout", "\(downloadTimeout)")
        if let jobs { try positive(jobs > 0, "--jobs", "\(jobs)") }
        if !rules, format == .markdown { throw ValidationError(.markdownNeedsRules, language) }
        if annotate != nil,
            files.count != 1 || files.contains(where: { CheckInputs.isFolder($0) || CheckInputs.isURL($0) })
        {
            throw ValidationError(.annotateNeedsOneFile, language)
        }
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
        // One file (or URL): the detailed report. Several, or a folder: one line per file (CheckBatch).
        if files.count > 1 || files.contains(where: CheckInputs.isFolder) {
            try runBatch(language)
            return
        }
        guard let file = files.first else { throw ExitCode(2) }
        if annotate != nil, let why = WorkbookWriter.loadError {
            // Said before a long check, not after it.
            let err = OutputSink(fd: 2)
            err.write("irve : " + XLSXWriteError.libraryMissing(detail: why).message(language) + "\n")
            err.flush()
            throw ExitCode(2)
        }
        var options = validationOptions(language)
        let out = OutputSink(fd: 1)
        let err = OutputSink(fd: 2)
        let reporter = reportFormat.reporter(reportContext(language, out))
        // A report that shows the first findings of each column or type: keep only those.
        options.samplesPerGroup = reporter.samplesPerGroup
        let progress = Progress(sink: err, enabled: err.isTerminal && reporter.isForPeople, lang: language)
        let remote = CheckInputs.isURL(file) ? checkInputs(language).remote(file) : nil
        let result: ValidationResult
        var outlook: RepairOutlook?
        do {
            var report: (@Sendable (Int, Int) -> Void)? = nil
            if progress.enabled { report = { @Sendable done, size in progress.update(done, size) } }
            var path = file
            var cleanup: (@Sendable () -> Void)? = nil
            if let remote {
                switch remote.fetch() {
                case .local(let local, let remove): (path, cleanup) = (local, remove)
                case .failed(let message): throw failure(remote.name, message, reporter, out, err)
                }
            }
            defer { cleanup?() }
            result = try Validation.check(path: path, options: options, progress: report)
            // The text report ends with what `irve fix` would leave: measured by running it on the local
            // bytes (a download's copy still exists here).
            if reporter is TextReport { outlook = RepairOutlook.measure(path: path, checked: result, options: options) }
            if let remote { result.rename(as: remote.name) }
        } catch let error as CheckError {
            progress.clear()
            // A download is named by its URL, not by the temporary copy that was read.
            let named = remote.map { error.named($0.name) } ?? error
            throw failure(remote?.name ?? file, named.message(language), reporter, out, err)
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
            text.outlook = outlook
            text.write(result, to: out)
        } else {
            reporter.write(result, to: out)
        }
        if let annotate { try writeAnnotated(result, options, file: file, to: annotate, language) }
        let failing = failOn == .warning ? result.errorCount + result.warningCount : result.errorCount
        if failing > 0 { throw ExitCode(1) }
    }
}

extension CheckCommand {
    /// `--annotate`: the data as a workbook with the findings on their cells (exit code 2 if it fails).
    /// A report that kept samples only is checked again keeping every finding (the report's own output
    /// stays as without the option).
    func writeAnnotated(
        _ result: ValidationResult, _ options: ValidationOptions, file: String, to path: String, _ language: Language
    ) throws {
        let err = OutputSink(fd: 2)
        var full = result
        if options.samplesPerGroup != nil {
            var all = options
            all.samplesPerGroup = nil
            do { full = try Validation.check(path: file, options: all) } catch {
                err.write("irve : " + error.message(language) + "\n")
                err.flush()
                throw ExitCode(2)
            }
        }
        do {
            try AnnotatedWorkbook(lang: language).write(full, input: file, to: path, force: true)
        } catch {
            err.write("irve : " + error.message(language) + "\n")
            err.flush()
            throw ExitCode(2)
        }
        err.write(Wording.workbook(.annotatedWritten(path: path), language) + "\n")
        err.flush()
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
