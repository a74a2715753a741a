import IRVEFindings

extension French: RepairReviewWords {
    static func review(_ p: RepairReviewPhrase) -> String {
        switch p {
        case .userEditEvidence: "saisie de l'utilisateur"
        case .openRepairs: "Examiner les réparations une à une"
        case .openFiche: "Voir la fiche descriptive (data.gouv.fr)"
        case .repairsHeading(let file): "Réparations proposées pour « \(file) »"
        case .repairsIntro:
            "Voici chaque changement que irve fix ferait. Les changements sûrs et probables sont cochés ; "
                + "les suppositions ne le sont pas : acceptez-les une à une ou règle par règle. "
                + "Le fichier déposé n'est jamais modifié."
        case .noChange: "irve fix n'a aucune cellule à changer dans ce fichier."
        case .confidenceName(let c):
            switch c {
            case .certain: "sûre"
            case .likely: "probable"
            case .guess: "supposition"
            }
        case .userEditName: "saisie"
        case .ruleHeader: "Règle"
        case .beforeHeader: "Avant"
        case .afterHeader: "Après"
        case .confidenceHeader: "Confiance"
        case .evidenceHeader: "Justification"
        case .acceptHeader: "Appliquer"
        case .acceptChange(let row, let column): "Appliquer le changement ligne \(count(row)), \(column)"
        case .rulesHeading: "Par règle"
        case .acceptRule(let rule, let n): "Accepter les \(count(n)) changements « \(rule) »"
        case .applyButton: "Appliquer ces choix"
        case .layoutHeading: "Structure du fichier (toujours réparée)"
        case .layoutMore(let n): "… et \(count(n)) autre(s) changement(s) de structure (voir le journal)."
        case .applied(let changes, let cells):
            "Choix appliqués : \(count(changes)) changement(s) ; \(count(cells)) cellule(s) encore en erreur."
        case .notApplied: "Vos choix ont changé : appliquez-les pour mettre à jour la liste des cellules en erreur."
        case .cellsHeading: "Cellules encore en erreur"
        case .noCellInError: "Plus aucune cellule en erreur après ces réparations."
        case .moreCells(let n): "… et \(count(n)) autre(s) cellule(s) en erreur."
        case .newValueLabel(let row, let column): "Nouvelle valeur, ligne \(count(row)), \(column)"
        case .recheckButton: "Vérifier et garder"
        case .recheckValid(let row, let column, let value):
            "« \(value) » est valide pour \(column) (ligne \(count(row))) : "
                + "elle sera écrite dans le fichier réparé."
        case .recheckInvalid(let row, let column, let value):
            "« \(value) » reste en erreur pour \(column) (ligne \(count(row))) ; elle sera écrite telle quelle :"
        case .editedNote(let value): "Saisie : « \(value) »"
        case .downloadRepaired: "Le fichier réparé (CSV)"
        case .downloadLogCSV: "Le journal des changements (CSV)"
        case .downloadLogJSON: "Le journal des changements (JSON)"
        case .changeUnknown: "Ce changement n'existe pas dans cette page : rechargez la page et recommencez."
        case .cellUnknown: "Cette cellule n'existe pas dans le fichier réparé : rechargez la page et recommencez."
        case .valueTooLong(let max): "La valeur est trop longue (au plus \(count(max)) caractères)."
        case .ficheHeading(let file): "Fiche descriptive de « \(file) »"
        case .ficheIntro:
            "Ce que irve describe écrirait pour data.gouv.fr, et la note de qualité que la fiche obtiendrait."
        case .qualityHeading(let score, let max): "Note de qualité prévue : \(score)/\(max)"
        case .criterionMet: "rempli"
        case .criterionMissing: "manquant"
        case .backToVerdict: "Revenir au résultat"
        }
    }
}
