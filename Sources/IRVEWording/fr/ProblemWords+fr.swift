import IRVEFindings

extension French: ProblemWords {
    static func problem(_ p: ProblemPhrase) -> String {
        switch p {
        case .groupedHeading: "Problèmes regroupés"
        case .group(let subject, let n, let severity, let columns, let first, let last):
            subjectTitle(subject) + whereColumns(columns) + whereRows(first, last) + " — " + found(n, severity)
        case .whatNextHeading: "Et maintenant ?"
        case .nothingToDo: "Le fichier est valide : il n'y a rien à corriger."
        case .outlook(let errors, let fixable, let remaining):
            outlook(errors: errors, fixable: fixable, remaining: remaining)
        case .fixCommand(let input):
            "Pour corriger : irve fix \(Wording.shellQuoted(input)) -o "
                + Wording.shellQuoted(Wording.repairedName(input, suffix: "corrige")) + " --log journal.csv"
        case .noRepairForSchema: "La réparation automatique ne s'applique qu'au schéma IRVE statique."
        }
    }

    private static func outlook(errors: Int, fixable: Int, remaining: Int) -> String {
        let e = count(errors)
        if fixable == 0 {
            return errors == 1
                ? "L'erreur ne peut pas être corrigée automatiquement : elle est à compléter par la commune."
                : "Aucune des \(e) erreurs ne peut être corrigée automatiquement : "
                    + "elles sont à compléter par la commune."
        }
        if remaining == 0 {
            return errors == 1
                ? "L'erreur peut être corrigée automatiquement."
                : "Les \(e) erreurs peuvent toutes être corrigées automatiquement."
        }
        let fixed =
            fixable == 1
            ? "1 des \(e) erreurs peut être corrigée" : "\(count(fixable)) des \(e) erreurs peuvent être corrigées"
        let rest = remaining == 1 ? "1 point reste à compléter" : "\(count(remaining)) points restent à compléter"
        return fixed + " automatiquement ; " + rest + " par la commune."
    }

    private static func subjectTitle(_ s: ProblemSubject) -> String {
        switch s {
        case .rule(let code): Wording.title(code, .fr)
        case .wrongType(let type, let samples): typeTitle(type, samples)
        case .constraint(let name): constraintTitle(name)
        case .missingCell: "Cellules manquantes (ligne trop courte)"
        case .extraCell: "Cellules en trop (ligne trop longue)"
        case .blankRow: "Lignes vides"
        case .mojibake: "Accents abîmés par un mauvais encodage"
        case .other(let code): "« \(code) »"
        }
    }

    private static func typeTitle(_ type: String, _ samples: [String]) -> String {
        let quoted = samples.map { "« \($0) »" }.joined(separator: ", ")
        let shown = samples.isEmpty ? "" : " (" + quoted + ")"
        switch type {
        case "boolean": return samples.isEmpty ? "Booléens mal écrits" : quoted + " au lieu de true/false"
        case "date", "datetime": return "Dates hors du format aaaa-mm-jj" + shown
        case "number", "integer": return "Nombres mal écrits" + shown
        case "geopoint": return "Coordonnées mal écrites" + shown
        default: return "Valeurs qui ne sont pas du type « \(type) »" + shown
        }
    }

    private static func constraintTitle(_ name: String) -> String {
        switch name {
        case "required": "Valeurs obligatoires manquantes"
        case "enum": "Valeurs hors de la liste autorisée"
        case "pattern": "Valeurs hors du format imposé"
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum": "Valeurs hors des bornes autorisées"
        case "minLength", "maxLength": "Valeurs de longueur incorrecte"
        case "unique": "Valeurs en double"
        default: "Contrainte « \(name) » non respectée"
        }
    }

    private static func whereColumns(_ columns: [String]) -> String {
        switch columns.count {
        case 0: ""
        case 1: " dans la colonne \(columns[0])"
        case 2, 3:
            " dans les colonnes " + columns.dropLast().joined(separator: ", ") + " et " + columns[columns.count - 1]
        default: " dans \(count(columns.count)) colonnes"
        }
    }

    private static func whereRows(_ first: Int?, _ last: Int?) -> String {
        guard let first, let last else { return "" }
        return first == last ? ", ligne \(count(first))" : ", lignes \(count(first)) à \(count(last))"
    }

    private static func found(_ n: Int, _ severity: Severity) -> String {
        switch severity {
        case .error: n == 1 ? "1 erreur" : "\(count(n)) erreurs"
        case .warning: n == 1 ? "1 avertissement" : "\(count(n)) avertissements"
        case .info: n == 1 ? "1 remarque" : "\(count(n)) remarques"
        }
    }
}
