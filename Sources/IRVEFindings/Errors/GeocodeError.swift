/// What stops geocoding. Data only: the words are in IRVEWording (`Wording.message(_:_:)`), so a
/// message never shows a stack trace and `--lang en` is English.
///
/// The HTTP geocoder's problems are typed; the `detail` strings of the local index, the BAN files
/// and the cache are still written by IRVEGeocode (French, from SQLite's and the system's causes).
public enum GeocodeError: Error, Sendable, Equatable {
    /// The HTTP geocoder could not be reached or did not answer.
    case unreachable(baseURL: String, cause: HTTPError)
    /// It answered, but not as the BAN/addok API does (HTML page, 404, 500…).
    case badResponse(baseURL: String, problem: GeocoderAnswerProblem)
    /// The server kept asking to slow down (HTTP 429) beyond the retries.
    case rateLimited(baseURL: String)
    /// The local index is missing, unreadable or not a BAN index.
    case index(path: String, detail: String)
    /// A BAN file could not be read or is malformed (`line` 0 = the file as a whole).
    case banFile(path: String, line: Int, detail: String)
    /// The cache database could not be opened or written.
    case cache(path: String, detail: String)
}

/// How an HTTP geocoder's answer (or its address) is not what a BAN/addok API gives.
public enum GeocoderAnswerProblem: Sendable, Equatable {
    /// The address given does not start with http:// or https://.
    case notHTTP
    case unreadableJSON
    /// The answer of `/search/csv`.
    case unreadableCSV
    /// Stopped past `limit` bytes.
    case tooLarge(limit: Int)
    case status(Int)
}
