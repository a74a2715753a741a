import ArgumentParser
import Foundation
import IRVEFindings
import IRVEHTTP
import IRVEPublish
import IRVEReport
import IRVEWording

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: Help.text(.publish(.abstract)),
        discussion: Help.text(.publish(.discussion))
    )

    @Argument(help: Help.option(.publish(.input))) var input: String
    @Flag(name: .long, help: Help.option(.publish(.send))) var send = false
    @Option(name: .long, help: Help.option(.publish(.api))) var api: String?
    @Flag(name: .long, help: Help.option(.publish(.demo))) var demo = false
    @Flag(name: .long, help: Help.option(.publish(.force))) var force = false
    @Option(name: .long, help: Help.option(.publish(.dataset))) var dataset: String?
    @Flag(name: .long, help: Help.option(.publish(.new))) var new = false
    @Option(name: .long, help: Help.option(.publish(.planDir)))
    var planDir: String?
    @Option(name: .long, help: Help.option(.publish(.state))) var state: String?
    @Option(name: .long, help: Help.option(.publish(.keyFile))) var keyFile: String?
    @Option(name: .long, help: Help.option(.publish(.format))) var format = FormatChoice<DocumentFormats>(.text)
    @OptionGroup var fields: MetadataOptions
    @Option(name: .long, help: Help.option(.language)) var lang: String = CommandLineErrorText.environmentLanguage
        .rawValue

    mutating func validate() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(.languageExpected(received: nil), CommandLineErrorText.current)
        }
        if demo, api != nil { throw ValidationError(.exclusiveOptions("--demo", "--api"), language) }
        if new, dataset != nil { throw ValidationError(.exclusiveOptions("--new", "--dataset"), language) }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let out = OutputSink(fd: 1)
        let err = OutputSink(fd: 2)
        // With a document on the standard output, the lines for people go to the standard error.
        let writer = format.format.documentWriter
        let people = writer == nil ? out : err
        var key: APIKey?
        // Belt and braces: whatever the message, the key is masked before anything is printed.
        func say(_ sink: OutputSink, _ s: String) {
            var text = s
            // Real keys are long (udata_ + 64 characters); masking a 1-letter test key would mangle the text.
            if let k = key?.value, k.count >= 8 {
                text = text.replacingOccurrences(of: k, with: Wording.message(.maskedAPIKey, language))
            }
            sink.write(text)
            sink.flush()
        }
        func tell(_ sink: OutputSink, _ m: CommandMessage) { say(sink, Wording.message(m, language) + "\n") }
        do {
            let summary = try Describe.summarize(path: input, lang: language)
            let metadata = try MetadataBuilder.build(summary, try fields.resolve(for: input))
            var options = Publisher.Options()
            options.api = api ?? (demo ? UdataClient.demo : UdataClient.production)
            options.force = force
            options.datasetID = dataset
            options.newDataset = new
            options.statePath =
                state ?? ProcessInfo.processInfo.environment["IRVE_PUBLISH_STATE"] ?? PublicationState.defaultPath()
            let publisher = Publisher(summary: summary, metadata: metadata, options: options, lang: language) {
                say(people, $0 + "\n")
            }
            for w in try publisher.preflight() { say(err, w + "\n") }
            if metadata.organizationName == nil, metadata.organizationID == nil, !send {
                tell(err, .noOrganisation)
            }
            if !send {
                let folder = planDir ?? URL(fileURLWithPath: input).deletingPathExtension().path + ".publication"
                let plan = try publisher.dryRunPlan()
                let files = try publisher.writeDryRun(plan, to: folder)
                if let writer {
                    let quality = QualityPrediction.predict(metadata)
                    let document = PublishDocument.dryRun(
                        api: options.api, plan: plan, folder: folder, files: files, quality: quality, lang: language)
                    return say(out, writer.text(document))
                }
                tell(out, .dryRunHeader(api: options.api))
                for (i, r) in plan.enumerated() {
                    say(out, String(format: "%2d. ", i + 1) + "\(r.label(language)) — \(r.method) \(r.path)\n")
                }
                tell(out, .dryRunWritten(folder: folder, files: files.count))
                say(out, QualityPrediction.predict(metadata).report(language))
                return
            }
            key = try APIKey.resolve(keyFile: keyFile)
            let http = HTTPClient(onRetry: { notice in
                // The notice holds a status or a network error, never a header: safe to print as is.
                let message = CommandMessage.retrying(status: notice.status, seconds: Int(notice.delay.rounded(.up)))
                FileHandle.standardError.write(Data((Wording.message(message, language) + "\n").utf8))
            })
            let outcome = try publisher.send(client: UdataClient(base: options.api, key: key, http: http))
            if let writer { return say(out, writer.text(PublishDocument.sent(api: options.api, outcome))) }
            tell(
                out,
                .published(created: outcome.created, dataset: outcome.datasetID, resource: outcome.resourceID))
            if let uri = outcome.datasetURI { say(out, "    \(uri)\n") }
            if let score = outcome.qualityScore { tell(out, .qualityScore(score)) }
        } catch {
            say(err, "irve : " + DescribeCommand.naming(input, error.message(language), language) + "\n")
            throw ExitCode(Self.exitCode(error))
        }
    }

    /// 1 = refused (the file, the key, the rights or the metadata); 2 = could not be done.
    static func exitCode(_ e: PublishError) -> Int32 {
        switch e {
        case .fileHasErrors, .notStatique, .notCSV, .invalidKey, .notMember, .organizationAmbiguous, .permissionDenied,
            .notFound,
            .datasetDeleted, .validation, .refused, .uploadFailed, .ambiguousDatasets:
            1
        case .metadataFile, .invalidMetadata, .unreadable, .noAPIKey, .keyFileTooOpen, .keyFileUnreadable, .state,
            .write,
            .file, .http,
            .tooLarge, .readOnly, .rateLimited, .serverError, .unexpected:
            2
        }
    }
}
