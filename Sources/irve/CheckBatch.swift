import ArgumentParser
import Foundation
import IRVEFindings
import IRVEGeocode
import IRVEReport
import IRVEValidate
import IRVEWording

/// `irve check` over several files, folders or URLs: checked in parallel (`--jobs`, one per core by
/// default), reported in the order of the arguments, exit code the worst over the files.
extension CheckCommand {
    func runBatch(_ language: Language) throws {
        var options = validationOptions(language)
        let out = OutputSink(fd: 1)
        let err = OutputSink(fd: 2)
        let reporter = reportFormat.batchReporter(reportContext(language, out))
        options.samplesPerGroup = reporter.samplesPerGroup
        let items = checkInputs(language).items(files) { warning in
            err.write("irve : " + warning + "\n")
            err.flush()
        }
        guard !items.isEmpty else { throw ExitCode(2) }
        // The geocoder is opened once, and queried from this thread only, file after file.
        let geocoder: (any Geocoder)?
        do { geocoder = options.collectAddresses ? try geocoding.makeGeocoder() : nil } catch {
            throw GeocoderOptions.fail(error, lang: language)
        }
        var runner = BatchRunner(options: options)
        if let jobs { runner.workers = jobs }
        var totals = BatchTotals()
        reporter.begin(to: out)
        do {
            try runner.run(items) { index, entry in
                if case .checked(_, let result) = entry, let geocoder {
                    result.append(
                        try AddressCheck.run(
                            candidates: result.addressCandidates, geocoder: geocoder,
                            thresholdMetres: geocoding.addressThreshold))
                }
                totals.count(entry, failOnWarnings: failOn == .warning)
                reporter.write(entry, index: index, to: out)
                // The text lines say why already; the other formats are for machines: tell people too.
                if case .unreadable(let name, let message) = entry, reportFormat != .text {
                    err.write("irve : \(name) : \(message)\n")
                    err.flush()
                }
            }
        } catch let error as GeocodeError {
            throw GeocoderOptions.fail(error, lang: language)
        }
        reporter.end(totals, to: out)
        if totals.exitCode != 0 { throw ExitCode(totals.exitCode) }
    }

    var reportFormat: ReportFormat { if case .report(let r) = format.format { r } else { .text } }

    func validationOptions(_ language: Language) -> ValidationOptions {
        var options = ValidationOptions(
            schema: schema, headerMode: strictHeader ? .positional : .byName,
            lang: language, maxFindings: reportFormat.capsAnnotations ? nil : maxFindings)
        options.businessRules = !schemaOnly
        options.geo = !noGeo
        options.collectAddresses = !noGeo && !schemaOnly && geocoding.isEnabled
        options.disabledRules = Set(disable)
        return options
    }

    func reportContext(_ language: Language, _ out: OutputSink) -> ReportContext {
        // no-color.org: a NO_COLOR that is present and not empty turns colours off.
        let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        var context = ReportContext(lang: language, color: out.isTerminal && !noColor)
        context.failOnWarnings = failOn == .warning
        context.disabledRules = Set(disable)
        context.businessRules = !schemaOnly
        context.geo = !noGeo
        context.maxAnnotations = maxFindings ?? ReportFormat.githubAnnotations
        return context
    }

    func checkInputs(_ language: Language) -> CheckInputs {
        CheckInputs(allowHTTP: allowHTTP, maxBytes: maxDownload << 20, timeout: Double(downloadTimeout), lang: language)
    }

    /// A file that could not be checked: its report, the message on stderr, exit code 2.
    func failure(_ name: String, _ message: String, _ reporter: any Reporter, _ out: OutputSink, _ err: OutputSink)
        -> ExitCode
    {
        reporter.writeFailure(file: name, message: message, to: out)
        err.write("irve : " + message + "\n")
        err.flush()
        return ExitCode(2)
    }
}
