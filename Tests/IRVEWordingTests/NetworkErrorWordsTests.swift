import IRVEFindings
import IRVEWording
import XCTest

/// HTTP and geocoding errors: every case in both languages, and the sentences users see.
final class NetworkErrorWordsTests: XCTestCase {
    static let http: [HTTPError] = [
        .libraryMissing("libcurl.so.4: cannot open shared object file"),
        .unreachable(url: "http://127.0.0.1:9/", detail: "Failed to connect to 127.0.0.1 port 9: Connection refused"),
        .unreachable(url: "https://x.invalid/", detail: "Could not resolve host: x.invalid"),
        .unreachable(url: "https://x/", detail: "SSL certificate problem: self-signed certificate"),
        .unreachable(url: "https://x/", detail: "Connection timed out after 15001 milliseconds"),
        .unreachable(url: "https://x/", detail: "Weird failure"), .timeout(url: "https://x/", seconds: 2.5),
        .invalidURL("ftp://x"), .transport(url: "https://x/", detail: "Recv failure"),
        .invalidHeader(url: "https://x/", name: "X-API-KEY"), .unreadableFile(url: "https://x/", path: "a.csv"),
        .responseTooLarge(url: "https://x/", limit: 2 << 20),
    ]

    static let geocode: [GeocodeError] =
        [
            .unreachable(
                baseURL: "http://x", cause: .unreachable(url: "http://x/search/", detail: "Connection refused")),
            .unreachable(
                baseURL: "http://x", cause: .unreachable(url: "http://x/", detail: "Couldn't connect to server")),
            .unreachable(baseURL: "http://x", cause: .unreachable(url: "http://x/", detail: "Could not resolve host")),
            .unreachable(baseURL: "http://x", cause: .unreachable(url: "http://x/", detail: "SSL connect error")),
            .unreachable(baseURL: "http://x", cause: .unreachable(url: "http://x/", detail: "Connection timed out")),
            .unreachable(baseURL: "http://x", cause: .unreachable(url: "http://x/", detail: "Weird")),
            .unreachable(baseURL: "http://x", cause: .timeout(url: "http://x/", seconds: 10)),
            .unreachable(baseURL: "http://x", cause: .invalidURL("http://x")),
            .unreachable(baseURL: "http://x", cause: .libraryMissing("libcurl.so.4")),
            .unreachable(baseURL: "http://x", cause: .transport(url: "http://x/", detail: "Recv failure")),
            .unreachable(baseURL: "http://x", cause: .invalidHeader(url: "http://x/", name: "X")),
            .unreachable(baseURL: "http://x", cause: .unreadableFile(url: "http://x/", path: "a.csv")),
            .unreachable(baseURL: "http://x", cause: .responseTooLarge(url: "http://x/", limit: 1 << 20)),
            .badResponse(baseURL: "x", problem: .notHTTP), .badResponse(baseURL: "http://x", problem: .unreadableJSON),
            .badResponse(baseURL: "http://x", problem: .unreadableCSV),
            .badResponse(baseURL: "http://x", problem: .tooLarge(limit: 1 << 20)),
            .badResponse(baseURL: "http://x", problem: .status(404)), .rateLimited(baseURL: "http://x"),
        ]
        + ([
            .missing, .isFolder, .notAnIndex, .otherVersion("v0"), .incomplete, .folderGiven, .isAnInput("a.csv"),
            .database(.busy), .importWrite(file: "a.csv", firstLine: 2, cause: .diskFull),
        ] as [AddressIndexProblem]).map { GeocodeError.index(path: "ban.sqlite", problem: $0) }
        + ([
            .notADatabase, .corrupt, .diskFull, .readOnly, .cannotOpen, .busy, .ioError, .noMemory, .notAnIndex,
            .code(26), .unexpected(type: "DecodingError"),
        ] as [SQLiteCause]).map { GeocodeError.cache(path: "c.sqlite", problem: .database($0)) }
        + ([
            .isFolder, .notFound, .gzipUnavailable(why: "libz.so.1 missing"), .gzipUnreadable,
            .gzipCorrupt(zlib: nil), .gzipCorrupt(zlib: "invalid block type"), .gzipTruncated(afterLine: 12),
            .lineTooLong(maxKiB: 64), .empty, .header(shown: "a;b"), .columns(3), .inseeCode("7654"),
            .coordinates(lon: "x", lat: "y"), .emptyStreet,
        ] as [BANFileProblem]).flatMap {
            [GeocodeError.banFile(path: "a.csv", line: 3, problem: $0), .banFile(path: "a.csv", line: 0, problem: $0)]
        }

    func testEveryCaseIsWordedInBothLanguages() {
        for e in Self.http {
            let en = e.message(.en)
            XCTAssertNotEqual(e.message(.fr), en, "\(e)")
            XCTAssertEqual(e.message(.fr), Wording.message(e, .fr))
            for mark in [" : ", "« ", " »"] { XCTAssertFalse(en.contains(mark), "\(e)\n→ \(en)") }
        }
        for e in Self.geocode {
            let en = e.message(.en)
            XCTAssertNotEqual(e.message(.fr), en, "\(e)")
            for mark in [" : ", "« ", " »", "ligne"] { XCTAssertFalse(en.contains(mark), "\(e)\n→ \(en)") }
        }
    }

    func testHTTPSentences() {
        let refused = HTTPError.unreachable(url: "http://127.0.0.1:9/", detail: "Couldn't connect to server")
        XCTAssertEqual(
            refused.message(.fr),
            "impossible de joindre http://127.0.0.1:9/ (connexion refusée : aucun service n'écoute à cette "
                + "adresse) : vérifiez la connexion internet et l'adresse du service, puis réessayez.")
        XCTAssertEqual(
            refused.message(.en),
            "cannot reach http://127.0.0.1:9/ (connection refused: nothing listens at that address): check the "
                + "internet connection and the service address, then try again.")
        let other = HTTPError.unreachable(url: "https://x/", detail: "Weird failure")
        XCTAssertTrue(other.message(.fr).contains("(détail technique : « Weird failure »)"), other.message(.fr))
        XCTAssertTrue(other.message(.en).contains("(technical detail: \"Weird failure\")"), other.message(.en))
        XCTAssertEqual(
            HTTPError.timeout(url: "https://x/", seconds: 30).message(.fr),
            "https://x/ n'a pas répondu en 30 s : le service est lent ou indisponible, réessayez plus tard.")
        XCTAssertEqual(
            HTTPError.timeout(url: "https://x/", seconds: 2.5).message(.en),
            "https://x/ did not answer within 2.5 s: the service is slow or down, try again later.")
        XCTAssertEqual(
            HTTPError.responseTooLarge(url: "https://x/", limit: 2 << 20).message(.en),
            "https://x/ sends a response larger than 2 MiB: irve stopped it (not the answer such a service gives; "
                + "check the address).")
    }

    func testRefusedRequestsSayWhy() {
        XCTAssertEqual(
            HTTPError.invalidHeader(url: "https://x/", name: "X-API-KEY").message(.fr),
            "l'échange avec https://x/ a été interrompu (en-tête « X-API-KEY » invalide) : réessayez ; si cela "
                + "persiste, le service a un problème.")
        XCTAssertEqual(
            HTTPError.unreadableFile(url: "https://x/", path: "a.csv").message(.en),
            "the exchange with https://x/ broke off (unreadable file: a.csv): try again; if it persists, the service "
                + "has a problem.")
    }

    func testGeocodeSentences() {
        let refused = GeocodeError.unreachable(
            baseURL: "http://127.0.0.1:9",
            cause: .unreachable(url: "http://127.0.0.1:9/search/", detail: "Connection refused"))
        XCTAssertEqual(
            refused.message(.fr),
            "Le géocodeur http://127.0.0.1:9 ne répond pas (connexion refusée) : vérifiez l'adresse ou relancez sans "
                + "--geocoder.")
        XCTAssertEqual(
            refused.message(.en),
            "The geocoder http://127.0.0.1:9 does not answer (connection refused): check its address or run again "
                + "without --geocoder.")
        XCTAssertEqual(
            GeocodeError.badResponse(baseURL: "x", problem: .notHTTP).message(.fr),
            "Le géocodeur x a répondu de façon inattendue (adresse invalide : elle doit commencer par http:// ou "
                + "https://) : est-ce bien une API BAN/addok (…/search/) ? Vérifiez l'adresse ou relancez sans "
                + "--geocoder.")
        let index = GeocodeError.index(path: "ban.sqlite", problem: .missing)
        XCTAssertEqual(
            index.message(.fr),
            "Index d'adresses « ban.sqlite » inutilisable : fichier absent. Créez-le avec « irve geo import-ban "
                + "adresses-XX.csv.gz --index ban.sqlite ».")
        XCTAssertEqual(
            GeocodeError.banFile(path: "a.csv", line: 3, problem: .emptyStreet).message(.fr),
            "a.csv, ligne 3 : nom_voie vide")
        XCTAssertEqual(GeocodeError.banFile(path: "a.csv", line: 0, problem: .empty).message(.en), "a.csv: empty file")
        XCTAssertEqual(
            GeocodeError.banFile(path: "a.csv", line: 2, problem: .columns(3)).message(.fr),
            "a.csv, ligne 2 : 3 colonnes au lieu de 23 (séparateur « ; » attendu)")
        XCTAssertEqual(
            GeocodeError.cache(path: "c.sqlite", problem: .database(.busy)).message(.en),
            "Geocoder cache \"c.sqlite\" unusable: database busy with another program (another import?). Delete it or "
                + "choose another with --geocoder-cache.")
        XCTAssertEqual(
            GeocodeError.rateLimited(baseURL: "http://x").message(.en),
            "The geocoder http://x keeps asking to slow down (HTTP 429): run again later (answers so far are cached).")
    }
}
