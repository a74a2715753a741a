import Foundation
import Hummingbird

/// `/healthz` for the supervisor, `/metrics` for Prometheus on this machine only.
extension WebSite {
    func registerHosting(on router: Router<WebContext>) {
        router.get("/healthz") { _, _ in
            var r = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
            r.headers[.contentType] = "text/plain; charset=utf-8"
            return r
        }
        router.get("/metrics") { request, context in try metrics(request, context) }
    }

    /// The Prometheus text, only to a request that came over loopback at both ends and through no
    /// proxy (a proxy on this machine would make every visitor look local); anyone else gets the
    /// same 404 as for a page that does not exist.
    func metrics(_ request: Request, _ context: WebContext) throws -> Response {
        let proxied = [HostingMiddleware.realIP, HostingMiddleware.forwardedFor, HostingMiddleware.forwarded]
            .contains { request.headers[$0] != nil }
        guard context.remoteAddress?.isLoopback == true, context.localAddress?.isLoopback == true, !proxied else {
            throw HTTPError(.notFound)
        }
        let text = hosting.metrics.text(
            sessions: sessions.count, running: hosting.checks.running, waiting: hosting.checks.waiting,
            diskBytes: hosting.disk.used)
        var r = Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: text)))
        r.headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
        return r
    }
}
