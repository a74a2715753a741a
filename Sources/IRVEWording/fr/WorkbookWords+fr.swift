import IRVEFindings

extension French {
    static func xlsxWriteError(_ e: XLSXWriteError) -> String {
        switch e {
        case .libraryMissing(let detail):
            "Écrire un classeur Excel demande la bibliothèque libxlsxwriter (\(detail)), absente de ce système : "
                + "installez-la (Debian, Ubuntu : apt-get install libxlsxwriter4), ou écrivez un fichier .csv"
        case .file(let error): fileError(error)
        case .read(let error): readError(error)
        case .tooManyRows(let path, let limit):
            "\(path) : le tableau dépasse \(limit) lignes, le maximum d'Excel ; classeur non écrit "
                + "(écrivez un fichier .csv)"
        case .tooManyColumns(let path, let limit):
            "\(path) : le tableau dépasse \(limit) colonnes, le maximum d'Excel ; classeur non écrit"
        case .cellTooLong(let path, let row, let column, let limit):
            "\(path) : la cellule de la ligne \(row), colonne « \(column) », dépasse \(limit) caractères, "
                + "le maximum d'une cellule Excel ; classeur non écrit (écrivez un fichier .csv)"
        case .library(let path, let code, let detail):
            "\(path) : libxlsxwriter n'a pas pu écrire le classeur (erreur \(code) : \(detail))"
        }
    }

    static func workbookHelp(_ t: WorkbookHelp) -> String {
        switch t {
        case .templateAbstract: "Écrit un fichier IRVE 2.3.1 vide, prêt à remplir (Excel ou CSV)."
        case .templateDiscussion:
            """
            Le classeur a l'en-tête figé, une liste déroulante pour chaque colonne à valeurs imposées, une aide \
            sur chaque colonne (explication et exemple), les identifiants, codes INSEE, SIREN, téléphones et PDL \
            au format texte (Excel garde les zéros de tête), les dates au format aaaa-mm-jj et une feuille « Aide ».
            Exemples :
              irve template -o modele.xlsx
              irve template -o modele.csv --example
            """
        case .templateOutput:
            "Fichier à écrire : .xlsx (classeur) ou .csv (l'en-tête, et la ligne d'exemple avec --example)."
        case .templateExample: "Ajoute une ligne d'exemple, remplie avec les exemples du schéma."
        case .templateForce: "Remplace le fichier s'il existe déjà."
        case .annotate:
            "Écrit aussi les données en classeur Excel annoté : cellules en erreur en rouge, avertissements en "
                + "orange, chacune avec un commentaire ; feuille « Synthèse » en tête."
        }
    }

    static func workbookLabel(_ l: WorkbookLabel) -> String {
        switch l {
        case .dataSheet: "Données"
        case .helpSheet: "Aide"
        case .summarySheet: "Synthèse"
        case .helpColumn: "Colonne"
        case .helpRequired: "Obligatoire"
        case .helpType: "Type"
        case .helpValues: "Valeurs possibles"
        case .helpExample: "Exemple"
        case .helpDescription: "Explication"
        case .yes: "oui"
        case .no: "non"
        case .kind(let k): kind(k)
        case .example(let value): "Exemple : \(value)"
        case .requiredTitle: "Obligatoire"
        case .optionalTitle: "Facultatif"
        case .severity(.error): "Erreur"
        case .severity(.warning): "Avertissement"
        case .severity(.info): "Information"
        case .proposed(let value): "Valeur proposée : \(value)"
        case .author: "irve"
        case .summaryTitle(let file): "Rapport de contrôle irve : \(file)"
        case .summarySchema(let s): "Schéma : \(s)"
        case .summaryRows(let n): "Lignes de données : \(n)"
        case .summaryErrors(let n): "Erreurs : \(n)"
        case .summaryWarnings(let n): "Avertissements : \(n)"
        case .summaryLegend:
            "Rouge : cellule en erreur ; orange : avertissement. Survolez une cellule colorée pour lire son "
                + "commentaire. Les numéros de ligne sont ceux du rapport."
        case .summaryGeneral: "Constats sur le fichier entier"
        case .summaryColumns: "Constats par colonne"
        case .summaryHowTo:
            "Corrigez les cellules dans la feuille « Données », enregistrez le classeur, puis relancez "
                + "irve check sur ce classeur : irve relit la feuille « Données »."
        case .templateWritten(let path): "Modèle écrit : \(path)"
        case .annotatedWritten(let path): "Classeur annoté écrit : \(path)"
        }
    }

    private static func kind(_ k: ValueKind) -> String {
        switch k {
        case .text: "texte"
        case .integer: "nombre entier"
        case .decimal: "nombre décimal (point décimal)"
        case .boolean: "booléen (true ou false)"
        case .date: "date (aaaa-mm-jj)"
        case .coordinates: "coordonnées [longitude,latitude]"
        case .list: "liste de valeurs"
        case .email: "adresse électronique"
        }
    }

    static func columnExplanation(_ name: String) -> String? { nil }
}
