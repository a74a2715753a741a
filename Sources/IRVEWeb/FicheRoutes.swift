import Foundation
import Hummingbird
import IRVEFindings
import IRVEPublish
import IRVERepair
import IRVEWording

/// The fiche as a form: `GET /fiche` shows it, `POST /fiche` saves it, `POST /fiche/quality` gives
/// the predicted score of what is typed (IRVEPublish's `QualityPrediction`, the one `irve describe`
/// uses), `POST /fiche/download` gives the `fiche.txt` that `irve publish` reads.
extension WebSite {
    func registerPublication(on router: Router<WebContext>) {
        router.get("/assets/fiche.js") { _, _ in asset(PublishAssets.js, type: "text/javascript; charset=utf-8") }
        router.get("/assets/publish.css") { _, _ in asset(PublishAssets.css, type: "text/css; charset=utf-8") }
        router.post("/fiche") { request, _ in try await saveFiche(request, download: false) }
        router.post("/fiche/download") { request, _ in try await saveFiche(request, download: true) }
        router.post("/fiche/quality") { request, _ in try await ficheQuality(request) }
        registerPublish(on: router)
    }

    /// The file to publish: the upload with the repairs chosen on the repairs page (as its
    /// « corrigé » download), else the upload itself; and what `irve describe` says of it.
    func prepare(_ session: Session, _ upload: Upload, _ lang: Language) throws(PublishError) -> PreparedFile {
        var path = upload.path
        var repaired = false
        if let review = upload.review {
            let folder = session.folder.appendingPathComponent("publish")
            try? FileManager.default.createDirectory(
                at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            let stem = HTML.diskFileName(upload.name, fallback: "fichier.csv").split(separator: ".").first ?? "fichier"
            path = folder.appendingPathComponent(stem + ".csv").path
            var options = RepairOptions()
            options.lang = lang
            do throws(RepairError) {
                _ = try RepairReview.apply(
                    input: upload.path, output: path, log: nil, selection: review.selection, edits: review.edits,
                    force: true, options: options)
            } catch {
                throw .unreadable(message: error.message(lang))
            }
            repaired = true
        }
        let name = repaired ? URL(fileURLWithPath: path).lastPathComponent : upload.name
        let file = PreparedFile(
            upload: ObjectIdentifier(upload), path: path, name: name, repaired: repaired,
            summary: try Describe.summarize(path: path, lang: lang))
        session.publication.prepared = file
        return file
    }

    /// A message of IRVEPublish with the visitor's file name instead of the server's path.
    func said(_ error: PublishError, _ file: PreparedFile?, _ upload: Upload, _ lang: Language) -> String {
        var text = error.message(lang).replacingOccurrences(of: upload.path, with: upload.name)
        if let file { text = text.replacingOccurrences(of: file.path, with: file.name) }
        return text
    }

    func fichePage(_ request: Request) -> Response {
        withUpload(request) { session, upload, lang in
            var file: PreparedFile?
            do throws(PublishError) {
                let prepared = try prepare(session, upload, lang)
                file = prepared
                return html(try ficheForm(session, prepared, lang))
            } catch {
                let page = UploadPage.message(
                    lang, heading: Wording.message(.failureHeading, lang), text: said(error, file, upload, lang))
                return html(page, .unprocessableContent)
            }
        }
    }

    /// The form filled from the session's fiche; after a refused value, with what was typed.
    func ficheForm(
        _ session: Session, _ file: PreparedFile, _ lang: Language, typed: FormFields? = nil, error: String? = nil
    ) throws(PublishError) -> String {
        let o = session.publication.overrides
        let m = try MetadataBuilder.build(file.summary, o)
        let view = FicheFormPage.View(
            name: file.name, metadata: m, overrides: o,
            markdown: Describe.markdown(m, summary: file.summary, lang: lang), csrf: session.csrf, typed: typed,
            error: error)
        return FicheFormPage.render(lang, view)
    }

    /// The form's fields, checked against the session's token; nil answers with the refusal.
    func ficheFields(_ request: Request) async -> (Session, FormFields)? {
        guard let form = await FormFields.read(request, limit: 1 << 20),
            let session = sessions.find(sessionID(request)), Self.same(form.first("csrf"), session.csrf)
        else { return nil }
        return (session, form)
    }

    func refusedForm(_ request: Request) -> Response {
        sessions.find(sessionID(request)) == nil
            ? messagePage(request, .sessionUnknown, status: .forbidden)
            : messagePage(request, .csrfRejected, status: .forbidden)
    }

    /// Saves the form's fiche and goes on to publication, or gives it as `fiche.txt`.
    func saveFiche(_ request: Request, download: Bool) async throws -> Response {
        guard let (_, form) = await ficheFields(request) else { return refusedForm(request) }
        return withUpload(request) { session, upload, lang in
            var file: PreparedFile?
            do throws(PublishError) {
                let prepared = try prepare(session, upload, lang)
                file = prepared
                let pub = session.publication
                let shown = try MetadataBuilder.build(prepared.summary, pub.overrides)
                let o = FicheForm.overrides(form, shown: shown, previous: pub.overrides)
                do throws(PublishError) { _ = try MetadataBuilder.build(prepared.summary, o) } catch {
                    let text = said(error, file, upload, lang)
                    let page = try ficheForm(session, prepared, lang, typed: form, error: text)
                    return html(page, .unprocessableContent)
                }
                pub.overrides = o
                guard download else { return redirect("/publish?lang=\(lang.rawValue)") }
                var r = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: o.ficheText(lang: lang))))
                r.headers[.contentType] = "text/plain; charset=utf-8"
                r.headers[.contentDisposition] = "attachment; filename=\"fiche.txt\""
                return r
            } catch {
                let page = UploadPage.message(
                    lang, heading: Wording.message(.failureHeading, lang), text: said(error, file, upload, lang))
                return html(page, .unprocessableContent)
            }
        }
    }

    /// `{"score": 9, "maximum": 9, "criteria": {key: met}, "html": "…"}` for what the form holds now
    /// (nothing is saved); `score` is null and `html` says why when a value is refused.
    func ficheQuality(_ request: Request) async throws -> Response {
        guard let (_, form) = await ficheFields(request) else { return refusedForm(request) }
        return withUpload(request) { session, upload, lang in
            let pub = session.publication
            var file = pub.prepared
            let answer: JSONValue
            do throws(PublishError) {
                if file?.upload != ObjectIdentifier(upload) { file = try prepare(session, upload, lang) }
                guard let summary = file?.summary else { throw .unreadable(message: "") }
                let shown = try MetadataBuilder.build(summary, pub.overrides)
                let o = FicheForm.overrides(form, shown: shown, previous: pub.overrides)
                let q = QualityPrediction.predict(try MetadataBuilder.build(summary, o))
                answer = .object([
                    ("score", .number(Double(q.score))), ("maximum", .number(Double(q.maximum))),
                    ("criteria", .object(q.criteria.map { ($0.key, JSONValue.bool($0.met)) })),
                    ("html", .string(FicheFormPage.qualitySection(q, lang))),
                ])
            } catch {
                let text = said(error, file, upload, lang)
                answer = .object([
                    ("score", .null), ("maximum", .number(9)), ("criteria", .object([])),
                    ("html", .string(FicheFormPage.refusedSection(text, lang))),
                ])
            }
            var r = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: answer.compact)))
            r.headers[.contentType] = "application/json; charset=utf-8"
            return r
        }
    }
}
