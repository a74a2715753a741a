import Foundation
import Hummingbird
import IRVEFindings
import IRVEPublish
import IRVEWording

/// The publication page: the dry-run plan of IRVEPublish's `Publisher` (`irve publish`), and
/// « Publier », which runs the same `Publisher.send` as `irve publish --send`, off the event loop.
/// The API key comes in one form field, stays in the session's memory for the chosen API only,
/// and is masked in whatever the page says.
extension WebSite {
    func registerPublish(on router: Router<WebContext>) {
        router.get("/publish") { request, _ in
            withUpload(request) { session, upload, lang in
                publishAnswer(.init(session: session, upload: upload, lang: lang))
            }
        }
        router.post("/publish") { request, _ in try await publish(request) }
    }

    /// What a publication needs once the session's lock is released (all of it Sendable).
    struct PublishJob: Sendable {
        var summary: FileSummary
        var metadata: DatasetMetadata
        var options: Publisher.Options
        var lang: Language
        var key: APIKey
    }

    enum PublishStep {
        case answer(Response)
        case run(PublishJob, PublishContext)
    }

    /// The page's state for one answer.
    struct PublishContext {
        var session: Session
        var upload: Upload
        var lang: Language
        var file: PreparedFile?
        var error: String?
        var notice: String?
        var result: PublishPage.Result?
        var status: HTTPResponse.Status = .ok
    }

    func publish(_ request: Request) async throws -> Response {
        guard let (session, form) = await ficheFields(request) else { return refusedForm(request) }
        let lang = language(request)
        let step: PublishStep = session.lock.withLock {
            guard let upload = session.upload else { return .answer(redirect("/?lang=\(lang.rawValue)")) }
            return publishStep(form, .init(session: session, upload: upload, lang: lang))
        }
        guard case .run(let job, var context) = step else {
            if case .answer(let r) = step { return r }
            return messagePage(request, .internalError, status: .internalServerError)
        }
        let lines = LogLines()
        let outcome = await Self.offEventLoop { () -> Result<Publisher.Outcome, PublishError> in
            let publisher = Publisher(
                summary: job.summary, metadata: job.metadata, options: job.options, lang: job.lang
            ) { lines.add($0) }
            do throws(PublishError) {
                return .success(try publisher.send(client: UdataClient(base: job.options.api, key: job.key)))
            } catch {
                return .failure(error)
            }
        }
        return session.lock.withLock {
            let pub = session.publication
            pub.running = false
            let predicted = QualityPrediction.predict(job.metadata)
            switch outcome {
            case .success(let o):
                context.result = .init(outcome: o, predicted: predicted, log: lines.all)
            case .failure(let e):
                if case .invalidKey = e { pub.forgetKey() }
                context.error = said(e, context.file, context.upload, lang)
                context.result = .init(outcome: nil, predicted: predicted, log: lines.all)
                context.status = .unprocessableContent
            }
            return publishAnswer(context, masking: job.key)
        }
    }

    /// Under the session's lock: the visitor's choices kept, then a page, or a publication to run.
    func publishStep(_ form: FormFields, _ context: PublishContext) -> PublishStep {
        var context = context
        let pub = context.session.publication
        let lang = context.lang
        pub.api = form.first("api").flatMap(APIChoice.init(rawValue:)) ?? pub.api
        pub.customAPI = form.first("api-url")?.trimmingCharacters(in: .whitespaces) ?? pub.customAPI
        let action = form.first("action") ?? "plan"
        if action == "forget" {
            pub.forgetKey()
            context.notice = Wording.message(WebPublishPhrase.keyForgotten, lang)
            return .answer(publishAnswer(context))
        }
        guard let base = pub.api.base(custom: pub.customAPI) else {
            context.error = Wording.message(WebPublishPhrase.apiCustomInvalid(address: pub.customAPI), lang)
            context.status = .unprocessableContent
            return .answer(publishAnswer(context))
        }
        guard action == "publish" else { return .answer(publishAnswer(context)) }
        let typed = (form.first("key") ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let key = typed.isEmpty ? pub.key(for: base) : APIKey(value: typed, source: "web")
        var refusal: String?
        if pub.running { refusal = Wording.message(WebPublishPhrase.busy, lang) }
        guard refusal == nil, let key else {
            context.error = refusal ?? Wording.message(WebPublishPhrase.keyMissing, lang)
            context.status = pub.running ? .conflict : .unprocessableContent
            return .answer(publishAnswer(context))
        }
        do throws(PublishError) {
            let file = try prepare(context.session, context.upload, lang)
            context.file = file
            let metadata = try MetadataBuilder.build(file.summary, pub.overrides)
            let options = publishOptions(context.session, base: base, force: form.first("force") == "1")
            let publisher = Publisher(summary: file.summary, metadata: metadata, options: options, lang: lang) { _ in }
            _ = try publisher.preflight()
            pub.keep(key, for: base)
            pub.running = true
            return .run(
                .init(summary: file.summary, metadata: metadata, options: options, lang: lang, key: key), context)
        } catch {
            context.error = said(error, context.file, context.upload, lang)
            context.status = .unprocessableContent
            return .answer(publishAnswer(context, masking: key))
        }
    }

    /// The publisher's options: the chosen API, and its memory of what was published in the session's folder.
    func publishOptions(_ session: Session, base: String, force: Bool) -> Publisher.Options {
        var options = Publisher.Options()
        options.api = base
        options.force = force
        options.statePath = session.folder.appendingPathComponent("publish/publications.sqlite").path
        return options
    }

    /// The page: the file, the refusals' explanations, the form, the dry-run plan, and the result.
    func publishAnswer(_ context: PublishContext, masking key: APIKey? = nil) -> Response {
        let lang = context.lang
        let pub = context.session.publication
        var file = context.file
        do throws(PublishError) {
            let prepared: PreparedFile
            if let file { prepared = file } else { prepared = try prepare(context.session, context.upload, lang) }
            file = prepared
            let metadata = try MetadataBuilder.build(prepared.summary, pub.overrides)
            let base = pub.api.base(custom: pub.customAPI)
            var plan: [PlannedRequest] = []
            if let base {
                let options = publishOptions(context.session, base: base, force: true)
                let publisher = Publisher(summary: prepared.summary, metadata: metadata, options: options) { _ in }
                plan = try publisher.dryRunPlan()
            }
            let view = PublishPage.View(
                file: prepared, metadata: metadata, plan: plan, base: base, choice: pub.api, custom: pub.customAPI,
                keyKept: base.map { pub.key(for: $0) != nil } ?? false, csrf: context.session.csrf,
                error: context.error, notice: context.notice, result: context.result)
            return html(Self.masked(PublishPage.render(lang, view), key, lang), context.status)
        } catch {
            let text = Self.masked(said(error, file, context.upload, lang), key, lang)
            let page = UploadPage.message(lang, heading: Wording.message(.failureHeading, lang), text: text)
            return html(page, .unprocessableContent)
        }
    }

    /// Belt and braces: whatever a message quotes, the key is never in the page (as in the CLI, a
    /// key too short to be a real one is left alone: masking it would mangle the text).
    static func masked(_ text: String, _ key: APIKey?, _ lang: Language) -> String {
        guard let key, key.value.count >= 8 else { return text }
        let mask = Wording.message(CommandMessage.maskedAPIKey, lang)
        return text.replacingOccurrences(of: key.value, with: mask)
            .replacingOccurrences(of: HTML.escape(key.value), with: mask)
    }

    /// Runs blocking work (curl, SQLite) on a thread of its own, never on the server's event loops.
    static func offEventLoop<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}

/// The publisher's lines, gathered from its thread.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func add(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
