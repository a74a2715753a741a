import IRVEFiles
import IRVEFindings
import IRVEHTTP
import IRVEWording

/// Everything that stops `describe` or `publish`, each with a French message saying what to do.
/// No case holds the API key: messages may be printed, logged and pasted in a support request.
public enum PublishError: Error, Sendable, Equatable {
    // Local problems (before any request).
    case metadataFile(path: String, line: Int, problem: String)
    case invalidMetadata(field: String, problem: String)
    case unreadable(message: String)
    case notStatique(path: String, detected: String?)
    case fileHasErrors(path: String, errors: Int)
    case notCSV(path: String)
    case noAPIKey
    case keyFileTooOpen(path: String)
    case keyFileUnreadable(path: String)
    case state(String)
    case write(path: String, reason: String)
    /// A file could not be written (missing folder, full disk, the input itself…).
    case file(FileError)
    // The network.
    case http(HTTPError)
    // udata's answers (catalogue of ../shared/docs/datagouv-api.md §10).
    case invalidKey(reason: String)
    case notMember(organization: String, memberOf: [String])
    case organizationAmbiguous([String])
    case permissionDenied(step: String)
    case notFound(step: String, message: String)
    case datasetDeleted(id: String)
    case validation(step: String, errors: [FieldError])
    case refused(step: String, status: Int, message: String)
    case uploadFailed(message: String)
    case tooLarge
    case readOnly(message: String)
    case rateLimited
    case serverError(step: String, status: Int)
    case ambiguousDatasets([String])
    case unexpected(step: String, status: Int, detail: String)

    public struct FieldError: Sendable, Equatable {
        public var field: String
        public var message: String
    }

    public func message(_ lang: Language = .fr) -> String {
        switch self {
        case .metadataFile(let path, let line, let problem):
            return lang.pick(
                "fiche de métadonnées « \(path) »\(line > 0 ? ", ligne \(line)" : "") : \(problem). Corrigez la "
                    + "ligne (format « clé : valeur »).",
                "metadata file \"\(path)\"\(line > 0 ? ", line \(line)" : ""): \(problem). Fix the line (format "
                    + "\"key: value\")."
            )
        case .invalidMetadata(let field, let problem):
            return lang.pick("métadonnée « \(field) » : \(problem)", "metadata \"\(field)\": \(problem)")
        case .unreadable(let message):
            return message
        case .notStatique(let path, let detected):
            return lang.pick(
                "« \(path) » n'est pas un fichier IRVE statique\(detected.map { " (schéma détecté : \($0))" } ?? "") "
                    + ": seul le fichier statique se publie ainsi. Vérifiez le fichier avec « irve check ».",
                "\"\(path)\" is not a static IRVE file\(detected.map { " (detected schema: \($0))" } ?? ""): only "
                    + "the static file is published this way. Check it with \"irve check\"."
            )
        case .fileHasErrors(let path, let errors):
            return lang.pick(
                "publication refusée : « \(path) » contient \(errors) erreur(s). Corrigez-les (« irve check \(path) "
                    + "», « irve fix ») : un fichier non conforme est écarté de la consolidation nationale. --force "
                    + "publie quand même.",
                "publication refused: \"\(path)\" has \(errors) error(s). Fix them (\"irve check \(path)\", \"irve "
                    + "fix\"): a non-conforming file is left out of the national consolidation. --force publishes "
                    + "anyway."
            )
        case .notCSV(let path):
            return lang.pick(
                "seul un fichier .csv se publie (la consolidation nationale lit le CSV) : convertissez « \(path) » "
                    + "avec « irve fix \(path) -o FICHIER.csv ».",
                "only a .csv file can be published (the national consolidation reads the CSV): convert \"\(path)\" "
                    + "with \"irve fix \(path) -o FILE.csv\"."
            )
        case .noAPIKey:
            return lang.pick(
                "aucune clé d'API data.gouv.fr : créez-en une dans votre profil data.gouv.fr (« Clés d'API »), puis "
                    + "définissez la variable DATAGOUV_API_KEY ou écrivez-la dans ~/.config/irve/datagouv-api-key "
                    + "(chmod 600).",
                "no data.gouv.fr API key: create one in your data.gouv.fr profile (\"API keys\"), then set "
                    + "DATAGOUV_API_KEY or write it to ~/.config/irve/datagouv-api-key (chmod 600)."
            )
        case .keyFileTooOpen(let path):
            return lang.pick(
                "le fichier de clé « \(path) » est lisible par d'autres utilisateurs : protégez-le avec « chmod 600 "
                    + "\(path) », puis relancez.",
                "the key file \"\(path)\" is readable by other users: protect it with \"chmod 600 \(path)\", then "
                    + "run again."
            )
        case .keyFileUnreadable(let path):
            return lang.pick(
                "le fichier de clé « \(path) » est illisible ou vide.",
                "the key file \"\(path)\" is unreadable or empty.")
        case .state(let detail):
            return lang.pick(
                "mémoire locale des publications inutilisable (\(detail)) : indiquez un autre fichier avec --state.",
                "local publication state unusable (\(detail)): give another file with --state.")
        case .write(let path, let reason):
            return lang.pick("impossible d'écrire « \(path) » : \(reason).", "cannot write \"\(path)\": \(reason).")
        case .file(let e):
            return e.message(lang)
        case .http(let e):
            return e.message(lang)
        case .invalidKey(let reason):
            return lang.pick(
                "clé d'API refusée par data.gouv.fr (\(Self.keyReason(reason, lang))) : créez une nouvelle clé dans "
                    + "votre profil data.gouv.fr (« Clés d'API ») et mettez-la dans DATAGOUV_API_KEY. Attention : "
                    + "les clés de demo.data.gouv.fr et de www.data.gouv.fr sont différentes.",
                "API key refused by data.gouv.fr (\(Self.keyReason(reason, lang))): create a new key in your "
                    + "data.gouv.fr profile (\"API keys\") and put it in DATAGOUV_API_KEY. Keys of demo.data.gouv.fr "
                    + "and www.data.gouv.fr differ."
            )
        case .notMember(let org, let memberOf):
            let list =
                memberOf.isEmpty ? lang.pick("aucune", "none") : memberOf.map { "« \($0) »" }.joined(separator: ", ")
            return lang.pick(
                "votre compte n'est pas membre de l'organisation « \(org) » (vos organisations : \(list)) : demandez "
                    + "à un administrateur de l'organisation de vous y ajouter, ou corrigez --org.",
                "your account is not a member of the organisation \"\(org)\" (yours: \(list)): ask an administrator "
                    + "of the organisation to add you, or fix --org."
            )
        case .organizationAmbiguous(let orgs):
            return lang.pick(
                "votre compte est membre de plusieurs organisations "
                    + "(\(orgs.map { "« \($0) »" }.joined(separator: ", "))) : choisissez avec --org.",
                "your account belongs to several organisations "
                    + "(\(orgs.map { "\"\($0)\"" }.joined(separator: ", "))): choose one with --org."
            )
        case .permissionDenied(let step):
            return lang.pick(
                "\(step) : data.gouv.fr refuse (403) — ce jeu de données appartient à un autre producteur. Vérifiez "
                    + "que la clé est celle d'un membre de l'organisation de la commune.",
                "\(step): data.gouv.fr refuses (403) — this dataset belongs to another producer. Check that the key "
                    + "belongs to a member of the commune's organisation."
            )
        case .notFound(let step, let message):
            return lang.pick(
                "\(step) : introuvable sur data.gouv.fr (404\(message.isEmpty ? "" : ", « \(message) »")) — le jeu "
                    + "de données a été supprimé, appartient à un autre producteur, ou l'identifiant mémorisé est "
                    + "faux. Relancez avec --dataset ID ou --new.",
                "\(step): not found on data.gouv.fr (404\(message.isEmpty ? "" : ", \"\(message)\"")) — the dataset "
                    + "was deleted, belongs to another producer, or the remembered id is wrong. Run again with "
                    + "--dataset ID or --new."
            )
        case .datasetDeleted(let id):
            return lang.pick(
                "le jeu de données \(id) a été supprimé sur data.gouv.fr (410) : restaurez-le depuis votre espace, "
                    + "ou relancez avec --new pour en créer un autre.",
                "dataset \(id) was deleted on data.gouv.fr (410): restore it from your space, or run again with "
                    + "--new to create another one."
            )
        case .validation(let step, let errors):
            let lines = errors.map { "  • " + Self.explain($0, lang) }.joined(separator: "\n")
            return lang.pick(
                "\(step) : data.gouv.fr refuse les métadonnées (400) :\n\(lines)",
                "\(step): data.gouv.fr rejects the metadata (400):\n\(lines)")
        case .refused(let step, let status, let message):
            return lang.pick(
                "\(step) : data.gouv.fr refuse la requête (\(status)) : \(Self.explainMessage(message, lang))",
                "\(step): data.gouv.fr rejects the request (\(status)): \(Self.explainMessage(message, lang))")
        case .uploadFailed(let message):
            return lang.pick(
                "envoi du fichier refusé par data.gouv.fr (« \(message) ») : vérifiez que le fichier est un CSV non "
                    + "vide, puis réessayez.",
                "file upload rejected by data.gouv.fr (\"\(message)\"): check the file is a non-empty CSV, then try "
                    + "again."
            )
        case .tooLarge:
            return lang.pick(
                "fichier trop volumineux pour un envoi en une fois (413) : réessayez plus tard ou contactez "
                    + "data.gouv.fr.",
                "file too large for a single upload (413): try later or contact data.gouv.fr.")
        case .readOnly(let message):
            return lang.pick(
                "data.gouv.fr est temporairement en lecture seule (423\(message.isEmpty ? "" : ", « \(message) »")) "
                    + ": réessayez plus tard.",
                "data.gouv.fr is temporarily read-only (423\(message.isEmpty ? "" : ", \"\(message)\"")): try again "
                    + "later."
            )
        case .rateLimited:
            return lang.pick(
                "data.gouv.fr limite le nombre de requêtes (429) : patientez quelques minutes puis relancez la même "
                    + "commande (elle reprend là où elle s'est arrêtée).",
                "data.gouv.fr is rate limiting (429): wait a few minutes then run the same command again (it resumes "
                    + "where it stopped)."
            )
        case .serverError(let step, let status):
            return lang.pick(
                "\(step) : data.gouv.fr est indisponible (\(status)) malgré plusieurs essais : relancez la même "
                    + "commande plus tard (elle reprend là où elle s'est arrêtée).",
                "\(step): data.gouv.fr is unavailable (\(status)) despite several attempts: run the same command "
                    + "later (it resumes where it stopped)."
            )
        case .ambiguousDatasets(let ids):
            return lang.pick(
                "plusieurs jeux de données IRVE existent déjà dans l'organisation (\(ids.joined(separator: ", "))) : "
                    + "indiquez lequel mettre à jour avec --dataset ID.",
                "several IRVE datasets already exist in the organisation (\(ids.joined(separator: ", "))): choose "
                    + "the one to update with --dataset ID."
            )
        case .unexpected(let step, let status, let detail):
            return lang.pick(
                "\(step) : réponse inattendue de data.gouv.fr (\(status)\(detail.isEmpty ? "" : ", « \(detail) »")).",
                "\(step): unexpected answer from data.gouv.fr (\(status)\(detail.isEmpty ? "" : ", \"\(detail)\"")).")
        }
    }

    static func keyReason(_ reason: String, _ lang: Language) -> String {
        switch reason {
        case "Invalid API token": lang.pick("clé inconnue", "unknown key")
        case "Revoked API token": lang.pick("clé révoquée", "revoked key")
        case "Expired API token": lang.pick("clé expirée", "expired key")
        case "Inactive user": lang.pick("compte désactivé", "inactive account")
        case "": lang.pick("aucune clé reçue", "no key received")
        default: lang.pick("« \(reason) »", "\"\(reason)\"")
        }
    }

    /// A field error of a 400, said plainly with what to do.
    static func explain(_ e: FieldError, _ lang: Language) -> String {
        let m = e.message
        switch e.field {
        case "schema.version":
            return lang.pick(
                "version de schéma refusée (\(m)) : produisez le fichier au format 2.3.1 (« irve fix ») et déclarez "
                    + "la version 2.3.1.",
                "schema version rejected (\(m)): produce the file in version 2.3.1 (\"irve fix\") and declare 2.3.1.")
        case "schema.name", "schema":
            return lang.pick(
                "schéma refusé (\(m)) : le nom à déclarer est « etalab/schema-irve-statique ».",
                "schema rejected (\(m)): the name to declare is \"etalab/schema-irve-statique\".")
        case "organization":
            return lang.pick(
                "organisation refusée (\(m)) : votre compte doit être membre (administrateur ou éditeur) de "
                    + "l'organisation.",
                "organisation rejected (\(m)): your account must be a member (admin or editor) of the organisation.")
        case "tags":
            return lang.pick(
                "mots-clés refusés (\(m)) : chaque mot-clé doit faire de 3 à 96 caractères.",
                "tags rejected (\(m)): each tag must be 3 to 96 characters long.")
        case "spatial.zones", "spatial":
            return lang.pick(
                "zone géographique inconnue de data.gouv.fr (\(m)) : le code INSEE a peut-être changé (commune "
                    + "nouvelle) ; corrigez code_insee_commune ou indiquez la zone avec « zones : » dans la fiche.",
                "geographic zone unknown to data.gouv.fr (\(m)): the INSEE code may have changed (merged commune); "
                    + "fix code_insee_commune or set \"zones:\" in the metadata file."
            )
        case "spatial.granularity":
            return lang.pick(
                "granularité refusée (\(m)) : utilisez « poi ».", "granularity rejected (\(m)): use \"poi\".")
        case "temporal_coverage":
            return lang.pick(
                "couverture temporelle refusée (\(m)) : dates au format AAAA-MM-JJ.",
                "temporal coverage rejected (\(m)): dates as YYYY-MM-DD.")
        case "title":
            return lang.pick(
                "titre refusé (\(m)) : 350 caractères au plus.", "title rejected (\(m)): 350 characters at most.")
        case "Content-Type", "request":
            return lang.pick(
                "requête mal formée (\(m)) : c'est un défaut d'irve, signalez-le.",
                "malformed request (\(m)): this is an irve bug, please report it.")
        default:
            return "\(e.field) : \(m)"
        }
    }

    static func explainMessage(_ m: String, _ lang: Language) -> String {
        if m.contains("is not a valid UpdateFrequency") {
            return lang.pick(
                "fréquence de mise à jour inconnue (\(m)) : utilisez par exemple « irregular », « monthly » ou « "
                    + "annual ».",
                "unknown update frequency (\(m)): use e.g. \"irregular\", \"monthly\" or \"annual\".")
        }
        if m.contains("file type is not allowed") {
            return lang.pick(
                "type de fichier refusé : envoyez un fichier .csv.", "file type not allowed: send a .csv file.")
        }
        if m.contains("Incorrect file content type") {
            return lang.pick(
                "le fichier ressemble à une page HTML (\(m)) : envoyez le CSV lui-même.",
                "the file looks like an HTML page (\(m)): send the CSV itself.")
        }
        if m.contains("Cannot modify filetype") {
            return lang.pick(
                "la ressource existante n'est pas un fichier déposé (\(m)) : relancez avec --new-resource.",
                "the existing resource is not an uploaded file (\(m)): run again with --new-resource.")
        }
        return m.isEmpty ? lang.pick("sans détail", "no detail") : "« \(m) »"
    }
}
