import IRVEFindings

extension French {
    static func engine(_ facts: EngineFacts) -> String {
        switch facts {
        case .typeError(let cell, let field, let problem): typeError(cell, field, problem)
        case .constraint(let cell, let field, let problem): constraint(cell, field, problem)
        case .missingCell(let row, let field, let column):
            "La ligne \(row) a moins de cellules que l'en-tête : la cellule de « \(field) » (colonne \(column)) "
                + "manque. Un séparateur a sans doute été oublié, ou la ligne a été coupée."
        case .extraCell(let row, let column, let cell):
            "La ligne \(row) a plus de cellules que l'en-tête (cellule en trop en colonne \(column) : « \(cell) »). "
                + "Un texte contient sans doute le séparateur sans être entouré de guillemets."
        case .blankRow(let row):
            "La ligne \(row) est vide : supprimez-la."
        case .mojibake(let cell):
            "« \(cell) » contient des caractères abîmés par une erreur d'encodage (par exemple « Ã© » ou « Ž » à la "
                + "place de « é », ou « � »). Corrigez le texte et enregistrez le fichier en CSV UTF-8."
        }
    }

    /// The schema's example, when it gives one, ending a sentence.
    static func example(_ f: FieldFacts) -> String {
        f.example.map { " Exemple valide : « \($0) »." } ?? ""
    }

    private static func constraint(_ cell: String, _ f: FieldFacts, _ problem: ConstraintProblem) -> String {
        switch problem {
        case .required:
            "Valeur obligatoire manquante : la colonne « \(f.name) » doit être remplie sur chaque ligne.\(example(f))"
        case .pattern(let hint):
            "« \(cell) » ne respecte pas le format imposé pour « \(f.name) ».\(hint.map(patternHint) ?? "")"
                + "\(example(f)) (motif : \(f.pattern ?? ""))"
        case .enumeration(let exact):
            "« \(cell) » n'est pas une valeur autorisée pour « \(f.name) »."
                + (exact.map { " Écrivez exactement « \($0) » (majuscules, accents et espaces comptent)." } ?? "")
                + " Valeurs possibles : \(f.enumValues.map { "« \($0) »" }.joined(separator: ", "))."
        case .minimum:
            "« \(cell) » est inférieur au minimum autorisé (\(f.minimum ?? "")) pour « \(f.name) »."
        case .maximum:
            "« \(cell) » dépasse le maximum autorisé (\(f.maximum ?? "")) pour « \(f.name) »."
        case .exclusiveMinimum:
            "« \(cell) » doit être strictement supérieur à \(f.exclusiveMinimum ?? "")."
        case .exclusiveMaximum:
            "« \(cell) » doit être strictement inférieur à \(f.exclusiveMaximum ?? "")."
        case .minLength:
            "« \(cell) » est trop court : au moins \(f.minLength ?? 0) caractères."
        case .maxLength:
            "« \(cell) » est trop long : au plus \(f.maxLength ?? 0) caractères."
        case .unique:
            "« \(cell) » apparaît sur plusieurs lignes alors que « \(f.name) » doit être unique."
        case .other(let name):
            "« \(cell) » ne respecte pas la contrainte « \(name) »."
        }
    }

    private static func patternHint(_ hint: PatternHint) -> String {
        switch hint {
        case .idSeparators(let fixed):
            " Les séparateurs « * » et les espaces de l'ancien format AFIREV sont interdits : écrivez « \(fixed) »."
        case .idLowerCase:
            " Les lettres doivent être en majuscules."
        case .idNonConcerne:
            " Écrivez exactement « Non concerné » (N majuscule, é accentué)."
        case .idExpected(let letter):
            " Attendu : 2 lettres de pays, le code opérateur, « \(letter) » puis l'identifiant (6 à 35 lettres "
                + "majuscules et chiffres, sans séparateur), ou « Non concerné »."
        case .horairesAllDay:
            " Pour un accès permanent, écrivez exactement « 24/7 »."
        case .horairesSeconds:
            " Retirez les secondes : « 08:00-19:00 » et non « 08:00:00-19:00:00 »."
        case .horairesTrailingSpace:
            " Retirez l'espace final."
        case .horairesExpected:
            " Attendu : « 24/7 » ou des plages au format OpenStreetMap, par exemple "
                + "« Mo-Fr 08:00-12:00,Mo-Fr 14:00-18:00 » (heures hh:mm)."
        case .inseeLostZero(let fixed):
            " Le code a perdu son zéro initial (tableur) : écrivez « \(fixed) »."
        case .inseeExpected:
            " Attendu : le code INSEE de la commune sur 5 caractères (pas le code postal), 2A/2B pour la Corse."
        case .sirenIsSiret(let siren):
            " C'est un SIRET (14 chiffres) : gardez les 9 premiers chiffres, « \(siren) »."
        case .sirenExpected:
            " Attendu : le SIREN, exactement 9 chiffres sans espace."
        }
    }
}
