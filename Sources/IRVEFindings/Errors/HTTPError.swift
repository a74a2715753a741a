/// What can go wrong below HTTP. A response with a 4xx/5xx status is not an error here: it is an
/// `HTTPResponse`, and the caller's API layer says what it means.
///
/// No case ever holds a header value (API keys travel in headers); URLs are stored without their
/// user-info and query string, so a key passed in a URL does not leak either.
public enum HTTPError: Error, Sendable, Equatable {
    /// libcurl could not be loaded at run time.
    case libraryMissing(String)
    /// No connection could be made (refused, unknown host, TLS handshake…).
    case unreachable(url: String, detail: String)
    case timeout(url: String, seconds: Double)
    case invalidURL(String)
    /// The connection broke during the exchange, or libcurl refused the request (`detail`: libcurl's).
    case transport(url: String, detail: String)
    /// A header name or value with a line break or a colon in the name (it would smuggle in others):
    /// refused before sending, naming only the header.
    case invalidHeader(url: String, name: String)
    /// The file of a multipart part cannot be read.
    case unreadableFile(url: String, path: String)
    /// The response body went past `HTTPRequest.maxResponseBytes` (a server that never stops).
    case responseTooLarge(url: String, limit: Int)
}
