import IRVEFindings

extension French: WebWords {
    static func web(_ p: WebPhrase) -> String {
        switch p {
        case .appTitle: "Assistant IRVE"
        case .tagline: "Vérifiez et corrigez le fichier des bornes de recharge de votre commune."
        case .privacyNote: "Le fichier reste sur cet ordinateur : rien n'est envoyé sur Internet."
        case .uploadHeading: "Déposer un fichier"
        case .dropHint: "Glissez ici votre fichier CSV ou Excel, ou choisissez-le."
        case .fileLabel: "Fichier CSV ou Excel (.xlsx)"
        case .checkButton: "Vérifier le fichier"
        case .sampleButton: "Essayer avec le fichier d'exemple"
        case .sampleHint: "Un petit fichier de commune, avec des erreurs typiques."
        case .verdictHeading(let file): "Résultat pour « \(file) »"
        case .anotherFile: "Vérifier un autre fichier"
        case .filtersHeading: "Filtrer les problèmes"
        case .severityLabel: "Gravité"
        case .columnLabel: "Colonne"
        case .familyLabel: "Famille de contrôles"
        case .anyValue: "Toutes"
        case .filterButton: "Filtrer"
        case .severityName(let s):
            switch s {
            case .error: "Erreurs"
            case .warning: "Avertissements"
            case .info: "Remarques"
            }
        case .familyName(let f):
            switch f {
            case "schema": "Schéma"
            case "rules": "Règles IRVE"
            case "geography": "Géographie"
            default: f
            }
        case .cellsSummary(let n): n == 1 ? "Voir la cellule" : "Voir les \(count(n)) cellules"
        case .rowHeader: "Ligne"
        case .columnHeader: "Colonne"
        case .valueHeader: "Valeur"
        case .explanationHeader: "Explication"
        case .page(let page, let pages): "Page \(count(page)) sur \(count(pages))"
        case .previousPage: "Page précédente"
        case .nextPage: "Page suivante"
        case .noGroupMatches: "Aucun problème ne correspond à ces filtres."
        case .downloadsHeading: "Télécharger"
        case .downloadRepaired: "Le fichier corrigé (CSV)"
        case .downloadLog: "Le journal des modifications (CSV)"
        case .originalKept: "Le fichier déposé n'est jamais modifié : la correction est un nouveau fichier."
        case .switchLanguage: "English"
        case .failureHeading: "Le fichier n'a pas pu être vérifié"
        case .noFile: "Aucun fichier reçu : choisissez un fichier avant de cliquer sur « Vérifier le fichier »."
        case .tooLarge(let mb): "Le fichier dépasse la taille maximale acceptée (\(count(mb)) Mo)."
        case .brokenUpload: "L'envoi du fichier est incomplet ou illisible : réessayez."
        case .sessionUnknown: "Votre session a expiré ou n'existe pas : déposez à nouveau votre fichier."
        case .csrfRejected: "Ce formulaire n'est plus valable : rechargez la page puis réessayez."
        case .notFound: "Cette page n'existe pas."
        case .internalError: "Une erreur inattendue est survenue ; l'assistant continue de fonctionner."
        case .started(let url): "Assistant IRVE : ouvrez \(url) dans votre navigateur (Ctrl-C pour l'arrêter)."
        case .stopped: "Assistant IRVE arrêté ; les fichiers déposés ont été effacés."
        }
    }
}
