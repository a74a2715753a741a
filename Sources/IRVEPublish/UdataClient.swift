import IRVEFindings
import IRVEHTTP

/// data.gouv.fr's API v1 (udata) over IRVEHTTP: JSON in, JSON out, udata's errors turned into
/// `PublishError`s. Only idempotent requests are ever retried.
public struct UdataClient: Sendable {
    public static let production = "https://www.data.gouv.fr/api/1"
    public static let demo = "https://demo.data.gouv.fr/api/1"

    public let base: String
    let key: APIKey?
    let http: HTTPClient
    let retry: RetryPolicy

    public init(base: String, key: APIKey?, http: HTTPClient = HTTPClient(), retry: RetryPolicy = .standard) {
        self.base = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.key = key
        self.http = http
        self.retry = retry
    }

    /// Sends one planned request (`path` relative to the API base) and returns the JSON answer.
    public func perform(_ request: PlannedRequest) throws(PublishError) -> JSONValue {
        var headers: [(name: String, value: String)] = [("Accept", "application/json")]
        if let key { headers.append(("X-API-KEY", key.value)) }
        let body: HTTPBody
        if let multipart = request.multipart {
            body = .multipart(
                multipart.map {
                    MultipartPart(
                        name: $0.name, filename: $0.filename, contentType: $0.contentType, data: .file($0.path))
                })
        } else if let json = request.body {
            body = .bytes(Array(json.compact.utf8), contentType: "application/json")
        } else {
            body = .none
        }
        // An upload of a few MB over a slow line takes time; the other calls are small.
        let timeout: Double = request.multipart == nil ? 30 : 300
        let response: HTTPResponse
        do {
            response = try http.send(
                HTTPRequest(
                    method: request.method, url: base + request.path, headers: headers, body: body,
                    timeout: timeout, connectTimeout: 15),
                retry: policy(for: request))
        } catch {
            throw .http(error)
        }
        return try Self.check(response, step: request.step, path: request.path)
    }

    /// Only idempotent requests are retried. Replacing a file also retries a 500 after more than a
    /// second: udata 17.18 stores uploads under `<slug>/<YYYYMMDD-HHMMSS>/<file name>` and answers 500
    /// (`FileExists`) when the same file name is replaced twice within the same second.
    func policy(for request: PlannedRequest) -> RetryPolicy {
        guard request.idempotent, retry.maxAttempts > 1 else { return .none }
        guard request.multipart != nil else { return retry }
        return RetryPolicy(
            maxAttempts: retry.maxAttempts, baseDelay: max(retry.baseDelay, 2.2), maxDelay: max(retry.maxDelay, 2.2),
            retryableStatuses: retry.retryableStatuses.union([500]))
    }

    /// udata's error catalogue (../shared/docs/datagouv-api.md §10), decoded leniently.
    static func check(_ r: HTTPResponse, step: PublishStep, path: String = "") throws(PublishError) -> JSONValue {
        let json = JSONValue.parse(r.body)
        let message = json?["message"]?.string ?? ""
        switch r.status {
        case 200..<300:
            if let success = json?["success"]?.bool, !success {
                throw .uploadFailed(message: json?["error"]?.string ?? message)
            }
            return json ?? .null
        case 400:
            if let success = json?["success"]?.bool, !success {
                throw .uploadFailed(message: json?["error"]?.string ?? message)
            }
            if let errors = json?["errors"], case .object = errors {
                let fields = flatten(errors, prefix: "")
                if !fields.isEmpty { throw .validation(step: step, errors: fields) }
            }
            throw .refused(step: step, status: 400, message: message)
        case 401: throw .invalidKey(reason: message.hasPrefix("The server could not verify") ? "" : message)
        case 403: throw .permissionDenied(step: step)
        case 404:
            throw .notFound(step: step, message: message.hasPrefix("The requested URL was not found") ? "" : message)
        case 410: throw .datasetDeleted(id: datasetID(in: path))
        case 413: throw .tooLarge
        case 423: throw .readOnly(message: message)
        case 429: throw .rateLimited
        case 500..<600: throw .serverError(step: step, status: r.status)
        default:
            throw .refused(
                step: step, status: r.status, message: message.isEmpty ? String(r.text.prefix(200)) : message)
        }
    }

    /// The dataset a request is about: `/datasets/{id}/…` → `{id}` ("" for another path).
    static func datasetID(in path: String) -> String {
        let parts = path.split(separator: "?").first?.split(separator: "/") ?? []
        return parts.count >= 2 && parts[0] == "datasets" ? String(parts[1]) : ""
    }

    /// `{"errors": {"spatial": {"zones": ["…"]}, "tags": ["…"], "Content-Type": "…"}}` → field paths and messages.
    static func flatten(_ v: JSONValue, prefix: String) -> [PublishError.FieldError] {
        switch v {
        case .object(let pairs):
            return pairs.flatMap { flatten($0.value, prefix: prefix.isEmpty ? $0.key : prefix + "." + $0.key) }
        case .array(let items):
            return items.flatMap { flatten($0, prefix: prefix) }
        case .string(let s):
            return [PublishError.FieldError(field: prefix, message: s)]
        default:
            return []
        }
    }
}
