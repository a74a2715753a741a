import Foundation
import HTTPTypes
import Hummingbird
import IRVEFindings
import IRVEWording
import Logging

/// `irve serve`'s settings.
public struct WebOptions: Sendable {
    public var port = 8080
    public var maxUploadMegabytes = 100
    /// A session unused this long is forgotten and its files deleted (2 h).
    public var sessionLifetime: TimeInterval = 2 * 3600
    public var lang: Language = .fr
    public init() {}
}

/// The web assistant: an HTTP server on 127.0.0.1 that renders what the library modules say.
public enum WebServer {
    /// The routes over `sessions` (the tests drive them with HummingbirdTesting).
    public static func router(options: WebOptions, sessions: SessionStore) -> Router<BasicRequestContext> {
        let router = Router()
        let site = WebSite(options: options, sessions: sessions)
        router.add(middleware: SafetyMiddleware(site: site))
        site.register(on: router)
        return router
    }

    /// Serves until SIGINT or SIGTERM, then deletes every session's files. `started` gets the
    /// address once the server listens.
    public static func run(options: WebOptions, started: @escaping @Sendable (String) -> Void) async throws {
        let sessions = try SessionStore(lifetime: options.sessionLifetime)
        defer { sessions.removeAll() }
        var logger = Logger(label: "irve-serve")
        logger.logLevel = .error
        let app = Application(
            router: router(options: options, sessions: sessions),
            configuration: .init(address: .hostname("127.0.0.1", port: options.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? options.port
                started("http://127.0.0.1:\(port)/")
            },
            logger: logger)
        // Expired sessions are also swept every minute, not only when a request comes.
        let sweeper = Task {
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 60_000_000_000)
                sessions.expire()
            }
        }
        defer { sweeper.cancel() }
        try await app.runService()
    }
}

/// Security headers on every answer, and a page (never a stopped server) for a request that fails.
struct SafetyMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
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
        return response
    }
}
