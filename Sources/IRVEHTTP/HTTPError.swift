import IRVEFindings

extension HTTPError {
    public func message(_ lang: Language = .fr) -> String {
        switch self {
        case .libraryMissing(let why):
            return lang.pick(
                "la bibliothèque réseau libcurl n'a pas pu être chargée (\(why)) : installez le paquet libcurl4 "
                    + "(apt-get install libcurl4).",
                "the libcurl network library could not be loaded (\(why)): install the libcurl4 package (apt-get "
                    + "install libcurl4)."
            )
        case .unreachable(let url, let detail):
            return lang.pick(
                "impossible de joindre \(url) (\(Self.reason(detail, lang))) : vérifiez la connexion internet et "
                    + "l'adresse du service, puis réessayez.",
                "cannot reach \(url) (\(Self.reason(detail, lang))): check the internet connection and the service "
                    + "address, then try again."
            )
        case .timeout(let url, let seconds):
            return lang.pick(
                "\(url) n'a pas répondu en \(Self.format(seconds)) s : le service est lent ou indisponible, "
                    + "réessayez plus tard.",
                "\(url) did not answer within \(Self.format(seconds)) s: the service is slow or down, try again later.")
        case .invalidURL(let url):
            return lang.pick(
                "adresse invalide « \(url) » : elle doit commencer par http:// ou https://.",
                "invalid address \"\(url)\": it must start with http:// or https://.")
        case .responseTooLarge(let url, let limit):
            return lang.pick(
                "\(url) envoie une réponse de plus de \(limit >> 20) Mio : irve l'a interrompue "
                    + "(ce n'est pas la réponse attendue d'un tel service ; vérifiez l'adresse).",
                "\(url) sends a response larger than \(limit >> 20) MiB: irve stopped it "
                    + "(not the answer such a service gives; check the address).")
        case .transport(let url, let detail):
            return lang.pick(
                "l'échange avec \(url) a été interrompu (\(detail)) : réessayez ; si cela persiste, le service a un "
                    + "problème.",
                "the exchange with \(url) broke off (\(detail)): try again; if it persists, the service has a problem.")
        }
    }

    /// libcurl's detail is English and technical: the usual causes get a plain wording.
    static func reason(_ detail: String, _ lang: Language) -> String {
        let d = detail.lowercased()
        if d.contains("refused") || d.contains("couldn't connect") || d.contains("failed to connect") {
            return lang.pick(
                "connexion refusée : aucun service n'écoute à cette adresse",
                "connection refused: nothing listens at that address")
        }
        if d.contains("resolve") {
            return lang.pick("nom de serveur inconnu", "unknown server name")
        }
        if d.contains("certificate") || d.contains("ssl") || d.contains("tls") {
            return lang.pick(
                "échec de la connexion sécurisée (certificat ou TLS)", "secure connection failed (certificate or TLS)")
        }
        if d.contains("timed out") {
            return lang.pick("pas de réponse à la connexion", "no answer to the connection")
        }
        return lang.pick("détail technique : « \(detail) »", "technical detail: \"\(detail)\"")
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    /// `scheme://host[:port]/path`: user-info and query string dropped, as they may hold credentials.
    public static func displayURL(_ url: String) -> String {
        var s = Substring(url)
        if let q = s.firstIndex(where: { $0 == "?" || $0 == "#" }) { s = s[..<q] }
        if let schemeEnd = s.range(of: "://") {
            let afterScheme = s[schemeEnd.upperBound...]
            let authorityEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            if let at = afterScheme[..<authorityEnd].lastIndex(of: "@") {
                s = s[..<schemeEnd.upperBound] + afterScheme[afterScheme.index(after: at)...]
            }
        }
        return String(s)
    }
}
