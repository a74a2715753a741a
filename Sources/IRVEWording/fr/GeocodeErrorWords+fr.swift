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
        case .index(let path, let problem):
            "Index d'adresses « \(path) » inutilisable : \(indexProblem(problem, path: path)). Créez-le avec "
                + "« irve geo import-ban "
                + "adresses-XX.csv.gz --index \(path) »."
        case .banFile(let path, let line, let problem):
            line > 0 ? "\(path), ligne \(line) : \(banFileProblem(problem))" : "\(path) : \(banFileProblem(problem))"
        case .cache(let path, .folder(let why)):
            "Cache du géocodeur « \(path) » inutilisable : \(why). Supprimez ce fichier ou choisissez-en un "
                + "autre avec --geocoder-cache."
        case .cache(let path, .database(let cause)):
            "Cache du géocodeur « \(path) » inutilisable : \(sqliteCause(cause)). Supprimez ce fichier ou "
                + "choisissez-en un "
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

    private static func indexProblem(_ p: AddressIndexProblem, path: String) -> String {
        switch p {
        case .missing: "fichier absent"
        case .isFolder: "c'est un dossier, pas un fichier d'index"
        case .notAnIndex: "ce n'est pas un index BAN d'irve"
        case .otherVersion(let version): "index d'une autre version d'irve (\(version))"
        case .incomplete: "le dernier import n'est pas allé au bout"
        case .folderGiven: "c'est un dossier : donnez le chemin d'un fichier, par exemple \(path)/ban.sqlite"
        case .isAnInput(let input): "c'est aussi un des fichiers BAN à importer (\(input))"
        case .folder(let why): why
        case .database(let cause): sqliteCause(cause)
        case .importWrite(let file, let firstLine, let cause):
            "écriture impossible pendant l'import de \(file) (lignes \(firstLine)…) : \(sqliteCause(cause))"
        }
    }

    private static func sqliteCause(_ c: SQLiteCause) -> String {
        switch c {
        case .notADatabase: "ce n'est pas un index BAN d'irve (ni même une base SQLite)"
        case .corrupt: "base SQLite endommagée : supprimez-la et refaites l'import"
        case .diskFull: "disque plein"
        case .readOnly: "accès en écriture refusé"
        case .cannotOpen: "ouverture impossible (dossier absent, droits insuffisants, ou c'est un dossier)"
        case .busy: "base occupée par un autre programme (un autre import ?)"
        case .ioError: "erreur d'entrée-sortie (disque, ou chemin qui n'est pas un fichier)"
        case .noMemory: "mémoire insuffisante"
        case .notAnIndex: "ce n'est pas un index BAN d'irve, ou il est endommagé"
        case .code(let code): "erreur SQLite n° \(code)"
        case .system(let cause): cause
        case .unexpected(let type): "erreur inattendue (\(type))"
        }
    }

    private static func banFileProblem(_ p: BANFileProblem) -> String {
        switch p {
        case .isFolder: "c'est un dossier, pas un fichier BAN"
        case .notFound: "fichier introuvable"
        case .unreadable(let why): why
        case .gzipUnavailable(let why): "fichier gzip, mais \(why)"
        case .gzipUnreadable: "fichier gzip illisible"
        case .gzipCorrupt(let zlib): "données gzip corrompues" + (zlib.map { " (\($0))" } ?? "")
        case .gzipTruncated(let line):
            "fichier gzip tronqué ou endommagé (il s'arrête avant la fin des données compressées, après la ligne "
                + "\(line)) : téléchargez-le à nouveau"
        case .lineTooLong(let kib): "ligne de plus de \(kib) Kio : ce n'est pas un fichier BAN"
        case .empty: "fichier vide"
        case .header(let shown):
            "en-tête inattendu « \(shown)… » : ce n'est pas un fichier BAN « adresses-XX.csv » (23 colonnes "
                + "séparées par « ; », la première étant « id ; id_fantoir ; numero… »)"
        case .columns(let count): "\(count) colonnes au lieu de 23 (séparateur « ; » attendu)"
        case .inseeCode(let code): "code_insee « \(code) » invalide (5 caractères attendus, comme 76540 ou 2A004)"
        case .coordinates(let lon, let lat):
            "coordonnées lon « \(lon) » / lat « \(lat) » illisibles (nombres décimaux WGS84 attendus)"
        case .emptyStreet: "nom_voie vide"
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
