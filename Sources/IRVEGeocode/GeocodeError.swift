import IRVEFindings
import IRVEHTTP

/// What stops geocoding, with a message for the user in French (or English): never a stack trace.
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

    public func message(_ lang: Language = .fr) -> String {
        switch self {
        case .unreachable(let url, let detail):
            return lang.pick(
                "Le géocodeur \(url) ne répond pas (\(detail)) : vérifiez l'adresse ou relancez sans --geocoder.",
                "The geocoder \(url) does not answer (\(detail)): check its address or run again without --geocoder.")
        case .badResponse(let url, let detail):
            return lang.pick(
                "Le géocodeur \(url) a répondu de façon inattendue (\(detail)) : est-ce bien une API BAN/addok "
                    + "(…/search/) ? Vérifiez l'adresse ou relancez sans --geocoder.",
                "The geocoder \(url) gave an unexpected answer (\(detail)): is it a BAN/addok API (…/search/)? Check "
                    + "its address or run again without --geocoder."
            )
        case .rateLimited(let url):
            return lang.pick(
                "Le géocodeur \(url) demande de ralentir (HTTP 429) malgré les nouveaux essais : relancez plus tard "
                    + "(les réponses déjà obtenues sont en cache).",
                "The geocoder \(url) keeps asking to slow down (HTTP 429): run again later (answers so far are cached)."
            )
        case .index(let path, let detail):
            return lang.pick(
                "Index d'adresses « \(path) » inutilisable : \(detail). Créez-le avec « irve geo import-ban "
                    + "adresses-XX.csv.gz --index \(path) ».",
                "Address index \"\(path)\" unusable: \(detail). Build it with \"irve geo import-ban "
                    + "adresses-XX.csv.gz --index \(path)\"."
            )
        case .banFile(let path, let line, let detail):
            return line > 0
                ? lang.pick("\(path), ligne \(line) : \(detail)", "\(path), line \(line): \(detail)")
                : lang.pick("\(path) : \(detail)", "\(path): \(detail)")
        case .cache(let path, let detail):
            return lang.pick(
                "Cache du géocodeur « \(path) » inutilisable : \(detail). Supprimez ce fichier ou choisissez-en un "
                    + "autre avec --geocoder-cache.",
                "Geocoder cache \"\(path)\" unusable: \(detail). Delete it or choose another with --geocoder-cache.")
        }
    }
}
