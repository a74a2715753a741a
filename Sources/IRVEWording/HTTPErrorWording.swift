import IRVEFindings

/// What can go wrong below HTTP, worded in one language (`fr/`, `en/`: an exhaustive switch each).
protocol HTTPErrorWords {
    static func httpError(_ e: HTTPError) -> String
    /// libcurl's detail is English and technical: the usual causes get a plain wording.
    static func connectionReason(_ cause: ConnectionCause) -> String
}

extension French: HTTPErrorWords {}
extension English: HTTPErrorWords {}

/// The usual causes of a failed connection, recognised in libcurl's English detail.
enum ConnectionCause {
    case refused, unknownHost, secureConnection, noAnswer
    case other(detail: String)

    init(_ detail: String) {
        let d = detail.lowercased()
        if d.contains("refused") || d.contains("couldn't connect") || d.contains("failed to connect") {
            self = .refused
        } else if d.contains("resolve") {
            self = .unknownHost
        } else if d.contains("certificate") || d.contains("ssl") || d.contains("tls") {
            self = .secureConnection
        } else if d.contains("timed out") {
            self = .noAnswer
        } else {
            self = .other(detail: detail)
        }
    }
}

extension Wording {
    public static func message(_ e: HTTPError, _ lang: Language) -> String {
        Wording.words(lang).httpError(e)
    }

    /// Seconds as people write them: `30`, not `30.0`.
    static func seconds(_ s: Double) -> String {
        s == s.rounded() ? String(Int(s)) : String(s)
    }
}

extension HTTPError {
    /// The user's message, which never holds a header (API keys travel in headers).
    public func message(_ lang: Language = .fr) -> String { Wording.message(self, lang) }
}
