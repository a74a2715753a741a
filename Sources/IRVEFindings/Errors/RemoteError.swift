/// Why a remote file (`irve check https://…`) could not be fetched: exit code 2, like an unreadable
/// local file. URLs are stored as `HTTPError.displayURL` shows them (no user-info, no query string).
public enum RemoteError: Error, Sendable, Equatable {
    /// An `http://` address without `--allow-http`: the file could be altered on the way.
    case plainHTTPRefused(url: String)
    /// The server answered with an HTTP error status (404, 500…).
    case status(url: String, code: Int)
    /// The transfer itself failed (unreachable, time-out, too large…).
    case transfer(HTTPError)
    /// The downloaded file could not be written to the temporary folder.
    case temporaryFile(url: String, reason: String)
}
