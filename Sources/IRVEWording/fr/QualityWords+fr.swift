import IRVEFindings

extension French {
    static func qualityLabel(_ c: QualityCriterion) -> String {
        switch c {
        case .license: "licence renseignée"
        case .temporalCoverage: "couverture temporelle"
        case .spatial: "couverture spatiale"
        case .updateFrequency: "fréquence de mise à jour renseignée"
        case .updateInTime: "mise à jour dans les temps"
        case .descriptionLength(let limit): "description de plus de \(limit) caractères"
        case .openFormat: "ressource dans un format ouvert"
        case .resourcesAvailable: "ressources disponibles"
        case .resourcesDocumented: "ressource documentée"
        }
    }

    static func qualityAdvice(_ c: QualityCriterion) -> String {
        switch c {
        case .license: "indiquez la licence « lov2 » (Licence Ouverte 2.0)."
        case .temporalCoverage: "indiquez la période couverte (« debut : AAAA-MM-JJ » dans la fiche)."
        case .spatial: "renseignez code_insee_commune dans le fichier, ou « zones : fr:commune:CODE » dans la fiche."
        case .updateFrequency:
            "indiquez une fréquence (« frequence : irregular » convient à une mise à jour à chaque changement)."
        case .updateInTime(let days?): "republiez au moins tous les \(days) jours, sinon ce critère tombera."
        case .updateInTime(nil), .resourcesAvailable: ""
        case .descriptionLength(let limit): "allongez la description (plus de \(limit) caractères)."
        case .openFormat: "publiez le fichier en CSV (« irve fix » écrit un CSV à partir d'un classeur Excel)."
        case .resourcesDocumented: "donnez une description à la ressource (« description-ressource » dans la fiche)."
        }
    }

    static func qualityLine(_ l: QualityReportLine) -> String {
        switch l {
        case .score(let score, let maximum):
            "Note de qualité des métadonnées prévue sur data.gouv.fr : \(score)/\(maximum)"
        case .reached(let maximum): "La fiche atteint \(maximum)/\(maximum)."
        case .keep(let advice): "À garder : \(advice)"
        case .toReach(let maximum): "Pour atteindre \(maximum)/\(maximum) :"
        }
    }
}
