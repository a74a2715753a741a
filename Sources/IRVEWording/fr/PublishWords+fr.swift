import IRVEFindings

extension French {
    static func publishError(_ e: PublishError, fileError: (FileError) -> String) -> String {
        switch e {
        case .metadataFile(let path, let line, let problem):
            "fiche de métadonnées « \(path) »\(line > 0 ? ", ligne \(line)" : "") : \(metadataFileProblem(problem)). "
                + "Corrigez la ligne (format « clé : valeur »)."
        case .invalidMetadata(let field, let problem):
            "métadonnée « \(field) » : \(metadataProblem(problem))"
        case .unreadable(let message):
            message
        case .notStatique(let path, let detected):
            "« \(path) » n'est pas un fichier IRVE statique\(detected.map { " (schéma détecté : \($0))" } ?? "") "
                + ": seul le fichier statique se publie ainsi. Vérifiez le fichier avec « irve check »."
        case .fileHasErrors(let path, let errors):
            "publication refusée : « \(path) » contient \(errors) erreur(s). Corrigez-les (« irve check \(path) "
                + "», « irve fix ») : un fichier non conforme est écarté de la consolidation nationale. --force "
                + "publie quand même."
        case .notCSV(let path):
            "seul un fichier .csv se publie (la consolidation nationale lit le CSV) : convertissez « \(path) » "
                + "avec « irve fix \(path) -o FICHIER.csv »."
        case .noAPIKey:
            "aucune clé d'API data.gouv.fr : créez-en une dans votre profil data.gouv.fr (« Clés d'API »), puis "
                + "définissez la variable DATAGOUV_API_KEY ou écrivez-la dans ~/.config/irve/datagouv-api-key "
                + "(chmod 600)."
        case .keyFileTooOpen(let path):
            "le fichier de clé « \(path) » est lisible par d'autres utilisateurs : protégez-le avec « chmod 600 "
                + "\(path) », puis relancez."
        case .keyFileUnreadable(let path):
            "le fichier de clé « \(path) » est illisible ou vide."
        case .state(let path, let cause):
            "mémoire locale des publications inutilisable (\(path) : \(stateCause(cause))) : indiquez un autre fichier "
                + "avec --state."
        case .write(let path, let reason):
            "impossible d'écrire « \(path) » : \(reason)."
        case .file(let e):
            fileError(e)
        case .http(let e):
            httpError(e)
        case .invalidKey(let reason):
            "clé d'API refusée par data.gouv.fr (\(publishKeyReason(reason))) : créez une nouvelle clé dans "
                + "votre profil data.gouv.fr (« Clés d'API ») et mettez-la dans DATAGOUV_API_KEY. Attention : "
                + "les clés de demo.data.gouv.fr et de www.data.gouv.fr sont différentes."
        case .notMember(let org, let memberOf):
            "votre compte n'est pas membre de l'organisation « \(org) » (vos organisations : "
                + "\(memberOf.isEmpty ? "aucune" : memberOf.map { "« \($0) »" }.joined(separator: ", "))) : "
                + "demandez à un administrateur de l'organisation de vous y ajouter, ou corrigez --org."
        case .organizationAmbiguous(let orgs):
            "votre compte est membre de plusieurs organisations "
                + "(\(orgs.map { "« \($0) »" }.joined(separator: ", "))) : choisissez avec --org."
        case .permissionDenied(let s):
            "\(publishStep(s)) : data.gouv.fr refuse (403) — ce jeu de données appartient à un autre producteur. "
                + "Vérifiez "
                + "que la clé est celle d'un membre de l'organisation de la commune."
        case .notFound(let s, let message):
            "\(publishStep(s)) : introuvable sur data.gouv.fr (404\(message.isEmpty ? "" : ", « \(message) »")) "
                + "— le jeu "
                + "de données a été supprimé, appartient à un autre producteur, ou l'identifiant mémorisé est "
                + "faux. Relancez avec --dataset ID ou --new."
        case .datasetDeleted(let id):
            "le jeu de données \(id) a été supprimé sur data.gouv.fr (410) : restaurez-le depuis votre espace, "
                + "ou relancez avec --new pour en créer un autre."
        case .validation(let s, let errors):
            "\(publishStep(s)) : data.gouv.fr refuse les métadonnées (400) :\n"
                + errors.map { "  • " + publishFieldError($0) }.joined(separator: "\n")
        case .refused(let s, let status, let message):
            "\(publishStep(s)) : data.gouv.fr refuse la requête (\(status)) : \(publishServerMessage(message))"
        case .uploadFailed(let message):
            "envoi du fichier refusé par data.gouv.fr (« \(message) ») : vérifiez que le fichier est un CSV non "
                + "vide, puis réessayez."
        case .tooLarge:
            "fichier trop volumineux pour un envoi en une fois (413) : réessayez plus tard ou contactez "
                + "data.gouv.fr."
        case .readOnly(let message):
            "data.gouv.fr est temporairement en lecture seule (423\(message.isEmpty ? "" : ", « \(message) »")) "
                + ": réessayez plus tard."
        case .rateLimited:
            "data.gouv.fr limite le nombre de requêtes (429) : patientez quelques minutes puis relancez la même "
                + "commande (elle reprend là où elle s'est arrêtée)."
        case .serverError(let s, let status):
            "\(publishStep(s)) : data.gouv.fr est indisponible (\(status)) malgré plusieurs essais : relancez la même "
                + "commande plus tard (elle reprend là où elle s'est arrêtée)."
        case .ambiguousDatasets(let ids):
            "plusieurs jeux de données IRVE existent déjà dans l'organisation (\(ids.joined(separator: ", "))) : "
                + "indiquez lequel mettre à jour avec --dataset ID."
        case .unexpected(let s, let status, let missing):
            "\(publishStep(s)) : réponse inattendue de data.gouv.fr (\(status), « \(missingInAnswer(missing)) »)."
        }
    }

    static func publishStep(_ s: PublishStep) -> String {
        switch s {
        case .checkKey: "Vérifier la clé et l'organisation"
        case .searchDataset: "Chercher le jeu de données IRVE de l'organisation"
        case .searchDatasetByTag: "Chercher un jeu de données IRVE de l'organisation (mot-clé irve)"
        case .readDataset: "Lire le jeu de données"
        case .createDataset: "Créer le jeu de données (brouillon privé)"
        case .uploadFile: "Déposer le fichier CSV"
        case .replaceFile: "Remplacer le fichier de la ressource"
        case .describeResource: "Décrire la ressource (titre, description, type, schéma)"
        case .createContact: "Créer le point de contact"
        case .writeRecord: "Écrire la fiche complète et rendre public"
        }
    }

    static func publishNotice(_ n: PublishNotice, fileError: (FileError) -> String) -> String {
        switch n {
        case .forcedWithErrors(let errors):
            "⚠⚠ --force : publication d'un fichier qui contient \(errors) erreur(s). Il sera écarté "
                + "de la consolidation nationale et les utilisateurs verront des données fausses. "
                + "Corrigez-le au plus vite."
        case .oldSchemaVersion(let declared, let kept):
            "⚠ Schéma déclaré en version \(declared) : la consolidation nationale ne garde que la \(kept). "
                + "Passez le fichier en \(kept) avec « irve fix »."
        case .noOrganisation:
            "⚠ Aucune organisation : le jeu de données sera publié sous votre nom personnel, et les comptes "
                + "individuels sont exclus de la consolidation nationale IRVE. Demandez à rejoindre "
                + "l'organisation de la commune sur data.gouv.fr, puis relancez avec --org."
        case .contactNotCreated(let e):
            "⚠ Point de contact non créé (\(publishError(e, fileError: fileError))) : la publication continue sans."
        case .licenceReplaced(let recorded, let sent):
            "⚠ data.gouv.fr a enregistré la licence « \(recorded) » au lieu de « \(sent) » (licence "
                + "inconnue de l'instance) : corrigez-la sur le site."
        case .checkingKey: "Vérification de la clé d'API et de l'organisation…"
        case .organisation(let name): "organisation : \(name)"
        case .lookingForDataset: "Recherche du jeu de données déjà publié…"
        case .datasetGiven(let id): "jeu de données indiqué : \(id)"
        case .datasetRemembered(let id): "jeu de données mémorisé : \(id)"
        case .datasetFound(let id): "jeu de données trouvé dans l'organisation : \(id)"
        case .creatingDataset: "Création du jeu de données (brouillon privé)…"
        case .created(let id): "créé : \(id)"
        case .existingDataset: "Jeu de données existant : pas de création."
        case .replacingFile(let resource): "Remplacement du fichier de la ressource \(resource)…"
        case .uploading(let name): "Dépôt du fichier \(name)…"
        case .describingResource(let schema, let version):
            "Description de la ressource (titre, description, type main, schéma \(schema) \(version))…"
        case .creatingContact(let email): "Création du point de contact \(email)…"
        case .writingRecord: "Écriture de la fiche complète et publication…"
        }
    }

    private static func metadataFileProblem(_ p: MetadataFileProblem) -> String {
        switch p {
        case .notKeyValue: "« clé : valeur » attendu"
        case .unknownKey(let key, let known):
            "clé « \(key) » inconnue (clés possibles : \(known.joined(separator: ", ")))"
        case .notFound: "fichier introuvable"
        case .isFolder: "c'est un dossier"
        case .tooLarge: "plus de 1 Mio, ce n'est pas une fiche"
        case .notUTF8: "le fichier doit être en UTF-8"
        case .unreadable: "fichier illisible"
        case .system(let cause): cause
        }
    }

    private static func metadataProblem(_ p: MetadataProblem) -> String {
        switch p {
        case .unknownFrequency(let given):
            "« \(given) » n'est pas une fréquence de data.gouv.fr (exemples : irregular, monthly, annual ; ou en "
                + "français : irrégulière, mensuelle, annuelle)."
        case .unknownLicense(let license):
            "« \(license) » n'est pas une licence de data.gouv.fr ; une collectivité doit utiliser « lov2 » "
                + "(Licence Ouverte 2.0) ou « odc-odbl »."
        case .unknownGranularity(let granularity):
            "« \(granularity) » inconnue ; utilisez « poi » (un point par borne)."
        case .notADate(let value):
            "« \(value) » : date attendue au format AAAA-MM-JJ."
        case .length(let count, let minimum?, let maximum):
            "\(count) caractères : \(minimum) à \(maximum) au plus."
        case .length(let count, nil, let maximum):
            "\(count) caractères : \(maximum) au plus."
        case .tagLength(let tag, let slug):
            "« \(tag) » devient « \(slug) » sur data.gouv.fr : un mot-clé doit faire de 3 à 96 caractères."
        }
    }

    private static func stateCause(_ c: StateCause) -> String {
        switch c {
        case .notAState: "ce n'est pas la mémoire des publications d'irve, ou elle est endommagée"
        case .diskFull: "disque plein"
        case .cannotOpen: "ouverture ou écriture impossible (droits, dossier)"
        case .busy: "utilisée par un autre irve en ce moment"
        case .sqlite(let code): "erreur SQLite n° \(code)"
        case .system(let cause): cause
        case .unexpected(let type): "erreur inattendue (\(type))"
        }
    }

    private static func missingInAnswer(_ m: MissingInAnswer) -> String {
        switch m {
        case .datasetID: "réponse sans identifiant"
        case .resourceID: "réponse sans identifiant de ressource"
        }
    }

    /// udata's reasons for refusing a key (`message` of a 401), said plainly.
    private static func publishKeyReason(_ reason: String) -> String {
        switch reason {
        case "Invalid API token": "clé inconnue"
        case "Revoked API token": "clé révoquée"
        case "Expired API token": "clé expirée"
        case "Inactive user": "compte désactivé"
        case "": "aucune clé reçue"
        default: "« \(reason) »"  // udata's own text: any string
        }
    }

    /// A field error of a 400, said plainly with what to do.
    private static func publishFieldError(_ e: PublishError.FieldError) -> String {
        let m = e.message
        return switch e.field {
        case "schema.version":
            "version de schéma refusée (\(m)) : produisez le fichier au format 2.3.1 (« irve fix ») et déclarez "
                + "la version 2.3.1."
        case "schema.name", "schema": "schéma refusé (\(m)) : le nom à déclarer est « etalab/schema-irve-statique »."
        case "organization":
            "organisation refusée (\(m)) : votre compte doit être membre (administrateur ou éditeur) de "
                + "l'organisation."
        case "tags": "mots-clés refusés (\(m)) : chaque mot-clé doit faire de 3 à 96 caractères."
        case "spatial.zones", "spatial":
            "zone géographique inconnue de data.gouv.fr (\(m)) : le code INSEE a peut-être changé (commune "
                + "nouvelle) ; corrigez code_insee_commune ou indiquez la zone avec « zones : » dans la fiche."
        case "spatial.granularity": "granularité refusée (\(m)) : utilisez « poi »."
        case "temporal_coverage": "couverture temporelle refusée (\(m)) : dates au format AAAA-MM-JJ."
        case "title": "titre refusé (\(m)) : 350 caractères au plus."
        case "Content-Type", "request": "requête mal formée (\(m)) : c'est un défaut d'irve, signalez-le."
        default: "\(e.field) : \(m)"  // a field irve does not know: udata's words as they are
        }
    }

    /// udata's `message` of a refusal: the known ones said plainly, the others quoted.
    private static func publishServerMessage(_ m: String) -> String {
        if m.contains("is not a valid UpdateFrequency") {
            return "fréquence de mise à jour inconnue (\(m)) : utilisez par exemple « irregular », « monthly » ou « "
                + "annual »."
        }
        if m.contains("file type is not allowed") { return "type de fichier refusé : envoyez un fichier .csv." }
        if m.contains("Incorrect file content type") {
            return "le fichier ressemble à une page HTML (\(m)) : envoyez le CSV lui-même."
        }
        if m.contains("Cannot modify filetype") {
            return "la ressource existante n'est pas un fichier déposé (\(m)) : relancez avec --new-resource."
        }
        return m.isEmpty ? "sans détail" : "« \(m) »"
    }
}
