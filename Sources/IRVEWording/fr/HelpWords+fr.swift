import IRVEFindings

extension French: HelpWords {
    static func help(_ topic: HelpTopic) -> String {
        switch topic {
        case .irve(.abstract): "Contrôle, répare et publie les données IRVE (bornes de recharge) des communes."
        case .irve(.discussion):
            "Messages en français par défaut ; --lang en (ou la variable IRVE_LANG=en) pour l'anglais."
        case .check(let t): check(t)
        case .fix(let t): fix(t)
        case .geo(let t): geo(t)
        case .describe(let t): describe(t)
        case .publish(let t): publish(t)
        case .extract(let t): extractHelp(t)
        case .map(let t): mapHelp(t)
        case .serve(let t): serve(t)
        case .survey(let t): surveyHelp(t)
        case .geocoder(let t): geocoder(t)
        case .metadata(let t): metadata(t)
        case .workbook(let t): workbookHelp(t)
        case .language: "Langue des messages : fr ou en."
        }
    }

    /// ArgumentParser's own headings and stock phrases, in French (the texts between them are ours).
    static func helpScreen(_ english: String) -> String {
        let pairs = [
            ("OVERVIEW:", "DESCRIPTION :"), ("USAGE:", "UTILISATION :"), ("ARGUMENTS:", "ARGUMENTS :"),
            ("OPTIONS:", "OPTIONS :"), ("SUBCOMMANDS:", "SOUS-COMMANDES :"),
            ("Show help information.", "Affiche cette aide."),
            ("See 'irve help <subcommand>' for detailed help.", "Aide détaillée : irve help <sous-commande>."),
            ("(default)", "(par défaut)"), ("(values: ", "(valeurs : "), ("default: ", "défaut : "),
            ("default:\n", "défaut :\n"),
            ("<subcommand>", "<sous-commande>"), ("Show the version.", "Affiche la version."),
        ]
        var s = english
        for (en, fr) in pairs { s = s.replacingOccurrences(of: en, with: fr) }
        return s
    }

    private static func check(_ t: HelpTopic.Check) -> String {
        switch t {
        case .abstract: "Contrôle des fichiers IRVE (CSV ou XLSX) selon le schéma national."
        case .discussion:
            """
            Codes de sortie : 0 fichier valide, 1 fichier non valide, 2 fichier ou commande impossible à traiter.
            Avec plusieurs fichiers ou un dossier : une ligne par fichier puis un bilan ; le code est le pire \
            des fichiers (2 si l'un est illisible, les autres sont quand même contrôlés).
            Le schéma est choisi d'après l'en-tête, ou imposé par --schema (statique, dynamique, statique@2.2.1, \
            ou un fichier JSON).
            """
        case .file:
            "Les fichiers à contrôler (.csv ou .xlsx), des dossiers (parcourus avec leurs sous-dossiers) ou des "
                + "adresses https://."
        case .rules: "Liste les règles métier IRVE (code, gravité, explication) et s'arrête."
        case .disable: "Désactive une règle métier (code, ex. phone-format) ; répétable."
        case .failOn: "Gravité qui fait échouer la commande (code 1) : error (défaut) ou warning."
        case .schemaOnly: "Contrôle le schéma seul, sans les règles métier IRVE."
        case .noGeo: "Ne pas faire les contrôles géographiques (coordonnées, code INSEE, code postal, adresse)."
        case .schema: "Schéma : statique, dynamique, NOM@VERSION ou chemin d'un schéma Table Schema JSON."
        case .strictHeader:
            "Colonnes comparées par position, comme frictionless (par défaut : par nom, comme Validata)."
        case .format:
            "Format du rapport : text, json, ndjson, github (annotations), junit (XML) ou gitlab (Code Quality) "
                + "(markdown : avec --rules, les tableaux du README)."
        case .maxFindings:
            "Nombre maximal de constats conservés dans le rapport (les totaux restent exacts ; 10 annotations "
                + "par défaut avec --format github)."
        case .allowHTTP: "Accepte les adresses http:// (par défaut : https:// seulement)."
        case .maxDownload: "Taille maximale d'un fichier téléchargé, en Mio."
        case .downloadTimeout: "Durée maximale d'un téléchargement, en secondes."
        case .jobs: "Nombre de fichiers contrôlés en même temps (défaut : le nombre de cœurs)."
        }
    }

    private static func serve(_ t: HelpTopic.Serve) -> String {
        switch t {
        case .abstract: "Lance l'assistant web sur cet ordinateur : déposer, comprendre, réparer, télécharger."
        case .discussion:
            """
            L'assistant écoute sur 127.0.0.1 et affiche son adresse ; Ctrl-C l'arrête.
            Les fichiers déposés restent dans un dossier privé, effacé à l'expiration de la session (2 h) \
            et à l'arrêt.
            Pour servir les communes d'un territoire : --host 0.0.0.0 --public, derrière un proxy HTTPS \
            (--behind-https), avec au besoin un mot de passe partagé (--password-file) ; voir docs/hosting.md.
            """
        case .port: "Le port d'écoute (8080 par défaut ; 0 : un port libre, l'adresse affichée donne le vrai)."
        case .open: "Ouvre l'assistant dans le navigateur par défaut."
        case .maxUpload: "Taille maximale d'un fichier déposé, en Mo (100 par défaut)."
        case .host: "L'adresse d'écoute (127.0.0.1 par défaut) ; une autre adresse demande --public."
        case .isPublic: "L'assistant sert d'autres personnes : limites, avertissement, note de confidentialité."
        case .behindHTTPS: "Un proxy HTTPS est devant l'assistant : envoie Strict-Transport-Security."
        case .passwordFile: "Un fichier contenant le mot de passe partagé demandé à chaque visiteur."
        case .maxSessions: "Nombre maximal de sessions ouvertes en même temps (200 par défaut)."
        case .maxDisk: "Place disque totale des fichiers déposés, en Mo (2048 par défaut)."
        case .maxChecks: "Vérifications en même temps (défaut : le nombre de cœurs)."
        case .checkWait: "Attente maximale d'une vérification, en secondes, avant le refus 503 (60 par défaut)."
        case .rateLimit: "Demandes par minute acceptées d'une même adresse (600 par défaut)."
        case .idleTimeout: "Une connexion muette est fermée après ce délai, en secondes (60 par défaut)."
        case .sessionMinutes: "Durée de vie d'une session sans activité, en minutes (120 par défaut)."
        }
    }

    private static func fix(_ t: HelpTopic.Fix) -> String {
        switch t {
        case .abstract: "Répare un fichier IRVE dans une copie (le fichier d'origine n'est jamais modifié)."
        case .discussion:
            """
            Écrit une copie au format statique 2.3.1 (UTF-8, virgule, fins de ligne LF) et le journal des \
            modifications.
            Les réparations sûres sont appliquées ; les suppositions seulement avec --aggressive.
            Codes de sortie : 0 fichier écrit, 2 impossible (fichier illisible, sortie existante sans --force…).
            """
        case .input: "Le fichier à réparer (.csv ou .xlsx)."
        case .output: "Le fichier réparé à écrire."
        case .log: "Journal des modifications : fichier .csv ou .json."
        case .dryRun: "Affiche les modifications sans rien écrire."
        case .force: "Remplace un fichier de sortie existant."
        case .aggressive: "Applique aussi les réparations incertaines (suppositions)."
        case .keepExtra: "Garde les colonnes inconnues du schéma (à la fin)."
        case .format:
            "Format de la sortie : text ou json (les modifications, ce qui reste à compléter, les fichiers écrits)."
        case .map:
            "Place une colonne sur un champ du schéma : --map \"Puissance max KW=puissance_nominale\" "
                + "(répétable)."
        case .noGeo:
            "Sans les réparations géographiques (code INSEE d'après le point, le code postal ou l'ancien code)."
        }
    }

    private static func geo(_ t: HelpTopic.Geo) -> String {
        switch t {
        case .abstract: "Données géographiques : index local des adresses (BAN)."
        case .importAbstract: "Importe des fichiers BAN adresses-XX.csv(.gz) dans l'index d'adresses local (SQLite)."
        case .importDiscussion:
            """
            Fichiers : https://adresse.data.gouv.fr/data/ban/adresses/latest/csv/ (un par département, \
            Licence Ouverte 2.0 : vérifiez la licence au téléchargement). Réimporter un département remplace \
            ses communes. Ensuite : irve check --ban-index INDEX FICHIER.csv
            """
        case .files: "Fichiers BAN (adresses-XX.csv ou .csv.gz)."
        case .index: "Index à créer ou compléter (défaut ~/.cache/irve/ban.sqlite, ou $XDG_CACHE_HOME/irve)."
        case .format: "Format de la sortie : text ou json (l'index et ses chiffres)."
        }
    }

    private static func describe(_ t: HelpTopic.Describe) -> String {
        switch t {
        case .abstract: "Rédige la fiche descriptive data.gouv.fr d'un fichier IRVE statique, à partir des données."
        case .discussion:
            """
            Titre, description, mots-clés, couverture spatiale et temporelle, fréquence, licence, ressource et schéma,
            point de contact ; prévoit la note de qualité data.gouv.fr (sur 9) et dit comment atteindre 9/9.
            Les options (ou la fiche FICHIER.fiche.txt) remplacent les valeurs déduites du fichier.
            Codes de sortie : 0 fiche écrite, 2 impossible (fichier illisible, option invalide).
            """
        case .input: "Le fichier IRVE statique (.csv ou .xlsx)."
        case .format: "markdown (par défaut) ou json (les requêtes udata)."
        case .output: "Écrit la fiche dans ce fichier au lieu de l'afficher."
        case .force: "Remplace le fichier de sortie s'il existe déjà."
        }
    }

    private static func publish(_ t: HelpTopic.Publish) -> String {
        switch t {
        case .abstract: "Publie un fichier IRVE statique sur data.gouv.fr (simulation par défaut, --send pour envoyer)."
        case .discussion:
            """
            Sans --send, écrit les requêtes prévues (méthode, chemin, corps JSON, fichier envoyé) dans un dossier, \
            pour relecture.
            Avec --send : vérifie la clé, retrouve le jeu de données déjà publié (mémoire locale, sinon recherche dans
            l'organisation), le crée en brouillon s'il n'existe pas, dépose ou remplace le fichier, décrit la ressource,
            écrit la fiche complète et la rend publique.
            Clé d'API : variable DATAGOUV_API_KEY, sinon ~/.config/irve/datagouv-api-key (lisible par vous seul).
            Codes de sortie : 0 publié (ou simulation écrite), 1 refusé (fichier en erreur, clé ou droits refusés,
            métadonnées refusées), 2 impossible (fichier illisible, réseau, service indisponible).
            """
        case .input: "Le fichier IRVE statique (.csv)."
        case .send: "Envoie vraiment les requêtes (sinon simulation)."
        case .api: "Adresse de l'API (par défaut https://www.data.gouv.fr/api/1)."
        case .demo: "Utilise demo.data.gouv.fr (bac à sable, clés différentes)."
        case .force: "Publie même un fichier qui contient des erreurs (déconseillé)."
        case .dataset: "Met à jour ce jeu de données (identifiant)."
        case .new: "Crée un nouveau jeu de données même si un autre est connu."
        case .planDir: "Dossier de la simulation (par défaut FICHIER.publication à côté du fichier)."
        case .state: "Mémoire locale des publications (SQLite)."
        case .keyFile: "Fichier contenant la clé d'API (lisible par vous seul)."
        case .format: "Format de la sortie : text ou json (le plan de l'essai ou le résultat, jamais la clé d'API)."
        }
    }

    private static func geocoder(_ t: HelpTopic.Geocoder) -> String {
        switch t {
        case .geocoder:
            "Géocodeur BAN/addok à interroger (ex. https://data.geopf.fr/geocodage, le service national) : active le "
                + "contrôle address-far-from-point."
        case .banIndex: "Index d'adresses local créé par « irve geo import-ban » (hors ligne), au lieu de --geocoder."
        case .addressThreshold:
            "Distance (mètres) entre l'adresse géocodée et les coordonnées au-delà de laquelle c'est signalé (défaut "
                + "500)."
        case .cache:
            "Cache SQLite des réponses du géocodeur (défaut ~/.cache/irve/geocodage.sqlite ; « none » : pas de cache)."
        }
    }

    private static func metadata(_ t: HelpTopic.Metadata) -> String {
        switch t {
        case .title: "Titre du jeu de données."
        case .organization: "Organisation data.gouv.fr (nom) sous laquelle publier."
        case .organizationID: "Identifiant de l'organisation data.gouv.fr."
        case .frequency: "Fréquence de mise à jour (irregular, monthly, annual… ou irrégulière, mensuelle…)."
        case .license: "Licence (lov2 par défaut)."
        case .contactName: "Nom du point de contact."
        case .contactEmail: "Adresse électronique du point de contact."
        case .tag: "Mot-clé ajouté (répétable)."
        case .resourceTitle: "Titre de la ressource."
        case .resourceDescription: "Description de la ressource."
        case .temporalStart: "Début de la couverture temporelle (AAAA-MM-JJ)."
        case .temporalEnd: "Fin de la couverture temporelle (AAAA-MM-JJ)."
        case .schemaVersion: "Version de schéma déclarée (par défaut celle du fichier)."
        case .file:
            "Fiche de métadonnées « clé : valeur » (par défaut FICHIER.fiche.txt ou fiche.txt à côté du fichier)."
        }
    }
}
