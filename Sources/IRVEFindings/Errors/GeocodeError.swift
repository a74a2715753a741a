/// What stops geocoding. Data only: the words are in IRVEWording (`Wording.message(_:_:)`), so a
/// message never shows a stack trace and `--lang en` is English.
///
/// The `detail` strings are still written by IRVEGeocode (French, or SQLite's text); making them
/// typed is the next step.
public enum GeocodeError: Error, Sendable, Equatable {
    /// The HTTP geocoder could not be reached or did not answer.
    case unreachable(baseURL: String, detail: String)
    /// It answered, but not as the BAN/addok API does (HTML page, 404, 500…).
    case badResponse(baseURL: String, detail: String)
    /// The server kept asking to slow down (HTTP 429) beyond the retries.
    case rateLimited(baseURL: String)
    /// The local index is missing, unreadable or not a BAN index.
    case index(path: String, detail: String)
    /// A BAN file could not be read or is malformed (`line` 0 = the file as a whole).
    case banFile(path: String, line: Int, detail: String)
    /// The cache database could not be opened or written.
    case cache(path: String, detail: String)
}
