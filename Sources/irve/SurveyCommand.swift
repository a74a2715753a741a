import ArgumentParser
import Foundation
import IRVEFiles
import IRVEFindings
import IRVEPublish
import IRVEReport
import IRVESurvey
import IRVEWording

/// `irve survey`: what is already published on data.gouv.fr, checked and summed up (IRVESurvey).
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: Help.text(.survey(.abstract)),
        discussion: Help.text(.survey(.discussion))
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, json }

    @Option(name: .customLong("org"), help: Help.option(.survey(.org))) var organizations: [String] = []
    @Option(name: .customLong("dataset"), help: Help.option(.survey(.dataset))) var datasets: [String] = []
    @Option(name: .customLong("zone"), help: Help.option(.survey(.zone))) var zones: [String] = []
    @Option(name: .long, help: Help.option(.survey(.schema), valueName: "SCHEMA")) var schema: String?
    @Option(name: .long, help: Help.option(.survey(.api))) var api: String?
    @Option(name: .long, help: Help.option(.survey(.format))) var format = Format.text
    @Option(name: .long, help: Help.option(.survey(.html), valueName: "PATH")) var html: String?
    @Option(name: .customLong("cache-dir"), help: Help.option(.survey(.cacheDir), valueName: "PATH"))
    var cacheDir: String?
    @Flag(name: .customLong("no-cache"), help: Help.option(.survey(.noCache))) var noCache = false
    @Option(name: .long, help: Help.option(.survey(.rate))) var rate = 10.0
    @Option(name: .customLong("max-download"), help: Help.option(.survey(.maxDownload), valueName: "MIO"))
    var maxDownload = 200
    @Option(name: .customLong("download-timeout"), help: Help.option(.survey(.downloadTimeout), valueName: "S"))
    var downloadTimeout = 300
    @Flag(name: .customLong("allow-http"), help: Help.option(.survey(.allowHTTP))) var allowHTTP = false
    @Option(name: .long, help: Help.option(.survey(.jobs))) var jobs: Int?
    @Option(name: .customLong("stale-days"), help: Help.option(.survey(.staleDays), valueName: "N"))
    var staleDays = 365
    @Option(name: .long, help: Help.option(.language)) var lang: String = CommandLineErrorText.environmentLanguage
        .rawValue

    mutating func validate() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
        func positive(_ ok: Bool, _ option: String, _ value: String) throws {
            guard ok else {
                throw ValidationError(Wording.message(.positiveNumberExpected(option: option, value: value), language))
            }
        }
        guard rate.isFinite, rate > 0 else {
            throw ValidationError(Wording.message(.rateExpected(value: "\(rate)"), language))
        }
        try positive(maxDownload > 0 && maxDownload <= 1 << 20, "--max-download", "\(maxDownload)")
        try positive(downloadTimeout > 0, "--download-timeout", "\(downloadTimeout)")
        try positive(staleDays > 0, "--stale-days", "\(staleDays)")
        if let jobs { try positive(jobs > 0, "--jobs", "\(jobs)") }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let out = OutputSink(fd: 1)
        let err = OutputSink(fd: 2)
        func tell(_ sink: OutputSink, _ text: String) {
            sink.write(text)
            sink.flush()
        }
        let selection = SurveySelection(organizations: organizations, datasets: datasets, zones: zones, schema: schema)
        let options = surveyOptions(language)
        let report: SurveyReport
        do { report = try Survey.run(selection, options: options) } catch {
            var message = Wording.message(error, language)
            if case .api(let api, let cause) = error {
                message = Wording.message(.apiFailed(api: api, message: cause.message(language)), language)
            }
            tell(err, "irve : " + message + "\n")
            throw ExitCode(2)
        }
        switch format {
        case .text: tell(out, SurveyText.render(report, staleDays: staleDays, lang: language))
        case .csv: tell(out, SurveyCSV.render(report, staleDays: staleDays, lang: language))
        case .json: tell(out, SurveyJSON.render(report).rendered(indent: 2) + "\n")
        }
        if let html {
            let page = SurveyHTML.render(report, staleDays: staleDays, date: Describe.today(), lang: language)
            do { try OutputFile.write(Array(page.utf8), to: html, force: true, inputs: []) } catch {
                tell(err, "irve : " + error.message(language) + "\n")
                throw ExitCode(2)
            }
        }
        tell(err, Wording.message(.downloads(downloaded: report.downloaded, cached: report.cached), language) + "\n")
        if report.totals.ready < report.totals.resources { throw ExitCode(1) }
    }

    func surveyOptions(_ language: Language) -> SurveyOptions {
        var options = SurveyOptions()
        options.api = api ?? UdataClient.production
        options.requestsPerSecond = rate
        options.cacheFolder = noCache ? nil : (cacheDir ?? DownloadCache.defaultFolder())
        options.remote = RemoteFile(
            allowHTTP: allowHTTP, maxBytes: maxDownload << 20, timeout: Double(downloadTimeout), lang: language)
        options.staleDays = staleDays
        if let jobs { options.jobs = jobs }
        options.lang = language
        options.onRetry = { notice in
            // The notice holds a status or a network error, never a header: safe to print as is.
            let message = CommandMessage.retrying(status: notice.status, seconds: Int(notice.delay.rounded(.up)))
            FileHandle.standardError.write(Data((Wording.message(message, language) + "\n").utf8))
        }
        return options
    }
}
