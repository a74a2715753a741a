import Foundation
import Hummingbird
import Logging

/// swift-log's lines as logfmt (`key=value …`), one per call, to a sink (standard error by default).
struct LineLogHandler: LogHandler {
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info
    let sink: @Sendable (String) -> Void

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields = [
            "ts=" + Self.timestamp(), "level=\(event.level)", "msg=" + Self.quoted(event.message.description),
        ]
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        for key in all.keys.sorted() {
            if let value = all[key] { fields.append(key + "=" + Self.quoted(value.description)) }
        }
        sink(fields.joined(separator: " "))
    }

    /// A value as logfmt: bare when it is one plain word, else quoted with `"` and `\` escaped;
    /// control characters never reach the log (a line is one line).
    static func quoted(_ s: String) -> String {
        let clean = String(s.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
        let plain = !clean.isEmpty && clean.allSatisfy { $0.isLetter || $0.isNumber || "/._-:".contains($0) }
        if plain { return clean }
        return "\"" + clean.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            + "\""
    }

    static func timestamp() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: Date())
    }

    static let standardError: @Sendable (String) -> Void = { line in
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// One log line per request: method, route (the pattern matched, never the query nor what the
/// visitor typed), status, duration, and at most 8 hex digits of a hash of the session id (enough to
/// follow one visitor, useless to take their session). No file name, content, key or address.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = WebContext
    let logger: Logger
    let metrics: WebMetrics

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        var status = 500
        defer {
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            metrics.request(status: status, nanoseconds: Int64(clamping: elapsed))
            var meta: Logger.Metadata = [
                "method": "\(request.method.rawValue)", "route": "\(Self.route(context))", "status": "\(status)",
                "ms": "\(String(format: "%.1f", Double(elapsed) / 1e6))",
            ]
            if let id = WebSite.sessionID(request.headers) { meta["session"] = "\(Self.hashPrefix(id))" }
            logger.info("request", metadata: meta)
        }
        let response = try await next(request, context)
        status = response.status.code
        return response
    }

    /// The route's pattern (`/download/{kind}`), or `-` for a path no route knows.
    static func route(_ context: Context) -> String {
        context.endpointPath ?? "-"
    }

    /// FNV-1a of the id, its first 8 hex digits.
    static func hashPrefix(_ id: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return String(String(h, radix: 16).leftPadded(16).prefix(8))
    }
}
