import IRVEFindings

extension French: WebPublishWords {
    static func webPublish(_ p: WebPublishPhrase) -> String {
        switch p {
        case .ficheFileHeader:
            "# Fiche descriptive pour data.gouv.fr, écrite par l'assistant IRVE.\n"
                + "# Lue par « irve describe » et « irve publish » (gardez-la à côté du CSV, ou --metadata).\n"
                + "# Seuls les champs modifiés y figurent : le reste est déduit du fichier."
        case .formIntro:
            "La fiche est préremplie à partir du fichier, comme irve describe. Modifiez ce qu'il faut : "
                + "la note de qualité prévue se met à jour, et dit ce qui manque pour la note maximale."
        case .fieldLabel(let f): ficheFieldLabel(f)
        case .fieldHelp(let f): ficheFieldHelp(f)
        case .criterionHint(let label): "Critère de qualité data.gouv.fr : « \(label) »."
        case .generatedTags(let tags): "Toujours ajoutés : \(tags)."
        case .liveScoreNote: "La note se recalcule pendant la saisie, avec les règles de data.gouv.fr."
        case .missingFor(let maximum): "Ce qui manque pour \(maximum)/\(maximum) :"
        case .fullScore(let maximum): "La fiche atteint \(maximum)/\(maximum)."
        case .saveButton: "Enregistrer la fiche et passer à la publication"
        case .downloadFicheButton: "Télécharger fiche.txt (pour irve publish)"
        case .previewHeading: "Aperçu de la fiche enregistrée"
        case .ficheSaved: "Fiche enregistrée pour cette session."
        case .openPublish: "Publier sur data.gouv.fr"
        case .backToFiche: "Revenir à la fiche"
        case .publishHeading(let file): "Publier « \(file) » sur data.gouv.fr"
        case .publishIntro:
            "« Publier » fait comme irve publish --send : retrouve le jeu de données déjà publié ou en crée un, "
                + "remplace le fichier, écrit la fiche et rend le jeu public. Le fichier et la fiche sont alors "
                + "envoyés à l'adresse d'API choisie, et à elle seule."
        case .fileToPublish(let name, let repaired):
            repaired
                ? "Fichier envoyé : « \(name) », avec les corrections choisies."
                : "Fichier envoyé : « \(name) », tel qu'il a été déposé."
        case .keyHeading: "Clé d'API data.gouv.fr"
        case .keyLabel: "Clé d'API"
        case .keyHelp:
            "Connectez-vous sur data.gouv.fr, ouvrez votre espace d'administration puis votre profil : la "
                + "rubrique « Clé d'API » permet d'en créer une et de la copier. La clé reste dans la mémoire de "
                + "ce serveur, pour cette session seulement : elle n'est jamais écrite sur le disque ni réaffichée."
        case .demoAdvice:
            "Pour un premier essai, publiez sur demo.data.gouv.fr, le site d'essai : son compte et sa clé sont "
                + "à créer à part, et rien n'y compte pour la consolidation nationale."
        case .keyKept(let api):
            "Une clé est gardée en mémoire pour \(api) jusqu'à la fin de la session : laissez le champ vide "
                + "pour la réutiliser."
        case .forgetKeyButton: "Oublier la clé"
        case .keyForgotten: "La clé est oubliée."
        case .keyMissing: "Tapez la clé d'API du site choisi (elle n'est demandée qu'une fois par session)."
        case .apiHeading: "Où publier"
        case .apiProduction: "data.gouv.fr (www.data.gouv.fr, le site public)"
        case .apiDemo: "demo.data.gouv.fr (site d'essai, recommandé pour commencer)"
        case .apiCustomSummary: "Autre adresse d'API (instance udata de test)"
        case .apiCustomLabel: "Adresse de l'API (…/api/1)"
        case .apiCustomInvalid(let address):
            "adresse d'API refusée : « \(address) ». Donnez une adresse https://…/api/1 (http:// seulement "
                + "sur cet ordinateur, 127.0.0.1 ou localhost)."
        case .planHeading(let api): "Simulation : les requêtes qui seront envoyées à \(api)"
        case .planIntro:
            "Rien n'a encore été envoyé. La clé est masquée ; {dataset}, {ressource}, {organisation} et "
                + "{contact} sont remplacés par les vrais identifiants à l'envoi."
        case .planButton: "Voir la simulation"
        case .publishButton: "Publier"
        case .errorsWarning(let errors):
            "Ce fichier contient \(errors) erreur(s). Publier un fichier en erreur est une mauvaise idée : la "
                + "consolidation nationale l'écartera, et les conducteurs et les services qui lisent vos "
                + "données verront des bornes fausses. Corrigez-le d'abord (page des corrections)."
        case .forceLabel: "Je publie quand même ce fichier en erreur, et je le corrigerai au plus vite"
        case .noOrganisationExplained:
            "Aucune organisation n'est indiquée dans la fiche : le jeu de données ira à l'organisation de "
                + "votre compte. Si votre compte n'en a aucune, il serait publié sous votre nom : les comptes "
                + "individuels sont exclus de la consolidation nationale IRVE. Demandez d'abord à rejoindre "
                + "l'organisation de la commune sur data.gouv.fr."
        case .refusedHeading: "La publication n'a pas été faite"
        case .busy: "Une publication est déjà en cours pour cette session : attendez qu'elle se termine."
        case .publishedHeading(let created):
            created ? "Publié : nouveau jeu de données" : "Publié : jeu de données mis à jour"
        case .datasetLink: "Le jeu de données sur data.gouv.fr"
        case .realScore(let score, let maximum): "Note de qualité lue sur data.gouv.fr : \(score)/\(maximum)"
        case .predictedScore(let score, let maximum): "(note prévue : \(score)/\(maximum))"
        case .scoreUnknown: "data.gouv.fr n'a pas donné la note de qualité."
        case .warningsHeading: "Avertissements"
        case .logHeading: "Étapes de la publication"
        }
    }

    static func ficheFieldLabel(_ f: FicheField) -> String {
        switch f {
        case .title: "Titre du jeu de données"
        case .organisation: "Organisation data.gouv.fr"
        case .descriptionShort: "Description courte"
        case .description: "Description (Markdown)"
        case .tags: "Mots-clés supplémentaires (séparés par des virgules)"
        case .zones: "Zones (codes data.gouv.fr, séparés par des virgules)"
        case .granularity: "Granularité spatiale"
        case .temporalStart: "Début de la période couverte"
        case .temporalEnd: "Fin de la période couverte"
        case .frequency: "Fréquence de mise à jour"
        case .licence: "Licence"
        case .contactName: "Point de contact : nom"
        case .contactEmail: "Point de contact : adresse électronique"
        case .resourceTitle: "Titre du fichier (ressource)"
        case .resourceDescription: "Description du fichier (ressource)"
        }
    }

    static func ficheFieldHelp(_ f: FicheField) -> String {
        switch f {
        case .title: "Le nom du jeu sur data.gouv.fr (350 caractères au plus) : gardez « IRVE » au début."
        case .organisation:
            "Le nom exact de l'organisation de la commune sur data.gouv.fr. Vide : celle de votre compte."
        case .descriptionShort: "Une phrase d'accroche, 200 caractères au plus."
        case .description:
            "Ce que contient le fichier et comment signaler une erreur. data.gouv.fr la veut de plus de "
                + "100 caractères."
        case .tags: "« irve » et les mots-clés de la recharge sont toujours mis ; ajoutez-en si besoin."
        case .zones:
            "Déduites des codes INSEE du fichier (fr:commune:CODE). Sans zone, le critère de couverture "
                + "spatiale n'est pas rempli."
        case .granularity: "Le niveau de détail : « poi » (un point par borne) pour un fichier IRVE."
        case .temporalStart: "Date de la première mise en service (AAAA-MM-JJ)."
        case .temporalEnd: "Date des données les plus récentes (AAAA-MM-JJ)."
        case .frequency:
            "« irregular » convient à un fichier mis à jour à chaque changement (l'obligation du décret) : "
                + "data.gouv.fr ne le déclare jamais en retard."
        case .licence: "Licence Ouverte 2.0 (lov2) ou ODbL : les seules possibles pour une administration."
        case .contactName: "Qui répond aux questions sur ces données."
        case .contactEmail: "Une adresse de service plutôt que personnelle."
        case .resourceTitle: "Le nom du fichier sur la page du jeu de données."
        case .resourceDescription: "data.gouv.fr compte une ressource sans description comme non documentée."
        }
    }
}
