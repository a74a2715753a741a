import IRVEFindings
import IRVESchema

/// The French (or English) explanation of a cell finding: what is wrong, why, and how to fix it,
/// with a valid example taken from the schema.
enum CellMessages {
    static func typeError(_ f: Field, _ cell: String, _ lang: Language) -> String {
        let example = f.example.map { lang.pick(" Exemple valide : « \($0) ».", " Valid example: \"\($0)\".") } ?? ""
        let trimmedDiffers = cell.trimmingCharacters(in: .whitespaces) != cell
        let spaces = trimmedDiffers ? lang.pick(" Attention aux espaces au début ou à la fin.", " Mind the spaces at the start or end.") : ""
        switch f.type {
        case .number:
            if cell.contains(",") {
                return lang.pick("« \(cell) » n'est pas un nombre valide : utilisez le point comme séparateur décimal (\(cell.replacingOccurrences(of: ",", with: "."))), sans espace ni unité.\(example)",
                                 "\"\(cell)\" is not a valid number: use a dot as decimal separator (\(cell.replacingOccurrences(of: ",", with: "."))), without spaces or units.\(example)")
            }
            if cell.lowercased().contains("w") || cell.lowercased().contains("kva") {
                return lang.pick("« \(cell) » n'est pas un nombre : écrivez la valeur seule, sans unité (la colonne « \(f.name) » est en kW).\(example)",
                                 "\"\(cell)\" is not a number: write the value alone, without unit (column \"\(f.name)\" is in kW).\(example)")
            }
            return lang.pick("« \(cell) » n'est pas un nombre : écrivez des chiffres avec un point décimal, sans espace ni unité.\(example)\(spaces)",
                             "\"\(cell)\" is not a number: write digits with a decimal point, without spaces or units.\(example)\(spaces)")
        case .integer:
            return lang.pick("« \(cell) » n'est pas un nombre entier : écrivez un entier sans décimale, sans espace ni texte (ex. 3).\(example)",
                             "\"\(cell)\" is not an integer: write a whole number without decimals, spaces or text (e.g. 3).\(example)")
        case .boolean:
            let t = f.trueValues.first ?? "true", fl = f.falseValues.first ?? "false"
            let lower = cell.lowercased().trimmingCharacters(in: .whitespaces)
            let guess: String? = ["vrai", "oui", "yes", "o", "y", "t", "x"].contains(lower) ? t
                : (["faux", "non", "no", "n", "f"].contains(lower) ? fl : nil)
            let advice = guess.map { lang.pick(" Écrivez « \($0) » au lieu de « \(cell) ».", " Write \"\($0)\" instead of \"\(cell)\".") } ?? ""
            return lang.pick("« \(cell) » n'est pas une valeur booléenne acceptée. Valeurs possibles : \(f.trueValues.joined(separator: ", ")) (vrai) ou \(f.falseValues.joined(separator: ", ")) (faux).\(advice)",
                             "\"\(cell)\" is not an accepted boolean. Accepted: \(f.trueValues.joined(separator: ", ")) (true) or \(f.falseValues.joined(separator: ", ")) (false).\(advice)")
        case .date:
            let format = f.format == "default" ? "%Y-%m-%d" : f.format
            let readable = format.replacingOccurrences(of: "%Y", with: lang.pick("aaaa", "yyyy")).replacingOccurrences(of: "%m", with: "mm")
                .replacingOccurrences(of: "%d", with: lang.pick("jj", "dd"))
            let suggestion = DateSuggestion.isoDate(from: cell).map { lang.pick(" La forme attendue est « \($0) ».", " The expected form is \"\($0)\".") } ?? ""
            return lang.pick("« \(cell) » n'est pas une date au format \(readable).\(suggestion)\(spaces)",
                             "\"\(cell)\" is not a date in the \(readable) format.\(suggestion)\(spaces)")
        case .datetime:
            return lang.pick("« \(cell) » n'est pas une date-heure ISO 8601 : écrivez par exemple « 2023-01-30T10:27:50+01:00 » (date, T, heure, fuseau).",
                             "\"\(cell)\" is not an ISO 8601 date-time: write e.g. \"2023-01-30T10:27:50+01:00\".")
        case .time:
            return lang.pick("« \(cell) » n'est pas une heure au format hh:mm:ss.", "\"\(cell)\" is not a time in hh:mm:ss format.")
        case .year:
            return lang.pick("« \(cell) » n'est pas une année sur 4 chiffres.", "\"\(cell)\" is not a 4-digit year.")
        case .geopoint:
            return GeopointAdvice.message(cell: cell, format: f.format, example: f.example, lang)
        case .string:
            switch f.format {
            case "email":
                var why = ""
                if cell.contains(" ") { why = lang.pick(" Elle contient une espace.", " It contains a space.") }
                else if cell.lowercased().hasPrefix("mailto:") { why = lang.pick(" Retirez « mailto: ».", " Remove \"mailto:\".") }
                else if !cell.contains("@") { why = lang.pick(" Il manque le « @ ».", " The \"@\" is missing.") }
                else if cell.filter({ $0 == "@" }).count > 1 { why = lang.pick(" Une seule adresse par cellule.", " One address per cell.") }
                return lang.pick("« \(cell) » n'est pas une adresse e-mail valide.\(why) Écrivez une seule adresse, de la forme nom@domaine.fr.\(example)",
                                 "\"\(cell)\" is not a valid e-mail address.\(why) Write one address like name@domain.fr.\(example)")
            case "uri":
                return lang.pick("« \(cell) » n'est pas une adresse web (URI) : elle doit commencer par un schéma comme https://.",
                                 "\"\(cell)\" is not a URI: it must start with a scheme such as https://.")
            case "uuid":
                return lang.pick("« \(cell) » n'est pas un identifiant UUID (32 chiffres hexadécimaux).", "\"\(cell)\" is not a UUID.")
            default:
                return lang.pick("« \(cell) » n'a pas le format attendu (\(f.format)).", "\"\(cell)\" does not have the expected format (\(f.format)).")
            }
        case .array:
            return lang.pick("« \(cell) » n'est pas une liste JSON (ex. [\"a\", \"b\"]).", "\"\(cell)\" is not a JSON array.")
        case .object, .geojson:
            return lang.pick("« \(cell) » n'est pas un objet JSON.", "\"\(cell)\" is not a JSON object.")
        default:
            return lang.pick("« \(cell) » n'est pas du type attendu (\(f.type.rawValue)).\(example)",
                             "\"\(cell)\" is not of the expected type (\(f.type.rawValue)).\(example)")
        }
    }

    static func constraint(_ name: String, _ f: Field, _ cell: String, _ lang: Language) -> String {
        let example = f.example.map { lang.pick(" Exemple valide : « \($0) ».", " Valid example: \"\($0)\".") } ?? ""
        let k = f.constraints
        switch name {
        case "required":
            return lang.pick("Valeur obligatoire manquante : la colonne « \(f.name) » doit être remplie sur chaque ligne.\(example)",
                             "Missing required value: column \"\(f.name)\" must be filled on every row.\(example)")
        case "pattern":
            let hint = PatternAdvice.hint(field: f.name, cell: cell, lang)
            return lang.pick("« \(cell) » ne respecte pas le format imposé pour « \(f.name) ».\(hint)\(example) (motif : \(k.pattern ?? ""))",
                             "\"\(cell)\" does not match the format required for \"\(f.name)\".\(hint)\(example) (pattern: \(k.pattern ?? ""))")
        case "enum":
            let allowed = (k.enumValues ?? []).map(\.text)
            let folded = allowed.first { LabelFolding.fold($0) == LabelFolding.fold(cell) }
            let advice = folded.map { lang.pick(" Écrivez exactement « \($0) » (majuscules, accents et espaces comptent).", " Write exactly \"\($0)\" (case, accents and spaces matter).") } ?? ""
            return lang.pick("« \(cell) » n'est pas une valeur autorisée pour « \(f.name) ».\(advice) Valeurs possibles : \(allowed.map { "« \($0) »" }.joined(separator: ", ")).",
                             "\"\(cell)\" is not an allowed value for \"\(f.name)\".\(advice) Allowed: \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")).")
        case "minimum":
            return lang.pick("« \(cell) » est inférieur au minimum autorisé (\(k.minimum?.text ?? "")) pour « \(f.name) ».",
                             "\"\(cell)\" is below the minimum (\(k.minimum?.text ?? "")) of \"\(f.name)\".")
        case "maximum":
            return lang.pick("« \(cell) » dépasse le maximum autorisé (\(k.maximum?.text ?? "")) pour « \(f.name) ».",
                             "\"\(cell)\" is above the maximum (\(k.maximum?.text ?? "")) of \"\(f.name)\".")
        case "exclusiveMinimum":
            return lang.pick("« \(cell) » doit être strictement supérieur à \(k.exclusiveMinimum?.text ?? "").",
                             "\"\(cell)\" must be greater than \(k.exclusiveMinimum?.text ?? "").")
        case "exclusiveMaximum":
            return lang.pick("« \(cell) » doit être strictement inférieur à \(k.exclusiveMaximum?.text ?? "").",
                             "\"\(cell)\" must be less than \(k.exclusiveMaximum?.text ?? "").")
        case "minLength":
            return lang.pick("« \(cell) » est trop court : au moins \(k.minLength ?? 0) caractères.", "\"\(cell)\" is too short: at least \(k.minLength ?? 0) characters.")
        case "maxLength":
            return lang.pick("« \(cell) » est trop long : au plus \(k.maxLength ?? 0) caractères.", "\"\(cell)\" is too long: at most \(k.maxLength ?? 0) characters.")
        case "unique":
            return lang.pick("« \(cell) » apparaît sur plusieurs lignes alors que « \(f.name) » doit être unique.", "\"\(cell)\" appears on several rows but \"\(f.name)\" must be unique.")
        default:
            return lang.pick("« \(cell) » ne respecte pas la contrainte « \(name) ».", "\"\(cell)\" breaks constraint \"\(name)\".")
        }
    }
}

/// Field-specific advice for the IRVE patterns people most often get wrong.
enum PatternAdvice {
    static func hint(field: String, cell: String, _ lang: Language) -> String {
        switch field {
        case "id_station_itinerance", "id_pdc_itinerance":
            let letter = field == "id_station_itinerance" ? "P" : "E"
            if cell.contains("*") || cell.contains(" ") {
                let fixed = cell.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: " ", with: "").uppercased()
                return lang.pick(" Les séparateurs « * » et les espaces de l'ancien format AFIREV sont interdits : écrivez « \(fixed) ».",
                                 " The legacy AFIREV \"*\" separators and spaces are not allowed: write \"\(fixed)\".")
            }
            if cell != cell.uppercased() { return lang.pick(" Les lettres doivent être en majuscules.", " Letters must be upper case.") }
            if cell.lowercased() == "non concerné" || cell.lowercased() == "non concerne" {
                return lang.pick(" Écrivez exactement « Non concerné » (N majuscule, é accentué).", " Write exactly \"Non concerné\".")
            }
            return lang.pick(" Attendu : 2 lettres de pays, le code opérateur, « \(letter) » puis l'identifiant (6 à 35 lettres majuscules et chiffres, sans séparateur), ou « Non concerné ».",
                             " Expected: 2-letter country, operator code, \"\(letter)\" then the id (6 to 35 upper-case letters and digits), or \"Non concerné\".")
        case "horaires":
            if cell.lowercased().contains("24h") || cell.lowercased().contains("7j") {
                return lang.pick(" Pour un accès permanent, écrivez exactement « 24/7 ».", " For round-the-clock access, write exactly \"24/7\".")
            }
            if cell.split(separator: ":").count >= 3 {
                return lang.pick(" Retirez les secondes : « 08:00-19:00 » et non « 08:00:00-19:00:00 ».", " Remove the seconds: \"08:00-19:00\".")
            }
            if cell.hasSuffix(" ") { return lang.pick(" Retirez l'espace final.", " Remove the trailing space.") }
            return lang.pick(" Attendu : « 24/7 » ou des plages au format OpenStreetMap, par exemple « Mo-Fr 08:00-12:00,Mo-Fr 14:00-18:00 » (heures hh:mm).",
                             " Expected: \"24/7\" or OpenStreetMap ranges such as \"Mo-Fr 08:00-12:00,Mo-Fr 14:00-18:00\".")
        case "code_insee_commune":
            if cell.count == 4, cell.allSatisfy(\.isNumber) {
                return lang.pick(" Le code a perdu son zéro initial (tableur) : écrivez « 0\(cell) ».", " The code lost its leading zero: write \"0\(cell)\".")
            }
            return lang.pick(" Attendu : le code INSEE de la commune sur 5 caractères (pas le code postal), 2A/2B pour la Corse.",
                             " Expected: the 5-character INSEE code of the commune (not the postcode), 2A/2B for Corsica.")
        case "siren_amenageur":
            let digits = cell.filter(\.isNumber)
            if digits.count == 14 { return lang.pick(" C'est un SIRET (14 chiffres) : gardez les 9 premiers chiffres, « \(digits.prefix(9)) ».", " This is a SIRET: keep the first 9 digits.") }
            return lang.pick(" Attendu : le SIREN, exactement 9 chiffres sans espace.", " Expected: the SIREN, exactly 9 digits without spaces.")
        default:
            return ""
        }
    }
}

import Foundation
