import IRVEFindings

extension French: SurveyWords {
    static func survey(_ p: SurveyPhrase) -> String {
        switch p {
        case .column(let c): surveyColumn(c)
        case .verdict(let v):
            switch v {
            case .valid: "valide"
            case .invalid: "non valide"
            case .unreadable: "illisible"
            }
        case .yes(let yes): yes ? "oui" : "non"
        case .reason(let r, let staleDays): notReady(r, staleDays: staleDays)
        case .personalAccount(let name): "compte personnel (\(name))"
        case .age(let days): "\(days) j"
        case .quality(let score, let maximum, let fromUdata):
            "\(score)/\(maximum)" + (fromUdata ? "" : " (prévision irve)")
        case .summary(let t):
            "Bilan : \(t.resources) ressource(s) — \(t.valid) valide(s), \(t.invalid) non valide(s), "
                + "\(t.unreadable) illisible(s) ; \(t.ready) prête(s) pour la consolidation nationale ; "
                + "\(t.errors) erreur(s), \(t.warnings) avertissement(s), \(t.stations) station(s), "
                + "\(t.points) point(s) de recharge"
        case .downloads(let downloaded, let cached):
            "\(downloaded) fichier(s) téléchargé(s), \(cached) repris du cache"
        case .apiFailed(let api, let message):
            "l'API de data.gouv.fr (\(api)) n'a pas pu être interrogée : \(message)"
        case .nothingFound: "aucune ressource IRVE trouvée pour cette sélection (vérifiez --org, --dataset, --zone)."
        case .cacheUnwritable(let path):
            "le cache des téléchargements ne peut pas être écrit (\(path)) : choisissez un autre dossier avec "
                + "--cache-dir, ou --no-cache."
        case .rateExpected(let value):
            "--rate attend un nombre de requêtes par seconde supérieur à zéro (reçu : « \(value) »)."
        case .page(let t): page(t)
        }
    }

    static func surveyFetch(_ e: SurveyFetchError) -> String {
        switch e {
        case .remote(let r): remote(r)
        case .cache(let path): survey(.cacheUnwritable(path: path))
        }
    }

    static func surveyError(_ e: SurveyError) -> String {
        switch e {
        // The command words a file error with IRVEFiles' words; none comes from the API anyway.
        case .api(let api, let error):
            survey(.apiFailed(api: api, message: publishError(error, fileError: { String(describing: $0) })))
        case .organizationNotFound(let o):
            "organisation « \(o) » introuvable sur data.gouv.fr : donnez son identifiant ou son slug, tel qu'il "
                + "figure dans l'adresse de sa page (…/organizations/<slug>/)."
        case .datasetNotFound(let d):
            "jeu de données « \(d) » introuvable sur data.gouv.fr (supprimé, privé, ou adresse inexacte)."
        }
    }

    private static func surveyColumn(_ c: SurveyColumn) -> String {
        switch c {
        case .organization: "Organisation"
        case .dataset: "Jeu de données"
        case .resource: "Ressource"
        case .url: "Adresse du fichier"
        case .lastModified: "Dernière modification"
        case .dateMaj: "date_maj"
        case .age: "Âge"
        case .declaredSchema: "Schéma déclaré"
        case .detectedSchema: "Schéma détecté"
        case .verdict: "Verdict"
        case .errors: "Erreurs"
        case .warnings: "Avertissements"
        case .schemaErrors: "Erreurs schéma"
        case .ruleErrors: "Erreurs règles IRVE"
        case .geoErrors: "Erreurs géographie"
        case .stations: "Stations"
        case .points: "Points de recharge"
        case .quality: "Qualité des métadonnées"
        case .ready: "Prête"
        case .reasons: "Pourquoi pas prête"
        }
    }

    private static func notReady(_ r: NotReadyReason, staleDays: Int) -> String {
        switch r {
        case .unreadable: "fichier illisible"
        case .invalid: "fichier non valide"
        case .notStatique: "pas un fichier IRVE statique"
        case .personalAccount: "publié par un compte personnel"
        case .noSchemaDeclared: "aucun schéma déclaré"
        case .stale: "données anciennes (date_maj de plus de \(staleDays) jours)"
        }
    }

    private static func page(_ t: SurveyPageText) -> String {
        switch t {
        case .title: "Synthèse IRVE : ce qui est publié sur data.gouv.fr"
        case .made(let date, let api): "Établie le \(date) à partir de \(api) par irve survey."
        case .firstProblems: "Premiers problèmes à corriger"
        case .noProblem: "Aucun problème : toutes les ressources sont prêtes."
        case .byCommune: "Détail par commune"
        case .commune(let name, let insee, let resources, let points):
            "\(name) (\(insee)) — \(resources) ressource(s), \(points) point(s) de recharge"
        case .sortHint: "Cliquez sur un en-tête de colonne pour trier."
        case .open: "voir sur data.gouv.fr"
        case .problem(let resource, let text): "\(resource) : \(text)"
        }
    }
}
