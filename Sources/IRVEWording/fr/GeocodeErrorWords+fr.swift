import IRVEFindings

extension French {
    static func geocodeError(_ e: GeocodeError) -> String {
        switch e {
        case .unreachable(let url, let cause):
            "Le géocodeur \(url) ne répond pas (\(geocoderReason(cause))) : vérifiez l'adresse ou relancez sans "
                + "--geocoder."
        case .badResponse(let url, let problem):
            "Le géocodeur \(url) a répondu de façon inattendue (\(geocoderAnswer(problem))) : est-ce bien une API "
                + "BAN/addok "
                + "(…/search/) ? Vérifiez l'adresse ou relancez sans --geocoder."
        case .rateLimited(let url):
            "Le géocodeur \(url) demande de ralentir (HTTP 429) malgré les nouveaux essais : relancez plus tard "
                + "(les réponses déjà obtenues sont en cache)."
        case .index(let path, let detail):
            "Index d'adresses « \(path) » inutilisable : \(detail). Créez-le avec « irve geo import-ban "
                + "adresses-XX.csv.gz --index \(path) »."
        case .banFile(let path, let line, let detail):
            line > 0 ? "\(path), ligne \(line) : \(detail)" : "\(path) : \(detail)"
        case .cache(let path, let detail):
            "Cache du géocodeur « \(path) » inutilisable : \(detail). Supprimez ce fichier ou choisissez-en un "
                + "autre avec --geocoder-cache."
        }
    }

    /// A short reason for "ne répond pas (…)": the geocoder's own sentence says what to do.
    private static func geocoderReason(_ e: HTTPError) -> String {
        switch e {
        case .unreachable(_, let detail):
            switch ConnectionCause(detail) {
            // libcurl's words for a refused or unroutable connection ("Failed to connect … Couldn't connect").
            case .refused: detail.lowercased().contains("refused") ? "connexion refusée" : "connexion impossible"
            case .unknownHost: "nom de serveur inconnu"
            case .secureConnection: "échec de la connexion sécurisée"
            case .noAnswer: "pas de réponse à la connexion"
            case .other: detail
            }
        case .timeout(_, let seconds): "pas de réponse en \(Wording.seconds(seconds)) s"
        case .invalidURL: "adresse invalide"
        case .libraryMissing: httpError(e)
        case .transport(_, let detail): "échange interrompu : \(detail)"
        case .invalidHeader(_, let name): "échange interrompu : en-tête « \(name) » invalide"
        case .unreadableFile(_, let path): "échange interrompu : fichier illisible : \(path)"
        case .responseTooLarge(_, let limit): "réponse de plus de \(limit >> 20) Mio, interrompue"
        }
    }

    private static func geocoderAnswer(_ p: GeocoderAnswerProblem) -> String {
        switch p {
        case .notHTTP: "adresse invalide : elle doit commencer par http:// ou https://"
        case .unreadableJSON: "réponse JSON illisible"
        case .unreadableCSV: "réponse CSV illisible de /search/csv"
        case .tooLarge(let limit): "réponse de plus de \(limit >> 20) Mio, interrompue"
        case .status(let status): "HTTP \(status)"
        }
    }
}
