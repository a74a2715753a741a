import IRVEFindings

extension French {
    static func schemaError(_ e: SchemaError) -> String {
        switch e {
        case .unreadable(let path, let cause):
            "Impossible de lire le schéma « \(path) » : \(schemaRead(cause))."
        case .invalidJSON(let path, let problem):
            "Le schéma « \(path) » n'est pas un JSON valide : \(schemaJSON(problem))."
        case .invalid(let path, let problem):
            "Le schéma « \(path) » n'est pas un Table Schema valide : \(schema(problem))."
        case .inSchema(let path, let error):
            "Schéma « \(path) » : " + schemaError(error)
        case .invalidPattern(let field, let pattern, let offset, _):
            "Le motif (expression régulière) du champ « \(field.clipped(200, .fr)) » est incorrect et "
                + "ne peut pas être compilé (erreur vers le caractère \(offset + 1)) : "
                + "\(pattern.clipped(200, .fr))"
        }
    }

    private static func schemaRead(_ cause: SchemaReadCause) -> String {
        switch cause {
        case .file(.notFound): "fichier absent"
        case .file(.inputIsDirectory): "c'est un dossier"
        case .file(.system(_, _, let code)): systemCause(SystemCause(errno: code))
        case .file(.tooLarge(_, let limit)), .file(.streamTooLarge(_, let limit)): "plus de \(limit >> 20) Mio"
        case .file(let other): fileError(other)
        case .emptyName:
            "nom de schéma vide : indiquez statique, dynamique[@version] ou le chemin d'un fichier de schéma"
        case .unknownVersion(let known):
            "version inconnue (versions disponibles : \(known.joined(separator: ", ")))"
        case .neitherNameNorFile:
            "ni un schéma connu (statique, dynamique[@version]) ni un fichier existant"
        }
    }

    private static func schemaJSON(_ problem: SchemaJSONProblem) -> String {
        switch problem {
        case .tooDeep(let limit): "plus de \(limit) niveaux d'imbrication, la limite d'irve"
        case .notUTF8: "le texte n'est pas en UTF-8"
        case .syntax: "erreur de syntaxe (accolade, virgule ou guillemet manquant ?)"
        }
    }

    private static func schema(_ problem: SchemaProblem) -> String {
        switch problem {
        case .rootNotObject: "la racine doit être un objet JSON { … }"
        case .noFields: "il manque la liste « fields »"
        case .tooManyFields(let count, let limit):
            "\(count) champs, plus que la limite d'irve (\(limit) ; le schéma IRVE en a 40)"
        case .fieldNotObject(let index): "le champ n° \(index) n'est pas un objet"
        case .fieldWithoutName(let index): "le champ n° \(index) n'a pas de nom"
        case .duplicateField(let name): "le nom de champ « \(name) » apparaît deux fois"
        case .unknownType(let field, let type): "le champ « \(field) » a un type inconnu « \(type) »"
        case .patternNotString(let field): "le motif du champ « \(field) » n'est pas un texte"
        case .enumNotArray(let field): "l'énumération du champ « \(field) » n'est pas une liste"
        case .missingValuesNotStrings: "« missingValues » doit être une liste de textes"
        case .primaryKeyNotField(let key): "la clé primaire « \(key) » n'est pas un champ"
        }
    }
}
