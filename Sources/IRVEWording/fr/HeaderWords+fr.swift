import IRVEFindings

extension French {
    static func header(_ facts: HeaderFacts) -> String {
        switch facts {
        case .duplicateLabel(let label, let first, let second):
            "La colonne « \(label) » apparaît deux fois (colonnes \(first) et \(second)). "
                + "Supprimez ou renommez le doublon : chaque colonne doit avoir un nom unique."
        case .missingRequired(let field, let near):
            "La colonne obligatoire « \(field) » est absente de l'en-tête. Ajoutez-la (même nom "
                + "exact, en minuscules) et remplissez-la pour chaque ligne.\(misspelt(near))"
        case .missingOptional(let field, let near):
            "La colonne facultative « \(field) » est absente. Ce n'est pas bloquant, mais "
                + "ajoutez-la (vide si besoin) pour suivre le schéma.\(misspelt(near))"
        case .extraLabel(let label, let near):
            "La colonne « \(label) » n'existe pas dans le schéma : elle sera ignorée par les outils "
                + "nationaux. Retirez-la ou renommez-la.\(near.map { " Vouliez-vous dire « \($0) » ?" } ?? "")"
        case .columnMapping(let p): columnMapping(p)
        case .columnOrder:
            "Les colonnes ne sont pas dans l'ordre du schéma. Ce n'est pas bloquant sur data.gouv.fr, "
                + "mais remettez-les dans l'ordre pour les outils stricts."
        case .extraColumn(let column, let label, let fieldCount):
            "Colonne \(column) « \(label) » en trop : le schéma n'a que \(fieldCount) colonnes."
        case .missingAtEnd(let column, let field):
            "La colonne \(column) « \(field) » manque à la fin de l'en-tête (contrôle strict par position)."
        case .blankLabel(let column, let field):
            "La colonne \(column) n'a pas de nom ; elle devrait s'appeler « \(field) »."
        case .duplicateAt(let label, let first, let second):
            "La colonne « \(label) » apparaît deux fois (colonnes \(first) et \(second))."
        case .incorrectLabel(let column, let label, let expected):
            "La colonne \(column) s'appelle « \(label) » alors que le schéma attend « \(expected) » "
                + "à cette position."
        }
    }

    private static func misspelt(_ near: String?) -> String {
        near.map { " Une colonne « \($0) » existe : est-ce elle, mal orthographiée ?" } ?? ""
    }

    static func table(_ facts: TableFacts) -> String {
        switch facts {
        case .invalidUTF8Bytes:
            "Le fichier est en UTF-8 mais contient des octets invalides (souvent un caractère collé "
                + "depuis un autre logiciel) : ils ont été remplacés par « � » et les cellules "
                + "concernées sont signalées ci-dessous. Corrigez-les et enregistrez le fichier en "
                + "CSV UTF-8."
        case .readAsWindows1252:
            "Le fichier n'est pas en UTF-8 : il a été lu comme Windows-1252/Latin-1 (accents corrects "
                + "ci-dessous). Enregistrez-le en « CSV UTF-8 » avant de le publier, sinon les accents "
                + "seront abîmés sur data.gouv.fr."
        case .onlyBlankLines:
            "Le fichier ne contient que des lignes vides. Exportez à nouveau le tableau depuis le tableur."
        case .blankHeader:
            "La première ligne est vide : elle doit contenir les noms des colonnes (l'en-tête). "
                + "Supprimez les lignes vides au-dessus de l'en-tête."
        case .empty:
            "Le fichier est vide : il ne contient ni en-tête ni données. Exportez à nouveau le tableau "
                + "depuis le tableur."
        case .headerOnly:
            "Le fichier ne contient que la ligne d'en-tête, aucun point de recharge. Ajoutez une ligne "
                + "par point de recharge avant de publier."
        case .unterminatedQuote:
            "Un guillemet ouvert n'est jamais refermé : la dernière cellule s'étend jusqu'à la fin du "
                + "fichier. Vérifiez les guillemets « \" » dans le tableur."
        case .dynamiqueInsteadOfStatique:
            "Ce fichier est un fichier IRVE dynamique (état et occupation des points en temps réel), "
                + "alors qu'un fichier statique était attendu. Publiez le fichier statique "
                + "(description des stations) ou validez avec --schema dynamique."
        case .notIRVE:
            "Ce fichier n'est pas un fichier IRVE : son en-tête ne contient presque aucune colonne "
                + "du schéma (par exemple id_pdc_itinerance, coordonneesXY, puissance_nominale). "
                + "Vérifiez que vous avez choisi le bon fichier."
        case .preV1Layout:
            "Ce fichier suit l'ancien modèle Etalab de 2014-2016 (ID_station, nom_porteur, "
                + "type_charge…), antérieur au schéma IRVE. Il faut le reconstruire au format "
                + "statique 2.3.1 : une ligne par point de recharge avec les 40 colonnes du "
                + "schéma."
        case .obsoleteV1:
            "Ce fichier suit le schéma IRVE v1 (n_operateur, puiss_max, Xlongitude…), abandonné "
                + "depuis 2021 : data.gouv.fr ne le consolide plus. Il est contrôlé ci-dessous selon "
                + "la v1, mais doit être converti au schéma statique 2.3.1 (irve fix sait le "
                + "faire)."
        case .schemaDetected(let name, let version):
            "Schéma choisi d'après l'en-tête : \(name) \(version)."
        case .geoUnavailable:
            "Les contrôles géographiques n'ont pas pu être faits : les données de référence intégrées à "
                + "irve sont illisibles (reconstruisez irve)."
        }
    }
}
