/// What stops geocoding. Data only: the words are in IRVEWording (`Wording.message(_:_:)`), so a
/// message never shows a stack trace and `--lang en` is English.
///
/// Two causes are still words from IRVEGeocode (French): those derived from a `FileError` or a
/// system error, whose words are in IRVEFiles.
public enum GeocodeError: Error, Sendable, Equatable {
    /// The HTTP geocoder could not be reached or did not answer.
    case unreachable(baseURL: String, cause: HTTPError)
    /// It answered, but not as the BAN/addok API does (HTML page, 404, 500…).
    case badResponse(baseURL: String, problem: GeocoderAnswerProblem)
    /// The server kept asking to slow down (HTTP 429) beyond the retries.
    case rateLimited(baseURL: String)
    /// The local index is missing, unreadable or not a BAN index.
    case index(path: String, problem: AddressIndexProblem)
    /// A BAN file could not be read or is malformed (`line` 0 = the file as a whole).
    case banFile(path: String, line: Int, problem: BANFileProblem)
    /// The cache database could not be opened or written.
    case cache(path: String, problem: GeocodeCacheProblem)
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

/// Why the local address index (SQLite) cannot be used or built.
public enum AddressIndexProblem: Sendable, Equatable {
    case missing
    case isFolder
    case notAnIndex
    /// Built by another version of irve (its layout version).
    case otherVersion(String)
    /// The last import stopped before the end.
    case incomplete
    /// `irve geo import-ban --index` was given a folder.
    case folderGiven
    /// The index given is one of the BAN files to import.
    case isAnInput(String)
    /// Its folder could not be made (worded from the FileError by IRVEGeocode, in French).
    case folder(String)
    case database(SQLiteCause)
    /// Writing failed while importing `file` from line `firstLine`.
    case importWrite(file: String, firstLine: Int, cause: SQLiteCause)
}

/// Why the geocoder's cache cannot be used.
public enum GeocodeCacheProblem: Sendable, Equatable {
    /// Its folder could not be made (worded from the FileError by IRVEGeocode, in French).
    case folder(String)
    case database(SQLiteCause)
}

/// SQLite's result codes (and the system's errors below it), as people need them.
public enum SQLiteCause: Sendable, Equatable {
    case notADatabase
    case corrupt
    case diskFull
    case readOnly
    case cannotOpen
    case busy
    case ioError
    case noMemory
    /// SQLITE_ERROR: a missing table, mostly.
    case notAnIndex
    case code(Int32)
    /// The system's cause, worded by IRVEFiles (French, until its words move to IRVEWording).
    case system(cause: String)
    case unexpected(type: String)
}

/// What is wrong with a BAN file being imported.
public enum BANFileProblem: Sendable, Equatable {
    case isFolder
    case notFound
    /// Read failed (worded from the FileError by IRVEGeocode, in French).
    case unreadable(String)
    /// A gzip file, but zlib could not be loaded (`why`: the loader's text).
    case gzipUnavailable(why: String)
    case gzipUnreadable
    /// zlib's own text, when it gives one.
    case gzipCorrupt(zlib: String?)
    /// The compressed stream stops early, after line `afterLine`.
    case gzipTruncated(afterLine: Int)
    /// A line longer than `maxKiB` KiB.
    case lineTooLong(maxKiB: Int)
    case empty
    /// The first columns, as found.
    case header(shown: String)
    case columns(Int)
    case inseeCode(String)
    case coordinates(lon: String, lat: String)
    case emptyStreet
}
