import Foundation
import Hummingbird
import IRVEFindings
import IRVERepair
import IRVEValidate
import IRVEWording

/// The repairs page (every change of `irve fix`, chosen one by one, cells typed by hand) and the
/// description record. The repairs are planned and applied by IRVERepair's `RepairReview`, the
/// typed values checked by IRVEValidate's `CellRecheck`: this only keeps the choices.
extension WebSite {
    static let changesPerPage = 200
    static let cellsKept = 1000
    static let maxValueLength = 1000

    func registerRepairs(on router: Router<WebContext>) {
        router.get("/repairs") { request, _ in repairsPage(request) }
        router.post("/repairs") { request, _ in try await chooseRepairs(request) }
        router.post("/repairs/cell") { request, _ in try await editCell(request) }
        router.get("/repairs/download/:kind") { request, context in
            reviewDownload(request, kind: context.parameters.get("kind"))
        }
        router.get("/fiche") { request, _ in fichePage(request) }
    }

    /// The session's upload and its review, planned (and the default choice applied) on first use.
    private func withReview(
        _ request: Request, _ body: (Session, Upload, ReviewState, ReviewPlan) -> Response
    ) -> Response {
        withUpload(request) { session, upload, lang in
            let state = upload.review ?? ReviewState()
            upload.review = state
            do throws(RepairError) {
                let plan = try reviewPlan(upload, state, lang)
                if state.applied == nil { try applyChoices(upload, state, session, lang) }
                return body(session, upload, state, plan)
            } catch {
                let text = error.message(lang).replacingOccurrences(of: upload.path, with: upload.name)
                let page = UploadPage.message(lang, heading: Wording.message(.failureHeading, lang), text: text)
                return html(page, .unprocessableContent)
            }
        }
    }

    private func reviewPlan(_ upload: Upload, _ state: ReviewState, _ lang: Language) throws(RepairError) -> ReviewPlan
    {
        if let plan = state.plans[lang] { return plan }
        var options = RepairOptions()
        options.lang = lang
        let plan = ReviewPlan(try RepairReview.plan(input: upload.path, options: options))
        state.plans[lang] = plan
        return plan
    }

    /// The folder of the review's files, apart from the upload's.
    private func reviewFolder(_ session: Session) -> URL {
        let folder = session.folder.appendingPathComponent("review")
        try? FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        return folder
    }

    /// Applies the choices to a copy and checks it: the cells still in error, as `irve check` says.
    private func applyChoices(_ upload: Upload, _ state: ReviewState, _ session: Session, _ lang: Language)
        throws(RepairError)
    {
        let output = reviewFolder(session).appendingPathComponent("applied.csv").path
        var options = RepairOptions()
        options.lang = lang
        let summary = try RepairReview.apply(
            input: upload.path, output: output, log: nil, selection: state.selection, edits: state.edits, force: true,
            options: options)
        var cells: [String: CellInError] = [:]
        var order: [String] = []
        var count = 0
        if let result = try? Validation.check(path: output, options: ValidationOptions(lang: lang)) {
            for f in result.allFindings(lang) where f.severity == .error {
                guard let row = f.rowNumber, row >= 2, let field = f.fieldName else { continue }
                let key = "\(row)/\(field)"
                if cells[key] != nil {
                    cells[key]?.messages.append(f.message)
                } else {
                    count += 1
                    guard order.count < Self.cellsKept else { continue }
                    order.append(key)
                    cells[key] = CellInError(row: row, field: field, value: f.cell ?? "", messages: [f.message])
                }
            }
        }
        let fields = RepairReview.fieldNames
        let sorted = order.compactMap { cells[$0] }.sorted {
            ($0.row, fields.firstIndex(of: $0.field) ?? 0) < ($1.row, fields.firstIndex(of: $1.field) ?? 0)
        }
        state.applied = AppliedReview(changes: summary.changes.count, cells: sorted, cellCount: count, output: output)
        state.stale = false
    }

    func repairsPage(_ request: Request) -> Response {
        let lang = language(request)
        let page = request.uri.queryParameters["page"].flatMap { Int(String($0)) } ?? 1
        return withReview(request) { session, upload, state, plan in
            let p = min(max(page, 1), plan.pages(size: Self.changesPerPage))
            let view = RepairsPage.View(
                name: upload.name, plan: plan, page: p, changes: plan.page(p, size: Self.changesPerPage),
                pages: plan.pages(size: Self.changesPerPage), state: state, csrf: session.csrf)
            return html(RepairsPage.render(lang, view))
        }
    }

    /// The page's checkboxes saved, a rule accepted on every page, or the choices applied.
    func chooseRepairs(_ request: Request) async throws -> Response {
        let lang = language(request)
        guard let form = await FormFields.read(request, limit: 1 << 20) else {
            return messagePage(request, .brokenUpload, status: .badRequest)
        }
        guard let found = sessions.find(sessionID(request)) else {
            return messagePage(request, .sessionUnknown, status: .forbidden)
        }
        guard Self.same(form.first("csrf"), found.csrf) else {
            return messagePage(request, .csrfRejected, status: .forbidden)
        }
        let page = form.first("page").flatMap { Int($0) } ?? 1
        return withReview(request) { session, upload, state, plan in
            let shown = plan.page(min(max(page, 1), plan.pages(size: Self.changesPerPage)), size: Self.changesPerPage)
            let ids = Set(shown.map(ChangeID.init))
            let checked = form.all("change").map { ChangeID(text: $0) }
            guard checked.allSatisfy({ $0.map(ids.contains) ?? false }) else {
                return reviewMessage(lang, .changeUnknown, .badRequest)
            }
            let accepted = Set(checked.compactMap { $0 })
            for c in shown {
                state.selection.decide(ChangeID(c), c.confidence, accepted: accepted.contains(ChangeID(c)))
            }
            if let rule = form.first("accept-rule") {
                guard plan.rules.contains(where: { $0.rule.rawValue == rule }) else {
                    return reviewMessage(lang, .changeUnknown, .badRequest)
                }
                state.selection.accept(rule: RepairCode(rawValue: rule))
            }
            state.stale = true
            if form.first("apply") != nil {
                do throws(RepairError) { try applyChoices(upload, state, session, lang) } catch {
                    let page = UploadPage.message(
                        lang, heading: Wording.message(.failureHeading, lang), text: error.message(lang))
                    return html(page, .unprocessableContent)
                }
            }
            return redirect("/repairs?lang=\(lang.rawValue)&page=\(page)")
        }
    }

    /// A typed value: checked again at once in its row, kept for the repaired file.
    func editCell(_ request: Request) async throws -> Response {
        let lang = language(request)
        guard let form = await FormFields.read(request, limit: 64 * 1024) else {
            return reviewMessage(lang, .valueTooLong(maximum: Self.maxValueLength), .contentTooLarge)
        }
        guard let found = sessions.find(sessionID(request)) else {
            return messagePage(request, .sessionUnknown, status: .forbidden)
        }
        guard Self.same(form.first("csrf"), found.csrf) else {
            return messagePage(request, .csrfRejected, status: .forbidden)
        }
        let value = form.first("value") ?? ""
        guard value.count <= Self.maxValueLength else {
            return reviewMessage(lang, .valueTooLong(maximum: Self.maxValueLength), .contentTooLarge)
        }
        guard let row = form.first("row").flatMap({ Int($0) }), let field = form.first("field"),
            RepairReview.fieldNames.contains(field)
        else { return reviewMessage(lang, .cellUnknown, .badRequest) }
        let page = form.first("page").flatMap { Int($0) } ?? 1
        return withReview(request) { session, _, state, plan in
            guard let applied = state.applied else { return reviewMessage(lang, .cellUnknown, .badRequest) }
            let scratch = reviewFolder(session).appendingPathComponent("recheck.csv").path
            let checked = try? CellRecheck.check(
                path: applied.output, row: row, field: field, value: value, scratch: scratch,
                options: ValidationOptions(lang: lang))
            guard let findings = checked.flatMap({ $0 }) else { return reviewMessage(lang, .cellUnknown, .badRequest) }
            let messages = findings.filter { $0.severity == .error }.map(\.message)
            state.results["\(row)/\(field)"] = EditResult(value: value, messages: messages)
            let input = RepairReview.inputRow(ofOutputRow: row, blankRows: plan.blankRows)
            state.edits[input, default: [:]][field] = value
            state.stale = true
            return redirect("/repairs?lang=\(lang.rawValue)&page=\(page)#cell-\(row)-\(field)")
        }
    }

    /// The repaired file or its log (CSV or JSON), with the current choices and typed values.
    func reviewDownload(_ request: Request, kind: String?) -> Response {
        let lang = language(request)
        let logs = ["log-csv": "changes.csv", "log-json": "changes.json"]
        guard let kind, kind == "repaired" || logs[kind] != nil else {
            return messagePage(request, .notFound, status: .notFound)
        }
        return withReview(request) { session, upload, state, _ in
            let folder = reviewFolder(session)
            let out = folder.appendingPathComponent("repaired.csv").path
            let log = folder.appendingPathComponent(logs[kind] ?? "changes.csv").path
            var options = RepairOptions()
            options.lang = lang
            do throws(RepairError) {
                _ = try RepairReview.apply(
                    input: upload.path, output: out, log: log, selection: state.selection, edits: state.edits,
                    force: true, options: options)
            } catch {
                let page = UploadPage.message(
                    lang, heading: Wording.message(.failureHeading, lang), text: error.message(lang))
                return html(page, .unprocessableContent)
            }
            guard let bytes = FileManager.default.contents(atPath: kind == "repaired" ? out : log) else {
                return messagePage(request, .internalError, status: .internalServerError)
            }
            let (suffix, type) =
                switch kind {
                case "log-csv": ("journal.csv", "text/csv; charset=utf-8")
                case "log-json": ("journal.json", "application/json; charset=utf-8")
                default: ("corrige.csv", "text/csv; charset=utf-8")
                }
            return attachment(bytes, for: upload, suffix: suffix, type: type)
        }
    }

    func reviewMessage(_ lang: Language, _ phrase: RepairReviewPhrase, _ status: HTTPResponse.Status) -> Response {
        let page = UploadPage.message(
            lang, heading: Wording.message(.appTitle, lang), text: Wording.message(phrase, lang))
        return html(page, status)
    }
}

/// The fields of an `application/x-www-form-urlencoded` body, in order.
struct FormFields {
    var pairs: [(String, String)]

    /// The body's fields; nil when it is larger than `limit` or cannot be read.
    static func read(_ request: Request, limit: Int) async -> FormFields? {
        guard let body = try? await request.body.collect(upTo: limit) else { return nil }
        return FormFields(String(buffer: body))
    }

    init(_ text: String) {
        pairs = text.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { return nil }
            return (name, parts.count > 1 ? Self.decode(parts[1]) ?? "" : "")
        }
    }

    static func decode(_ s: Substring) -> String? { s.replacingOccurrences(of: "+", with: " ").removingPercentEncoding }

    func first(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }
    func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }
}
