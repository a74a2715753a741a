import Foundation
import HTTPTypes
import Hummingbird
import IRVEFindings
import IRVEValidate
import IRVEWording
import Logging
import NIOCore

/// `irve serve`'s settings.
public struct WebOptions: Sendable {
    public var port = 8080
    public var maxUploadMegabytes = 100
    /// A session unused this long is forgotten and its files deleted (2 h).
    public var sessionLifetime: TimeInterval = 2 * 3600
    public var lang: Language = .fr
    /// Address, proxy, password and limits (`--host`, `--public`, `--password-file`…).
    public var hosting = HostingOptions()
    public init() {}
}

/// The web assistant: an HTTP server (on 127.0.0.1 unless hosted) that renders what the library
/// modules say.
public enum WebServer {
    /// The routes over `sessions` (the tests drive them with HummingbirdTesting).
    public static func router(options: WebOptions, sessions: SessionStore) -> Router<WebContext> {
        router(
            options: options, sessions: sessions, hosting: Hosting(options.hosting, lifetime: options.sessionLifetime))
    }

    static func router(options: WebOptions, sessions: SessionStore, hosting: Hosting) -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        sessions.maxSessions = options.hosting.maxSessions
        sessions.expired = { ids, now in hosting.sessionsExpired(ids, now: now) }
        sessions.created = { hosting.metrics.sessionsCreated.increment() }
        let site = WebSite(options: options, sessions: sessions, hosting: hosting)
        // Outermost first: every answer is logged, then made safe, then limited.
        router.add(middleware: RequestLogMiddleware(logger: hosting.logger, metrics: hosting.metrics))
        router.add(middleware: SafetyMiddleware(site: site))
        router.add(middleware: HostingMiddleware(site: site))
        site.register(on: router)
        site.registerLogin(on: router)
        site.registerHosting(on: router)
        return router
    }

    /// Serves until SIGINT or SIGTERM, then deletes every session's files. `started` gets the
    /// address once the server listens.
    public static func run(options: WebOptions, started: @escaping @Sendable (String) -> Void) async throws {
        MallocTuning.apply()
        let sessions = try SessionStore(lifetime: options.sessionLifetime)
        defer { sessions.removeAll() }
        var logger = Logger(label: "irve-serve")
        logger.logLevel = .error
        let host = options.hosting.host
        let idle = TimeAmount.seconds(Int64(options.hosting.idleTimeoutSeconds))
        let app = Application(
            router: router(options: options, sessions: sessions),
            server: .http1(configuration: .init(idleTimeout: idle)),
            configuration: .init(address: .hostname(host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                let shown = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
                started("http://\(shown):\(port)/")
            },
            logger: logger)
        // Expired sessions are also swept every minute (or sooner for short lifetimes), not only
        // when a request comes.
        let pause = UInt64(min(60, max(1, options.sessionLifetime / 4)) * 1_000_000_000)
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: pause)
                sessions.expire()
                // Trimmed at every sweep, not only at an expiry: what is freed after the expiry's trim
                // (check threads ending a minute after their last check, connections closed) goes back
                // too. Measured, 100 sessions: 3.4 MiB of anonymous RSS that a later trim handed back.
                MallocTuning.trim()
            }
        }
        defer { sweeper.cancel() }
        try await app.runService()
    }
}

/// Security headers on every answer, and a page (never a stopped server) for a request that fails.
struct SafetyMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let site: WebSite

    static let policy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    /// Headers HTTPTypes has no name for.
    static let extraHeaders: [(HTTPField.Name, String)] = [
        ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY"),
    ]
    .compactMap { name, value in HTTPField.Name(name).map { ($0, value) } }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as Hummingbird.HTTPError where error.status == .notFound {
            response = site.messagePage(request, .notFound, status: .notFound)
        } catch {
            response = site.messagePage(request, .internalError, status: .internalServerError)
        }
        response.headers[.contentSecurityPolicy] = Self.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        for (name, value) in Self.extraHeaders { response.headers[name] = value }
        response.headers[.cacheControl] = "no-store"
        // Behind a TLS proxy, browsers are told to come back over HTTPS only (every answer, 404s too).
        if site.options.hosting.behindHTTPS { response.headers[.strictTransportSecurity] = "max-age=31536000" }
        return response
    }
}
