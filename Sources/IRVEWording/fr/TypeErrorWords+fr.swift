import Foundation
import IRVEFindings

extension French {
    static func typeError(_ cell: String, _ f: FieldFacts, _ problem: TypeProblem) -> String {
        switch problem {
        case .numberDecimalComma(let dotted):
            "« \(cell) » n'est pas un nombre valide : utilisez le point comme séparateur décimal (\(dotted)), "
                + "sans espace ni unité.\(example(f))"
        case .numberWithUnit:
            "« \(cell) » n'est pas un nombre : écrivez la valeur seule, sans unité (la colonne « \(f.name) » est "
                + "en kW).\(example(f))"
        case .number(let spaces):
            "« \(cell) » n'est pas un nombre : écrivez des chiffres avec un point décimal, sans espace ni "
                + "unité.\(example(f))\(spacesNote(spaces))"
        case .integer:
            "« \(cell) » n'est pas un nombre entier : écrivez un entier sans décimale, sans espace ni texte "
                + "(ex. 3).\(example(f))"
        case .boolean(let write):
            "« \(cell) » n'est pas une valeur booléenne acceptée. Valeurs possibles : "
                + "\(f.trueValues.joined(separator: ", ")) (vrai) ou \(f.falseValues.joined(separator: ", ")) "
                + "(faux).\(write.map { " Écrivez « \($0) » au lieu de « \(cell) »." } ?? "")"
        case .date(let format, let suggestion, let spaces):
            "« \(cell) » n'est pas une date au format \(datePattern(format))."
                + "\(suggestion.map { " La forme attendue est « \($0) »." } ?? "")\(spacesNote(spaces))"
        case .datetime:
            "« \(cell) » n'est pas une date-heure ISO 8601 : écrivez par exemple « 2023-01-30T10:27:50+01:00 » "
                + "(date, T, heure, fuseau)."
        case .time:
            "« \(cell) » n'est pas une heure au format hh:mm:ss."
        case .year:
            "« \(cell) » n'est pas une année sur 4 chiffres."
        case .geopointArray(let ex, let problems):
            "« \(cell) » n'est pas un point valide : écrivez [longitude, latitude] entre crochets, avec des points "
                + "décimaux et une virgule entre les deux nombres, par exemple « \(ex) » (longitude d'abord : en "
                + "France métropolitaine entre -5 et 10, latitude entre 41 et 51).\(geopoint(problems))"
        case .geopoint(let problems):
            "« \(cell) » n'est pas un point valide au format « longitude, latitude ».\(geopoint(problems))"
        case .email(let problem):
            "« \(cell) » n'est pas une adresse e-mail valide.\(problem.map(email) ?? "") Écrivez une seule adresse, "
                + "de la forme nom@domaine.fr.\(example(f))"
        case .uri:
            "« \(cell) » n'est pas une adresse web (URI) : elle doit commencer par un schéma comme https://."
        case .uuid:
            "« \(cell) » n'est pas un identifiant UUID (32 chiffres hexadécimaux)."
        case .stringFormat:
            "« \(cell) » n'a pas le format attendu (\(f.format))."
        case .array:
            "« \(cell) » n'est pas une liste JSON (ex. [\"a\", \"b\"])."
        case .object:
            "« \(cell) » n'est pas un objet JSON."
        case .other:
            "« \(cell) » n'est pas du type attendu (\(f.type)).\(example(f))"
        }
    }

    private static func spacesNote(_ spaces: Bool) -> String {
        spaces ? " Attention aux espaces au début ou à la fin." : ""
    }

    private static func geopoint(_ p: GeopointProblems) -> String {
        (p.bracketsMissing ? " Les crochets manquent." : "")
            + (p.semicolon ? " Le séparateur entre les deux nombres doit être une virgule, pas un point-virgule." : "")
            + (p.decimalCommas
                ? " Les décimales doivent être séparées par un point (la virgule sépare la longitude de la latitude)."
                : "")
    }

    private static func email(_ problem: EmailProblem) -> String {
        switch problem {
        case .space: " Elle contient une espace."
        case .mailto: " Retirez « mailto: »."
        case .noAt: " Il manque le « @ »."
        case .severalAt: " Une seule adresse par cellule."
        }
    }
}
