import Foundation
import IRVEFiles
import IRVEFindings
import IRVEHTTP
import IRVEWording

/// The one download of a data file by URL (`irve check URL`, `irve survey`): libcurl, redirects
/// followed (no key is sent), `https://` only unless `allowHTTP`, at most `maxBytes` bytes and
/// `timeout` seconds; the content is sniffed by the reader like any local file's.
public struct RemoteFile: Sendable {
    public var allowHTTP = false
    public var maxBytes = 200 << 20
    public var timeout: Double = 300
    public var lang: Language = .fr
    /// Shared by the downloads of a run (a survey throttles its requests through it).
    public var client = HTTPClient()

    public init(allowHTTP: Bool = false, maxBytes: Int = 200 << 20, timeout: Double = 300, lang: Language = .fr) {
        self.allowHTTP = allowHTTP
        self.maxBytes = maxBytes
        self.timeout = timeout
        self.lang = lang
    }

    /// Downloads `url` into a temporary file, removed once the file has been checked.
    public func download(_ url: String) -> BatchItem.Fetched {
        let shown = HTTPError.displayURL(url)
        func failed(_ e: RemoteError) -> BatchItem.Fetched { .failed(message: e.message(lang)) }
        let file: TemporaryFile
        do { file = try TemporaryFile(named: (shown as NSString).lastPathComponent) } catch {
            return failed(.temporaryFile(url: shown, reason: error.message(lang)))
        }
        if let error = download(url, into: file.descriptor) {
            file.remove()
            return failed(error)
        }
        file.close()
        return .local(path: file.path, cleanup: { file.remove() })
    }

    /// Downloads `url` into the open file `descriptor` (left open); nil when it went well.
    public func download(_ url: String, into descriptor: Int32) -> RemoteError? {
        let shown = HTTPError.displayURL(url)
        if !allowHTTP, url.prefix(7).lowercased() == "http://" { return .plainHTTPRefused(url: shown) }
        var request = HTTPRequest(url: url, timeout: timeout, followRedirects: true, maxResponseBytes: maxBytes)
        request.bodyDescriptor = descriptor
        request.httpsOnly = !allowHTTP
        let response: HTTPResponse
        do { response = try client.send(request) } catch {
            // libcurl refuses a redirect to http:// as an unsupported protocol.
            if case .invalidURL = error, !allowHTTP { return .plainHTTPRefused(url: shown) }
            return .transfer(error)
        }
        return response.isSuccess ? nil : .status(url: shown, code: response.status)
    }
}
