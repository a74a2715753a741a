import CCurl
import Foundation
import IRVEFindings

/// One request through one libcurl easy handle.
enum CurlTransfer {
    static func perform(_ request: HTTPRequest, userAgent: String) -> Result<HTTPResponse, HTTPError> {
        let shownURL = HTTPError.displayURL(request.url)
        if let refusal = refusal(of: request, shownURL: shownURL) { return .failure(refusal) }
        guard let handle = irve_curl_easy_init() else {
            return .failure(.transport(url: shownURL, detail: "curl_easy_init"))
        }
        defer { irve_curl_easy_cleanup(handle) }

        let collector = ResponseCollector(limit: request.maxResponseBytes, descriptor: request.bodyDescriptor)
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(IRVE_CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(IRVE_CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        var headerList: OpaquePointer? = nil
        defer { irve_curl_slist_free_all(headerList) }
        var mime: OpaquePointer? = nil
        defer { irve_curl_mime_free(mime) }
        // POSTFIELDS is not copied by libcurl: the bytes must outlive curl_easy_perform.
        var postBuffer: UnsafeMutableBufferPointer<CChar>? = nil
        defer { postBuffer?.deallocate() }

        setOptions(handle, request, userAgent: userAgent, errorBuffer: errorBuffer)
        let hasContentType = appendHeaders(request, to: &headerList)
        if let failure = setBody(
            handle, request, shownURL: shownURL, hasContentType: hasContentType, headerList: &headerList,
            mime: &mime, postBuffer: &postBuffer)
        {
            return .failure(failure)
        }
        irve_curl_setopt_slist(handle, IRVE_CURLOPT_HTTPHEADER, headerList)

        let box = Unmanaged.passRetained(collector)
        defer { box.release() }
        irve_curl_setopt_callback(handle, IRVE_CURLOPT_WRITEFUNCTION, writeCallback)
        irve_curl_setopt_pointer(handle, IRVE_CURLOPT_WRITEDATA, box.toOpaque())
        irve_curl_setopt_callback(handle, IRVE_CURLOPT_HEADERFUNCTION, headerCallback)
        irve_curl_setopt_pointer(handle, IRVE_CURLOPT_HEADERDATA, box.toOpaque())

        let code = irve_curl_easy_perform(handle)
        if collector.overflowed { return .failure(.responseTooLarge(url: shownURL, limit: request.maxResponseBytes)) }
        if let writeError = collector.writeError {
            return .failure(.transport(url: shownURL, detail: String(cString: strerror(writeError))))
        }
        guard code == IRVE_CURLE_OK else {
            let text = String(cString: errorBuffer)
            let detail = text.isEmpty ? String(cString: irve_curl_easy_strerror(code)) : text
            return .failure(error(code: code, detail: detail, url: shownURL, request: request))
        }
        var status = 0
        irve_curl_getinfo_long(handle, IRVE_CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPResponse(status: status, headers: collector.headers, body: collector.body))
    }

    /// What is refused before any handle is made: no libcurl, a URL that is not http(s), a header
    /// that would smuggle in others.
    static func refusal(of request: HTTPRequest, shownURL: String) -> HTTPError? {
        guard irve_curl_available() == 1 else {
            return .libraryMissing(String(cString: irve_curl_load_error()))
        }
        let lower = request.url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
            !request.url.contains(where: { $0.isNewline || $0 == " " })
        else {
            return .invalidURL(shownURL)
        }
        // A header value with a line break would smuggle in other headers: refused, naming only the header.
        for h in request.headers
        where h.name.contains(where: \.isNewline) || h.value.contains(where: \.isNewline) || h.name.contains(":") {
            return .invalidHeader(url: shownURL, name: h.name.filter { !$0.isNewline })
        }
        return nil
    }

    /// The URL, the protocols allowed, redirects and time-outs.
    static func setOptions(
        _ handle: OpaquePointer, _ request: HTTPRequest, userAgent: String, errorBuffer: UnsafeMutablePointer<CChar>
    ) {
        // Strings set with setopt are copied by libcurl (since 7.17), so withCString is enough.
        irve_curl_setopt_string(handle, IRVE_CURLOPT_URL, request.url)
        irve_curl_setopt_string(handle, IRVE_CURLOPT_USERAGENT, userAgent)
        irve_curl_setopt_pointer(handle, IRVE_CURLOPT_ERRORBUFFER, errorBuffer)
        irve_curl_setopt_long(handle, IRVE_CURLOPT_NOSIGNAL, 1)  // threads: no SIGALRM for DNS time-outs
        let protocols = request.httpsOnly ? IRVE_CURLPROTO_HTTPS : IRVE_CURLPROTO_HTTP | IRVE_CURLPROTO_HTTPS
        irve_curl_setopt_long(handle, IRVE_CURLOPT_PROTOCOLS, protocols)
        irve_curl_setopt_long(handle, IRVE_CURLOPT_REDIR_PROTOCOLS, protocols)
        // Redirects are off by default: libcurl would resend custom headers (API keys) to the new host.
        irve_curl_setopt_long(handle, IRVE_CURLOPT_FOLLOWLOCATION, request.followRedirects ? 1 : 0)
        irve_curl_setopt_long(handle, IRVE_CURLOPT_MAXREDIRS, 5)
        irve_curl_setopt_string(handle, IRVE_CURLOPT_ACCEPT_ENCODING, "")  // whatever libcurl can decode
        irve_curl_setopt_long(handle, IRVE_CURLOPT_TIMEOUT_MS, milliseconds(request.timeout))
        irve_curl_setopt_long(handle, IRVE_CURLOPT_CONNECTTIMEOUT_MS, milliseconds(request.connectTimeout))
    }

    /// The request's headers in libcurl's list; returns whether they set a Content-Type.
    static func appendHeaders(_ request: HTTPRequest, to headerList: inout OpaquePointer?) -> Bool {
        var hasContentType = false
        for h in request.headers {
            if h.name.lowercased() == "content-type" { hasContentType = true }
            headerList = irve_curl_slist_append(headerList, "\(h.name): \(h.value)")
        }
        // Without this libcurl may wait a second for a "100 Continue" that many servers never send.
        headerList = irve_curl_slist_append(headerList, "Expect:")
        return hasContentType
    }

    /// The method and the body; the buffers it allocates are freed by the caller after the transfer.
    static func setBody(
        _ handle: OpaquePointer, _ request: HTTPRequest, shownURL: String, hasContentType: Bool,
        headerList: inout OpaquePointer?, mime: inout OpaquePointer?,
        postBuffer: inout UnsafeMutableBufferPointer<CChar>?
    ) -> HTTPError? {
        let method = request.method.uppercased()
        switch request.body {
        case .none:
            switch method {
            case "GET": irve_curl_setopt_long(handle, IRVE_CURLOPT_HTTPGET, 1)
            case "HEAD": irve_curl_setopt_long(handle, IRVE_CURLOPT_NOBODY, 1)
            case "POST", "PUT", "PATCH":
                // An empty body still sends "Content-Length: 0", which some servers require.
                irve_curl_setopt_off_t(handle, IRVE_CURLOPT_POSTFIELDSIZE_LARGE, 0)
                irve_curl_setopt_string(handle, IRVE_CURLOPT_POSTFIELDS, "")
                irve_curl_setopt_string(handle, IRVE_CURLOPT_CUSTOMREQUEST, method)
            default: irve_curl_setopt_string(handle, IRVE_CURLOPT_CUSTOMREQUEST, method)
            }
        case .bytes(let bytes, let contentType):
            let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: max(1, bytes.count))
            for (i, b) in bytes.enumerated() { buffer[i] = CChar(bitPattern: b) }
            postBuffer = buffer
            irve_curl_setopt_off_t(handle, IRVE_CURLOPT_POSTFIELDSIZE_LARGE, Int64(bytes.count))
            irve_curl_setopt_pointer(handle, IRVE_CURLOPT_POSTFIELDS, buffer.baseAddress)
            if method != "POST" { irve_curl_setopt_string(handle, IRVE_CURLOPT_CUSTOMREQUEST, method) }
            if !hasContentType { headerList = irve_curl_slist_append(headerList, "Content-Type: \(contentType)") }
        case .multipart(let parts):
            mime = irve_curl_mime_init(handle)
            if let failure = addParts(parts, to: mime, shownURL: shownURL) { return failure }
            irve_curl_setopt_mime(handle, IRVE_CURLOPT_MIMEPOST, mime)
            if method != "POST" { irve_curl_setopt_string(handle, IRVE_CURLOPT_CUSTOMREQUEST, method) }
        }
        return nil
    }

    /// The parts of a multipart body; a file part is streamed from disk by libcurl.
    static func addParts(_ parts: [MultipartPart], to mime: OpaquePointer?, shownURL: String) -> HTTPError? {
        for part in parts {
            guard let p = irve_curl_mime_addpart(mime) else { continue }
            irve_curl_mime_name(p, part.name)
            switch part.data {
            case .bytes(let bytes):
                _ = bytes.withUnsafeBufferPointer { buf in  // curl_mime_data copies the bytes
                    buf.withMemoryRebound(to: CChar.self) { irve_curl_mime_data(p, $0.baseAddress, $0.count) }
                }
            case .file(let path):
                // Streamed from disk by libcurl; it also sets the filename, overridden below if given.
                if irve_curl_mime_filedata(p, path) != IRVE_CURLE_OK {
                    return .unreadableFile(url: shownURL, path: path)
                }
            }
            if let filename = part.filename { irve_curl_mime_filename(p, filename) }
            if let type = part.contentType { irve_curl_mime_type(p, type) }
        }
        return nil
    }

    static func error(code: Int32, detail: String, url: String, request: HTTPRequest) -> HTTPError {
        switch code {
        case IRVE_CURLE_UNSUPPORTED_PROTOCOL, IRVE_CURLE_URL_MALFORMAT: return .invalidURL(url)
        case IRVE_CURLE_COULDNT_RESOLVE_PROXY, IRVE_CURLE_COULDNT_RESOLVE_HOST, IRVE_CURLE_COULDNT_CONNECT,
            IRVE_CURLE_SSL_CONNECT_ERROR, IRVE_CURLE_PEER_FAILED_VERIFICATION:
            return .unreachable(url: url, detail: detail)
        case IRVE_CURLE_OPERATION_TIMEDOUT:
            // libcurl says "Connection timed out" when the connect phase was the one that ran out.
            let connectPhase = detail.localizedLowercase.contains("connection timed out") || detail.contains("connect")
            return .timeout(
                url: url,
                seconds: connectPhase && request.connectTimeout < request.timeout
                    ? request.connectTimeout : request.timeout)
        default: return .transport(url: url, detail: detail)
        }
    }

    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite, seconds > 0 else { return 0 }  // 0 = libcurl's "no limit"
        return max(1, Int((seconds * 1000).rounded()))
    }
}

/// Receives libcurl's callbacks for one transfer.
final class ResponseCollector {
    var body: [UInt8] = []
    var headers: [String: String] = [:]
    let limit: Int
    /// Where the body goes instead of `body` (`HTTPRequest.bodyDescriptor`).
    let descriptor: Int32?
    private var received = 0
    /// The body went past `limit`: the transfer was stopped.
    var overflowed = false
    /// errno of a failed write to `descriptor`.
    var writeError: Int32?

    init(limit: Int, descriptor: Int32? = nil) {
        self.limit = max(0, limit)
        self.descriptor = descriptor
    }

    /// Appends, or refuses (returning false) when the body would exceed the limit.
    func append(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard received <= limit - bytes.count else {
            overflowed = true
            return false
        }
        received += bytes.count
        guard let fd = descriptor else {
            body.append(contentsOf: bytes)
            return true
        }
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let n = Glibc.write(fd, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                writeError = errno
                return false
            }
            offset += n
        }
        return true
    }

    func addHeaderLine(_ line: Substring) {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        // A new status line starts a new header block (redirect, "100 Continue"): keep only the last.
        if trimmed.hasPrefix("HTTP/") {
            headers = [:]
            return
        }
        guard let colon = trimmed.firstIndex(of: ":") else { return }
        let name = trimmed[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if let existing = headers[name] { headers[name] = existing + ", " + value } else { headers[name] = value }
    }
}

private let writeCallback: irve_curl_data_callback = { pointer, size, count, userdata in
    let n = size * count
    guard let pointer, let userdata else { return n }
    let collector = Unmanaged<ResponseCollector>.fromOpaque(userdata).takeUnretainedValue()
    // Returning less than n makes libcurl stop the transfer (CURLE_WRITE_ERROR).
    let kept = pointer.withMemoryRebound(to: UInt8.self, capacity: n) {
        collector.append(UnsafeBufferPointer(start: $0, count: n))
    }
    return kept ? n : 0
}

private let headerCallback: irve_curl_data_callback = { pointer, size, count, userdata in
    let n = size * count
    guard let pointer, let userdata else { return n }
    let collector = Unmanaged<ResponseCollector>.fromOpaque(userdata).takeUnretainedValue()
    let line = pointer.withMemoryRebound(to: UInt8.self, capacity: n) {
        String(decoding: UnsafeBufferPointer(start: $0, count: n), as: UTF8.self)
    }
    collector.addHeaderLine(Substring(line))
    return n
}
