import IRVEFindings

extension French: BatchWords {
    static func batch(_ p: BatchPhrase) -> String {
        switch p {
        case .fileLine(let file, let valid, let errors, let warnings, let stations):
            (valid ? "✔ VALIDE      " : "✘ NON VALIDE  ") + file + " — "
                + report(.totals(errors: errors, warnings: warnings))
                + (stations.map { ", \($0) station(s)" } ?? "")
        case .unreadableLine(let file, let reason): "✘ ILLISIBLE   \(file) — \(reason)"
        case .summary(let t):
            "Bilan : \(t.files) fichier(s) contrôlé(s) — \(t.valid) valide(s), \(t.invalid) non valide(s), "
                + "\(t.unreadable) illisible(s) ; \(t.errors) erreur(s), \(t.warnings) avertissement(s), "
                + "\(t.stations) station(s)"
        case .positiveNumberExpected(let option, let value):
            "\(option) attend un nombre supérieur à zéro (reçu : « \(value) »)."
        case .emptyFolder(let folder): "le dossier « \(folder) » ne contient aucun fichier .csv ou .xlsx."
        case .annotationTitle(let code): "irve : \(code)"
        case .unreadableTitle: "irve : fichier illisible"
        case .annotationsCut(let shown, let total):
            "\(shown) annotation(s) montrée(s) sur \(total) (limite --max-findings ; les totaux sont exacts)"
        case .family(let f):
            switch f {
            case .schema: "schéma (fichier, en-tête, cellules)"
            case .rules: "règles métier IRVE"
            case .geography: "contrôles géographiques"
            }
        case .caseCounts(let errors, let warnings): report(.totals(errors: errors, warnings: warnings))
        case .caseMore(let n): "… et \(n) autre(s) constat(s) (toutes avec --format json)"
        case .place(let row, let column):
            [row.map { "ligne \($0)" }, column.flatMap { $0.isEmpty ? nil : "colonne \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")
        }
    }

    static func remote(_ e: RemoteError) -> String {
        switch e {
        case .plainHTTPRefused(let url):
            "adresse non sécurisée « \(url) » : irve ne télécharge qu'en https:// (le fichier pourrait être "
                + "modifié en chemin) ; ajoutez --allow-http pour l'accepter quand même."
        case .status(let url, let code):
            "le téléchargement de \(url) a échoué : le serveur a répondu \(code) (\(statusReason(code)))."
        case .transfer(let error): "le téléchargement a échoué : " + httpError(error)
        case .temporaryFile(let url, let reason):
            "le fichier téléchargé depuis \(url) n'a pas pu être enregistré dans le dossier temporaire (\(reason))."
        }
    }

    private static func statusReason(_ code: Int) -> String {
        switch code {
        case 401, 403: "accès refusé : le fichier n'est pas public"
        case 404, 410: "fichier introuvable : l'adresse est fausse ou le fichier a été retiré"
        case 429: "trop de demandes : réessayez plus tard"
        case 500...599: "erreur du serveur : réessayez plus tard"
        default: "réponse inattendue"
        }
    }
}
