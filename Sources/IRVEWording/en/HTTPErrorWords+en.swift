import IRVEFindings

extension English {
    static func httpError(_ e: HTTPError) -> String {
        switch e {
        case .libraryMissing(let why):
            "the libcurl network library could not be loaded (\(why)): install the libcurl4 package (apt-get "
                + "install libcurl4)."
        case .unreachable(let url, let detail):
            "cannot reach \(url) (\(connectionReason(ConnectionCause(detail)))): check the internet connection and "
                + "the service address, then try again."
        case .timeout(let url, let seconds):
            "\(url) did not answer within \(Wording.seconds(seconds)) s: the service is slow or down, try again later."
        case .invalidURL(let url):
            "invalid address \"\(url)\": it must start with http:// or https://."
        case .responseTooLarge(let url, let limit):
            "\(url) sends a response larger than \(limit >> 20) MiB: irve stopped it "
                + "(not the answer such a service gives; check the address)."
        case .transport(let url, let detail):
            interrupted(url, detail)
        case .invalidHeader(let url, let name):
            interrupted(url, "invalid header \"\(name)\"")
        case .unreadableFile(let url, let path):
            interrupted(url, "unreadable file: \(path)")
        }
    }

    private static func interrupted(_ url: String, _ why: String) -> String {
        "the exchange with \(url) broke off (\(why)): try again; if it persists, the service has a problem."
    }

    static func connectionReason(_ cause: ConnectionCause) -> String {
        switch cause {
        case .refused: "connection refused: nothing listens at that address"
        case .unknownHost: "unknown server name"
        case .secureConnection: "secure connection failed (certificate or TLS)"
        case .noAnswer: "no answer to the connection"
        case .other(let detail): "technical detail: \"\(detail)\""
        }
    }
}
