import Foundation
import Hummingbird
import IRVEFindings
import IRVERepair
import IRVEReport
import IRVEValidate
import IRVEWording

/// The routes and what they answer. Every check, repair and sentence comes from the library
/// modules; this only reads requests, keeps sessions and writes HTML.
struct WebSite: Sendable {
    let options: WebOptions
    let sessions: SessionStore
    let hosting: Hosting
    static let cookieName = "irve_session"

    func register(on router: Router<WebContext>) {
        router.get("/") { request, _ in try home(request) }
        router.get("/assets/app.css") { _, _ in asset(Assets.css, type: "text/css; charset=utf-8") }
        router.get("/assets/app.js") { _, _ in asset(Assets.js, type: "text/javascript; charset=utf-8") }
        router.post("/upload") { request, context in try await upload(request, context) }
        router.post("/sample") { request, context in try await sample(request, context) }
        router.get("/verdict") { request, _ in verdict(request) }
        router.get("/download/:kind") { request, context in download(request, kind: context.parameters.get("kind")) }
        registerMap(on: router)
        registerRepairs(on: router)
        registerPublication(on: router)
    }

    // MARK: - Requests

    func language(_ request: Request) -> Language {
        request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) } ?? options.lang
    }

    func sessionID(_ request: Request) -> String? {
        for header in request.headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let p = pair.trimmingSpaces()
                if p.hasPrefix(Self.cookieName + "=") { return String(p.dropFirst(Self.cookieName.count + 1)) }
            }
        }
        return nil
    }

    /// The home page; a visitor without a live session gets a new one.
    func home(_ request: Request) throws -> Response {
        let lang = language(request)
        if let s = sessions.find(sessionID(request)) { return html(UploadPage.render(lang, csrf: s.csrf)) }
        let s = try sessions.create()
        var response = html(UploadPage.render(lang, csrf: s.csrf))
        let secure = options.hosting.behindHTTPS ? "; Secure" : ""
        response.headers[.setCookie] = "\(Self.cookieName)=\(s.id); Path=/; HttpOnly; SameSite=Strict\(secure)"
        return response
    }

    func sample(_ request: Request, _ context: WebContext) async throws -> Response {
        let lang = language(request)
        guard let session = sessions.find(sessionID(request)) else {
            return messagePage(request, .sessionUnknown, status: .forbidden)
        }
        let body = (try? await request.body.collect(upTo: 4096)).map { String(buffer: $0) } ?? ""
        let csrf = body.split(separator: "&").compactMap { pair -> String? in
            pair.hasPrefix("csrf=") ? String(pair.dropFirst(5)).removingPercentEncoding : nil
        }.first
        guard Self.same(csrf, session.csrf) else { return messagePage(request, .csrfRejected, status: .forbidden) }
        return try store(SampleFile.bytes, name: SampleFile.name, in: session, lang: lang)
    }

    /// Saves the bytes in the session's folder, checks them, and sends the visitor to the verdict.
    private func store(_ bytes: Data, name: String, in session: Session, lang: Language) throws -> Response {
        try place(name: name, in: session, lang: lang) { path in try bytes.write(to: path, options: .atomic) }
    }

    /// Gives the upload its own folder in the session's, `write`s it at its path, checks it, and
    /// sends the visitor to the verdict.
    func place(
        name: String, in session: Session, lang: Language, write: (URL) throws -> Void
    ) throws -> Response {
        let fm = FileManager.default
        try session.lock.withLock {
            // The upload alone in its own folder: the repair's outputs go elsewhere, whatever its name.
            let folder = session.folder.appendingPathComponent("upload")
            try? fm.removeItem(at: folder)
            try fm.createDirectory(
                at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
            let path = folder.appendingPathComponent(HTML.diskFileName(name, fallback: "fichier.csv"))
            try write(path)
            try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path.path)
            let upload = Upload(name: name, path: path.path)
            session.upload = upload
            _ = check(upload, lang)
        }
        return redirect("/verdict?lang=\(lang.rawValue)")
    }

    /// The upload checked in `lang` (once per language), with what `irve fix` would leave.
    func check(_ upload: Upload, _ lang: Language) -> Checked {
        if let done = upload.checks[lang] { return done }
        let options = ValidationOptions(lang: lang)
        let checked: Checked
        do {
            let r = try Validation.check(path: upload.path, options: options)
            checked = .result(r, RepairOutlook.measure(path: upload.path, checked: r, options: options))
        } catch {
            // The visitor's own file name, not the place the server keeps it.
            checked = .failure(error.message(lang).replacingOccurrences(of: upload.path, with: upload.name))
        }
        upload.checks[lang] = checked
        return checked
    }

    func verdict(_ request: Request) -> Response {
        withUpload(request) { session, upload, lang in
            switch check(upload, lang) {
            case .failure(let message):
                let page = UploadPage.message(lang, heading: Wording.message(.failureHeading, lang), text: message)
                return html(page, .unprocessableContent)
            case .result(let r, let outlook):
                let q = request.uri.queryParameters
                var filter = VerdictFilter()
                filter.severity = q["severity"].flatMap { Severity(rawValue: String($0)) }
                filter.column = q["column"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
                filter.family = q["family"].flatMap { ProblemFamily(rawValue: String($0)) }
                filter.page = q["page"].flatMap { Int(String($0)) } ?? 1
                filter.station = q["station"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }
                let stations = stationScope(upload, r)
                let page = VerdictPage.render(
                    lang, name: upload.name, result: r, outlook: outlook, filter: filter, stations: stations)
                return html(page)
            }
        }
    }

    /// The repaired file or its change log, made by the same repair as `irve fix` into the session's
    /// folder; the uploaded file is only read. Only these two names exist: no path is taken from
    /// the request.
    func download(_ request: Request, kind: String?) -> Response {
        let lang = language(request)
        guard kind == "repaired" || kind == "log" else { return messagePage(request, .notFound, status: .notFound) }
        guard let session = sessions.find(sessionID(request)) else {
            return messagePage(request, .sessionUnknown, status: .forbidden)
        }
        return session.lock.withLock {
            guard let upload = session.upload else { return messagePage(request, .sessionUnknown, status: .notFound) }
            let out = session.folder.appendingPathComponent("repaired.csv").path
            let log = session.folder.appendingPathComponent("changes.csv").path
            var repair = RepairOptions()
            repair.lang = lang
            do throws(RepairError) {
                _ = try Repair.run(input: upload.path, output: out, log: log, force: true, options: repair)
            } catch {
                let page = UploadPage.message(
                    lang, heading: Wording.message(.failureHeading, lang), text: error.message(lang))
                return html(page, .unprocessableContent)
            }
            guard let bytes = FileManager.default.contents(atPath: kind == "log" ? log : out) else {
                return messagePage(request, .internalError, status: .internalServerError)
            }
            let suffix = kind == "log" ? "journal.csv" : "corrige.csv"
            return attachment(bytes, for: upload, suffix: suffix, type: "text/csv; charset=utf-8")
        }
    }

    /// The visitor's session and upload, under the session's lock; a visitor without a session gets
    /// the message page, one without an upload goes back to the home page.
    func withUpload(_ request: Request, _ body: (Session, Upload, Language) -> Response) -> Response {
        let lang = language(request)
        guard let session = sessions.find(sessionID(request)) else {
            return messagePage(request, .sessionUnknown, status: .forbidden)
        }
        return session.lock.withLock {
            guard let upload = session.upload else { return redirect("/?lang=\(lang.rawValue)") }
            return body(session, upload, lang)
        }
    }

    /// A file the visitor downloads, named after the upload (sanitised): `stem-suffix`.
    func attachment(_ bytes: Data, for upload: Upload, suffix: String, type: String) -> Response {
        let stem =
            HTML.safeFileName(upload.name, fallback: "irve").split(separator: ".").first.map(String.init) ?? "irve"
        var response = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
        response.headers[.contentType] = type
        response.headers[.contentDisposition] = "attachment; filename=\"\(stem)-\(suffix)\""
        return response
    }

    // MARK: - Answers

    func messagePage(_ request: Request, _ phrase: WebPhrase, status: HTTPResponse.Status) -> Response {
        let lang = language(request)
        let page = UploadPage.message(
            lang, heading: Wording.message(.appTitle, lang), text: Wording.message(phrase, lang))
        return html(page, status)
    }

    func html(_ text: String, _ status: HTTPResponse.Status = .ok) -> Response {
        var r = Response(status: status, body: .init(byteBuffer: ByteBuffer(string: text)))
        r.headers[.contentType] = "text/html; charset=utf-8"
        return r
    }

    func asset(_ text: String, type: String) -> Response {
        var r = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: text)))
        r.headers[.contentType] = type
        return r
    }

    func redirect(_ location: String) -> Response {
        var r = Response(status: .seeOther)
        r.headers[.location] = location
        return r
    }

    /// Compares two tokens in a time that does not depend on where they differ.
    static func same(_ a: String?, _ b: String) -> Bool {
        guard let a, a.utf8.count == b.utf8.count else { return false }
        var diff: UInt8 = 0
        for (x, y) in zip(a.utf8, b.utf8) { diff |= x ^ y }
        return diff == 0
    }
}
