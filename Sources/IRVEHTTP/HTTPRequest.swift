/// One HTTP request, as plain data: built by callers, performed by `HTTPClient.send`.
public struct HTTPRequest: Sendable {
    public var method: String
    public var url: String
    /// Sent as given. Values may be secrets (API keys): they are never put in errors or logs.
    public var headers: [(name: String, value: String)]
    public var body: HTTPBody
    /// Whole transfer, in seconds.
    public var timeout: Double
    /// Connection phase only, in seconds (DNS, TCP, TLS).
    public var connectTimeout: Double
    /// Off by default: libcurl would send the custom headers (API keys) to the redirected host too.
    public var followRedirects: Bool
    /// Bytes of response body accepted (a server streaming without end must not fill the memory).
    public var maxResponseBytes: Int

    /// When set, the body is written to this open file instead of memory (a downloaded data file:
    /// memory stays flat whatever its size); `maxResponseBytes` still bounds it.
    public var bodyDescriptor: Int32?
    /// Refuses `http://`, for the first request and for every redirect (a downloaded data file must
    /// not be altered on the way).
    public var httpsOnly = false

    /// 64 MiB: a geocoder answer is a few KiB, a udata page well under 1 MiB.
    public static let defaultMaxResponseBytes = 64 << 20

    public init(
        method: String = "GET", url: String, headers: [(name: String, value: String)] = [],
        body: HTTPBody = .none, timeout: Double = 30, connectTimeout: Double = 10,
        followRedirects: Bool = false, maxResponseBytes: Int = HTTPRequest.defaultMaxResponseBytes
    ) {
        self.followRedirects = followRedirects
        self.maxResponseBytes = maxResponseBytes
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.timeout = timeout
        self.connectTimeout = connectTimeout
    }
}

public enum HTTPBody: Sendable {
    case none
    case bytes([UInt8], contentType: String)
    /// multipart/form-data; libcurl writes the boundary and streams `.file` parts from disk.
    case multipart([MultipartPart])
}

/// One field of a multipart/form-data body.
public struct MultipartPart: Sendable {
    public var name: String
    public var filename: String?
    public var contentType: String?
    public var data: MultipartData

    public init(name: String, filename: String? = nil, contentType: String? = nil, data: MultipartData) {
        self.name = name
        self.filename = filename
        self.contentType = contentType
        self.data = data
    }
}

public enum MultipartData: Sendable {
    case bytes([UInt8])
    /// A file on disk, read by libcurl while sending (never loaded whole in memory).
    case file(String)
}
