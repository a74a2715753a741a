import CCurl
import Foundation
import IRVEFindings

/// Performs HTTP requests with libcurl (loaded at run time, see CCurl).
///
/// Each `send` uses its own easy handle, so one client can be shared between threads.
public final class HTTPClient: @unchecked Sendable {
    public static let defaultUserAgent = "irve/1.0 (outil IRVE des communes)"

    public let userAgent: String
    private let onRetry: (@Sendable (RetryNotice) -> Void)?
    private let sleep: @Sendable (Double) -> Void
    private let throttle: (@Sendable () -> Void)?

    /// - Parameters:
    ///   - onRetry: told before each wait, so a command can say "nouvel essai dans 2 s".
    ///   - sleep: how to wait (tests may record instead of sleeping).
    ///   - throttle: called before every attempt, retries included (a rate limiter waits there).
    public init(
        userAgent: String = HTTPClient.defaultUserAgent,
        onRetry: (@Sendable (RetryNotice) -> Void)? = nil,
        sleep: @escaping @Sendable (Double) -> Void = HTTPClient.systemSleep,
        throttle: (@Sendable () -> Void)? = nil
    ) {
        self.userAgent = userAgent
        self.onRetry = onRetry
        self.sleep = sleep
        self.throttle = throttle
    }

    public static let systemSleep: @Sendable (Double) -> Void = { seconds in
        guard seconds > 0 else { return }
        Thread.sleep(forTimeInterval: seconds)
    }

    /// 1 when libcurl can be loaded on this machine.
    public static var isAvailable: Bool { irve_curl_available() == 1 }
    public static var libcurlVersion: String { String(cString: irve_curl_version()) }

    /// Sends the request, retrying as `retry` allows; any HTTP status is a response, not an error.
    public func send(_ request: HTTPRequest, retry: RetryPolicy = .none) throws(HTTPError) -> HTTPResponse {
        var attempt = 1
        while true {
            throttle?()
            switch CurlTransfer.perform(request, userAgent: userAgent) {
            case .success(let response):
                guard
                    let wait = retry.delay(
                        afterAttempt: attempt, status: response.status,
                        retryAfter: response.header("retry-after"))
                else { return response }
                onRetry?(RetryNotice(attempt: attempt, delay: wait, status: response.status, error: nil))
                sleep(wait)
            case .failure(let error):
                guard attempt < retry.maxAttempts, error.isRetryable else { throw error }
                let wait = retry.backoff(afterAttempt: attempt)
                onRetry?(RetryNotice(attempt: attempt, delay: wait, status: nil, error: error))
                sleep(wait)
            }
            attempt += 1
        }
    }
}

/// Why and when a request is about to be tried again.
public struct RetryNotice: Sendable {
    /// The attempt that just failed (1 = the first).
    public let attempt: Int
    public let delay: Double
    public let status: Int?
    public let error: HTTPError?
}

extension HTTPError {
    /// Connection failures and time-outs may pass; a malformed URL or a missing library will not.
    var isRetryable: Bool {
        switch self {
        case .unreachable, .timeout: true
        case .libraryMissing, .invalidURL, .transport, .invalidHeader, .unreadableFile, .responseTooLarge: false
        }
    }
}
