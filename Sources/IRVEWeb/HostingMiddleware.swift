import Foundation
import HTTPTypes
import Hummingbird
import IRVEFindings
import IRVEWording

/// The limits of a hosted assistant, in the order a request meets them: the client's rate (429),
/// the shared password, the body's deadline (408), a check slot for the routes that check, repair
/// or draw (503 after a bounded wait), then the routes' own limits (sessions, disk: 503).
struct HostingMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let site: WebSite
    var hosting: Hosting { site.hosting }

    /// Routes that do little work (the rest take a check slot); `/upload` takes its slot itself,
    /// once the file has arrived, so that a slow upload never holds one.
    static func isLight(_ path: String) -> Bool {
        ["/", "/login", "/healthz", "/metrics", "/upload"].contains(path) || path.hasPrefix("/assets/")
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        let minutes = hosting.options.isPublic ? max(1, Int((hosting.lifetime / 60).rounded())) : nil
        let response = try await HostedNote.$sessionMinutes.withValue(minutes) {
            try await limited(request, context: context, path: path, next: next)
        }
        if let session = site.sessions.peek(WebSite.sessionID(request.headers)) { hosting.disk.measure(session) }
        return response
    }

    private func limited(
        _ request: Request, context: Context, path: String, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var request = request
        let exempt = path == "/healthz" || path == "/metrics"
        if !exempt, !hosting.rate.allow(client(request, context)) {
            hosting.metrics.rejected(.rate)
            var r = refusal(request, .tooManyRequests(perMinute: hosting.rate.perMinute), .tooManyRequests)
            r.headers[.retryAfter] = "\(hosting.rate.retryAfter())"
            return r
        }
        if let gate = hosting.gate, !PasswordGate.isOpen(path), !gate.admits(request.headers) {
            if request.method == .get || request.method == .head {
                return site.redirect("/login?lang=\(site.language(request).rawValue)")
            }
            return site.html(LoginPage.render(site.language(request)), .unauthorized)
        }
        let deadline = hosting.options.bodyDeadlineSeconds
        request.body = RequestBody(asyncSequence: DeadlineBody(base: request.body, seconds: deadline))
        do {
            if Self.isLight(path) { return try await next(request, context) }
            // The form is read before the slot is taken: a slow sender holds no check slot.
            let collected: ByteBuffer
            do {
                collected = try await request.body.collect(upTo: 4 << 20)
            } catch is DeadlineBody.Late {
                throw DeadlineBody.Late()
            } catch {
                hosting.metrics.rejected(.uploadSize)
                return refusal(request, .formTooLarge, .contentTooLarge)
            }
            request.body = RequestBody(buffer: collected)
            return try await site.heavy(request) { try await next(request, context) }
        } catch LimitReached.sessions {
            hosting.metrics.rejected(.sessions)
            return busy(request, .tooManySessions(limit: hosting.options.maxSessions))
        } catch LimitReached.disk {
            hosting.metrics.rejected(.disk)
            return busy(request, .diskFull)
        } catch is DeadlineBody.Late {
            hosting.metrics.rejected(.slow)
            var r = refusal(request, .tooSlow(seconds: deadline), .requestTimeout)
            r.headers[.connection] = "close"
            return r
        }
    }

    /// The client's address: the connection's peer, or what the loopback HTTPS proxy says it is.
    func client(_ request: Request, _ context: Context) -> String {
        let peer = context.remoteAddress?.ipAddress ?? "-"
        guard hosting.options.behindHTTPS, context.remoteAddress?.isLoopback == true else { return peer }
        if let real = request.headers[Self.realIP] { return String(real.prefix(64)) }
        if let forwarded = request.headers[Self.forwardedFor], let last = forwarded.split(separator: ",").last {
            return String(last.trimmingSpaces().prefix(64))
        }
        return peer
    }

    // Constant, valid names: the initialiser cannot fail on them.
    static let realIP = HTTPField.Name("X-Real-IP") ?? .via
    static let forwardedFor = HTTPField.Name("X-Forwarded-For") ?? .via
    static let forwarded = HTTPField.Name("Forwarded") ?? .via

    func refusal(_ request: Request, _ phrase: HostingPhrase, _ status: HTTPResponse.Status) -> Response {
        let lang = site.language(request)
        let page = UploadPage.message(
            lang, heading: Wording.message(.appTitle, lang), text: Wording.message(phrase, lang))
        return site.html(page, status)
    }

    /// 503 with a `Retry-After`: the server is full, not broken.
    func busy(_ request: Request, _ phrase: HostingPhrase) -> Response {
        var r = refusal(request, phrase, .serviceUnavailable)
        r.headers[.retryAfter] = "60"
        return r
    }
}

/// A request body that must have arrived within `seconds` (the idle timeout closes a connection
/// that sends nothing; this stops one that sends a byte now and then).
struct DeadlineBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer
    struct Late: Error {}
    let base: RequestBody
    let seconds: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: RequestBody.AsyncIterator
        let end: UInt64

        mutating func next() async throws -> ByteBuffer? {
            guard DispatchTime.now().uptimeNanoseconds <= end else { throw Late() }
            let chunk = try await base.next()
            guard DispatchTime.now().uptimeNanoseconds <= end else { throw Late() }
            return chunk
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(
            base: base.makeAsyncIterator(),
            end: DispatchTime.now().uptimeNanoseconds + UInt64(Swift.max(1, Swift.min(seconds, 86_400 * 365)))
                * 1_000_000_000)
    }
}

extension WebSite {
    /// `body` once a check slot is free (at most `checkWaitSeconds` of waiting, else 503), on the
    /// check threads; counted and timed for `/metrics`.
    func heavy(_ request: Request, _ body: () async throws -> Response) async throws -> Response {
        let wait = hosting.options.checkWaitSeconds
        guard await hosting.checks.acquire(timeout: Double(wait)) else {
            hosting.metrics.rejected(.checks)
            let lang = language(request)
            let page = UploadPage.message(
                lang, heading: Wording.message(.appTitle, lang), text: Wording.message(.checksBusy(seconds: wait), lang)
            )
            var r = html(page, .serviceUnavailable)
            r.headers[.retryAfter] = "\(Swift.max(1, wait / 4))"
            return r
        }
        defer { hosting.checks.release() }
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            hosting.metrics.checks.increment()
            hosting.metrics.checkDuration.recordNanoseconds(
                Int64(clamping: DispatchTime.now().uptimeNanoseconds - start))
        }
        return try await hosting.threads.run { try await body() }
    }
}
