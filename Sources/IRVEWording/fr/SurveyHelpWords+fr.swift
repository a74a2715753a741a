import IRVEFindings

extension French {
    static func surveyHelp(_ t: HelpTopic.Survey) -> String {
        switch t {
        case .abstract:
            "Fait le point sur les fichiers IRVE déjà publiés sur data.gouv.fr (par organisation, jeu, zone)."
        case .discussion:
            """
            Trouve les ressources IRVE statique par l'API de data.gouv.fr, télécharge chaque fichier \
            (gardé en cache par adresse et somme de contrôle : une nouvelle passe ne télécharge que ce qui a \
            changé), le contrôle comme irve check et dit s'il est prêt pour la consolidation nationale, sinon \
            pourquoi (fichier non valide, compte personnel, aucun schéma déclaré, données anciennes).
            L'API est interrogée poliment : 10 requêtes par seconde au plus (--rate), nouvelles tentatives espacées.
            Exemple : irve survey --zone fr:departement:76 --html synthese.html
            Codes de sortie : 0 toutes les ressources sont prêtes, 1 au moins une ne l'est pas, 2 l'API ne répond pas.
            """
        case .org: "Organisation (identifiant ou slug) ; peut être répété."
        case .dataset: "Jeu de données (identifiant, slug ou adresse data.gouv.fr) ; peut être répété."
        case .zone: "Zone couverte, par exemple fr:departement:76 ou fr:commune:76165 ; peut être répété."
        case .schema: "Schéma des ressources cherchées (par défaut etalab/schema-irve-statique)."
        case .api: "Adresse de l'API (par défaut https://www.data.gouv.fr/api/1)."
        case .format: "Format de la sortie : text (tableau), csv ou json."
        case .html: "Écrit aussi une page de synthèse autonome (HTML, lisible hors ligne, à envoyer par courriel)."
        case .cacheDir: "Dossier du cache des téléchargements (par défaut ~/.cache/irve/survey)."
        case .noCache: "Télécharge tout, sans lire ni écrire le cache."
        case .rate: "Requêtes par seconde au plus (API et téléchargements)."
        case .maxDownload: "Taille maximale d'un fichier téléchargé, en Mio."
        case .downloadTimeout: "Durée maximale d'un téléchargement, en secondes."
        case .allowHTTP: "Accepte les fichiers en http:// (par défaut : https:// seulement)."
        case .jobs: "Nombre de fichiers contrôlés en même temps (défaut : le nombre de cœurs)."
        case .staleDays: "Jours depuis la date_maj la plus récente au-delà desquels les données sont anciennes."
        }
    }
}
