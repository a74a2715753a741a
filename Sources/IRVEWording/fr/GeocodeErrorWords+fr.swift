import IRVEFindings

extension French {
    static func geocodeError(_ e: GeocodeError) -> String {
        switch e {
        case .unreachable(let url, let detail):
            "Le géocodeur \(url) ne répond pas (\(detail)) : vérifiez l'adresse ou relancez sans --geocoder."
        case .badResponse(let url, let detail):
            "Le géocodeur \(url) a répondu de façon inattendue (\(detail)) : est-ce bien une API BAN/addok "
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
}
