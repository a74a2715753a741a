import IRVEFindings

extension English {
    static func geocodeError(_ e: GeocodeError) -> String {
        switch e {
        case .unreachable(let url, let cause):
            "The geocoder \(url) does not answer (\(geocoderReason(cause))): check its address or run again without "
                + "--geocoder."
        case .badResponse(let url, let problem):
            "The geocoder \(url) gave an unexpected answer (\(geocoderAnswer(problem))): is it a BAN/addok API "
                + "(…/search/)? Check "
                + "its address or run again without --geocoder."
        case .rateLimited(let url):
            "The geocoder \(url) keeps asking to slow down (HTTP 429): run again later (answers so far are cached)."
        case .index(let path, let detail):
            "Address index \"\(path)\" unusable: \(detail). Build it with \"irve geo import-ban "
                + "adresses-XX.csv.gz --index \(path)\"."
        case .banFile(let path, let line, let detail):
            line > 0 ? "\(path), line \(line): \(detail)" : "\(path): \(detail)"
        case .cache(let path, let detail):
            "Geocoder cache \"\(path)\" unusable: \(detail). Delete it or choose another with --geocoder-cache."
        }
    }

    /// A short reason for "does not answer (…)": the geocoder's own sentence says what to do.
    private static func geocoderReason(_ e: HTTPError) -> String {
        switch e {
        case .unreachable(_, let detail):
            switch ConnectionCause(detail) {
            case .refused: detail.lowercased().contains("refused") ? "connection refused" : "cannot connect"
            case .unknownHost: "unknown server name"
            case .secureConnection: "secure connection failed"
            case .noAnswer: "no answer to the connection"
            case .other: detail
            }
        case .timeout(_, let seconds): "no answer within \(Wording.seconds(seconds)) s"
        case .invalidURL: "invalid address"
        case .libraryMissing: httpError(e)
        case .transport(_, let detail): "exchange broken off: \(detail)"
        case .invalidHeader(_, let name): "exchange broken off: invalid header \"\(name)\""
        case .unreadableFile(_, let path): "exchange broken off: unreadable file: \(path)"
        case .responseTooLarge(_, let limit): "response larger than \(limit >> 20) MiB, stopped"
        }
    }

    private static func geocoderAnswer(_ p: GeocoderAnswerProblem) -> String {
        switch p {
        case .notHTTP: "invalid address: it must start with http:// or https://"
        case .unreadableJSON: "unreadable JSON answer"
        case .unreadableCSV: "unreadable CSV answer from /search/csv"
        case .tooLarge(let limit): "response larger than \(limit >> 20) MiB, stopped"
        case .status(let status): "HTTP \(status)"
        }
    }
}
