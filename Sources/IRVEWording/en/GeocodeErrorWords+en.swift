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
        case .index(let path, let problem):
            "Address index \"\(path)\" unusable: \(indexProblem(problem, path: path)). Build it with "
                + "\"irve geo import-ban "
                + "adresses-XX.csv.gz --index \(path)\"."
        case .banFile(let path, let line, let problem):
            line > 0 ? "\(path), line \(line): \(banFileProblem(problem))" : "\(path): \(banFileProblem(problem))"
        case .cache(let path, .folder(let why)):
            "Geocoder cache \"\(path)\" unusable: \(why). Delete it or choose another with --geocoder-cache."
        case .cache(let path, .database(let cause)):
            "Geocoder cache \"\(path)\" unusable: \(sqliteCause(cause)). Delete it or choose another with "
                + "--geocoder-cache."
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

    private static func indexProblem(_ p: AddressIndexProblem, path: String) -> String {
        switch p {
        case .missing: "no such file"
        case .isFolder: "it is a folder, not an index file"
        case .notAnIndex: "not an irve BAN index"
        case .otherVersion(let version): "index of another irve version (\(version))"
        case .incomplete: "the last import did not finish"
        case .folderGiven: "it is a folder: give the path of a file, for example \(path)/ban.sqlite"
        case .isAnInput(let input): "it is also one of the BAN files to import (\(input))"
        case .folder(let why): why
        case .database(let cause): sqliteCause(cause)
        case .importWrite(let file, let firstLine, let cause):
            "cannot write while importing \(file) (lines \(firstLine)…): \(sqliteCause(cause))"
        }
    }

    private static func sqliteCause(_ c: SQLiteCause) -> String {
        switch c {
        case .notADatabase: "not an irve BAN index (not even an SQLite database)"
        case .corrupt: "damaged SQLite database: delete it and import again"
        case .diskFull: "disk full"
        case .readOnly: "write access denied"
        case .cannotOpen: "cannot open it (missing folder, permissions, or it is a folder)"
        case .busy: "database busy with another program (another import?)"
        case .ioError: "input/output error (disk, or a path that is not a file)"
        case .noMemory: "out of memory"
        case .notAnIndex: "not an irve BAN index, or a damaged one"
        case .code(let code): "SQLite error \(code)"
        case .system(let cause): cause
        case .unexpected(let type): "unexpected error (\(type))"
        }
    }

    private static func banFileProblem(_ p: BANFileProblem) -> String {
        switch p {
        case .isFolder: "it is a folder, not a BAN file"
        case .notFound: "file not found"
        case .unreadable(let why): why
        case .gzipUnavailable(let why): "gzip file, but \(why)"
        case .gzipUnreadable: "unreadable gzip file"
        case .gzipCorrupt(let zlib): "corrupt gzip data" + (zlib.map { " (\($0))" } ?? "")
        case .gzipTruncated(let line):
            "truncated or damaged gzip file (it stops before the end of the compressed data, after line \(line)): "
                + "download it again"
        case .lineTooLong(let kib): "line longer than \(kib) KiB: not a BAN file"
        case .empty: "empty file"
        case .header(let shown):
            "unexpected header \"\(shown)…\": not a BAN \"adresses-XX.csv\" file (23 columns separated by \";\", "
                + "the first being \"id;id_fantoir;numero…\")"
        case .columns(let count): "\(count) columns instead of 23 (\";\" separator expected)"
        case .inseeCode(let code): "invalid code_insee \"\(code)\" (5 characters expected, like 76540 or 2A004)"
        case .coordinates(let lon, let lat):
            "unreadable coordinates lon \"\(lon)\" / lat \"\(lat)\" (WGS84 decimal numbers expected)"
        case .emptyStreet: "empty nom_voie"
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
