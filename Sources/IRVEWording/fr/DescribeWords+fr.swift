import IRVEFindings

extension French {
    static func describePhrase(_ p: DescribePhrase) -> String {
        switch p {
        case .pageTitle(let file): "# Fiche descriptive — \(file)"
        case .checked(let schema, let version, let errors, let warnings):
            "Fichier contrôlé : schéma \(schema) \(version), \(errors) erreur(s), \(warnings) avertissement(s)."
        case .oldVersion(let version, let kept):
            "⚠ Le fichier est en version \(version) : data.gouv.fr ne consolide que la \(kept). Passez-le en "
                + "\(kept) avec « irve fix »."
        case .refusedWhileErrors: "⚠ Tant que le fichier contient des erreurs, « irve publish » refusera de le publier."
        case .datasetHeading: "## Jeu de données"
        case .descriptionHeading: "### Description"
        case .resourceHeading: "## Ressource"
        case .qualityHeading: "## Qualité"
        case .field(let f, let value): "**\(describeField(f))** : \(value)"
        case .organisationOfYourAccount: "(celle de votre compte data.gouv.fr)"
        case .noZone: "(aucune : code_insee_commune vide)"
        case .granularity(let g): "granularité « \(g) »"
        case .period(let start, let end): "du \(start)\(end.map { " au \($0)" } ?? "")"
        case .frequencyMeaning(let id): frequencyMeaning(id)
        case .noContact: "(aucun : renseignez contact_amenageur ou « contact-email » dans la fiche)"
        }
    }

    private static func describeField(_ f: DescribePhrase.Field) -> String {
        switch f {
        case .title: "Titre"
        case .organisation: "Organisation"
        case .shortDescription: "Description courte"
        case .tags: "Mots-clés"
        case .spatial: "Couverture spatiale"
        case .temporal: "Couverture temporelle"
        case .frequency: "Fréquence de mise à jour"
        case .licence: "Licence"
        case .contact: "Point de contact"
        case .description: "Description"
        case .type: "Type"
        case .schema: "Schéma"
        }
    }

    private static func frequencyMeaning(_ id: String) -> String {
        switch id {
        case "irregular": "de façon irrégulière, à chaque mise en service ou modification d'une station"
        case "punctual": "ponctuellement"
        case "daily": "chaque jour"
        case "weekly": "chaque semaine"
        case "monthly": "chaque mois"
        case "quarterly": "chaque trimestre"
        case "semiannual": "deux fois par an"
        case "annual": "chaque année"
        case "continuous": "en continu"
        default: "selon la fréquence « \(id) »"  // an id of data.gouv.fr's list irve does not word
        }
    }
}
