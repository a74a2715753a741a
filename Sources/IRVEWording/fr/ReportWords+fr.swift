import IRVEFindings

extension French: ReportWords {
    static func report(_ p: ReportPhrase) -> String {
        switch p {
        case .fileLabel: "Fichier : "
        case .readAsLabel: "Lecture : "
        case .schemaLabel: "Schéma : "
        case .dataRowsLabel: "Lignes de données : "
        case .workbook(let sheet): "Excel (.xlsx)" + (sheet.map { ", feuille « \($0) »" } ?? "")
        case .encoding(let label): "encodage \(label)"
        case .delimiter(let label): "séparateur \(label)"
        case .valid: "✔ Fichier VALIDE"
        case .invalid: "✘ Fichier NON VALIDE"
        case .totals(let errors, let warnings): "\(errors) erreur(s), \(warnings) avertissement(s)"
        case .fileAndHeaderHeading: "Fichier et en-tête"
        case .detailsByColumnHeading: "Détails par colonne"
        case .summaryByColumnHeading: "Résumé par colonne"
        case .atRow(let row): "ligne \(row)"
        case .more(let n, let type):
            "… et \(n) autre(s)" + (type.map { " « \($0) »" } ?? "") + " (toutes avec --format json)"
        case .errorCount(let n): "\(n) erreur(s)"
        case .warningCount(let n): "\(n) avertissement(s)"
        case .emptySample: "(vide)"
        case .sample(let value): "« \(value) »"
        case .examples: " — ex. "
        case .cutByLimit: "(Liste limitée par --max-findings ; les totaux restent exacts.)"
        case .spillFailed:
            "(Liste coupée : le fichier temporaire des constats n'a pas pu être écrit ; les totaux restent exacts.)"
        }
    }
}
