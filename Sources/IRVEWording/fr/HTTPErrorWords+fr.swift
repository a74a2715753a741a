import IRVEFindings

extension French {
    static func httpError(_ e: HTTPError) -> String {
        switch e {
        case .libraryMissing(let why):
            "la bibliothèque réseau libcurl n'a pas pu être chargée (\(why)) : installez le paquet libcurl4 "
                + "(apt-get install libcurl4)."
        case .unreachable(let url, let detail):
            "impossible de joindre \(url) (\(connectionReason(ConnectionCause(detail)))) : vérifiez la connexion "
                + "internet et l'adresse du service, puis réessayez."
        case .timeout(let url, let seconds):
            "\(url) n'a pas répondu en \(Wording.seconds(seconds)) s : le service est lent ou indisponible, "
                + "réessayez plus tard."
        case .invalidURL(let url):
            "adresse invalide « \(url) » : elle doit commencer par http:// ou https://."
        case .responseTooLarge(let url, let limit):
            "\(url) envoie une réponse de plus de \(limit >> 20) Mio : irve l'a interrompue "
                + "(ce n'est pas la réponse attendue d'un tel service ; vérifiez l'adresse)."
        case .transport(let url, let detail):
            interrupted(url, detail)
        case .invalidHeader(let url, let name):
            interrupted(url, "en-tête « \(name) » invalide")
        case .unreadableFile(let url, let path):
            interrupted(url, "fichier illisible : \(path)")
        }
    }

    private static func interrupted(_ url: String, _ why: String) -> String {
        "l'échange avec \(url) a été interrompu (\(why)) : réessayez ; si cela persiste, le service a un problème."
    }

    static func connectionReason(_ cause: ConnectionCause) -> String {
        switch cause {
        case .refused: "connexion refusée : aucun service n'écoute à cette adresse"
        case .unknownHost: "nom de serveur inconnu"
        case .secureConnection: "échec de la connexion sécurisée (certificat ou TLS)"
        case .noAnswer: "pas de réponse à la connexion"
        case .other(let detail): "détail technique : « \(detail) »"
        }
    }
}
