import IRVEFindings

extension French: CommandLineWords {
    static func usage(_ m: UsageMessage) -> String {
        switch m {
        case .dashFileName(let name):
            "« \(name) » commence par « - » et serait lu comme une option : écrivez ./\(name), "
                + "ou placez -- avant le nom (irve check -- \(name))."
        case .unknownOption(let option, let suggestion):
            "option inconnue « \(option) »" + (suggestion.map { " ; vouliez-vous dire « \($0) » ?" } ?? "")
        case .notANonNegativeNumber(let option, let value):
            "\(option) n'accepte pas « \(value) » : un nombre positif ou nul est attendu"
        case .missingValue(let option): "valeur manquante pour \(option)"
        case .invalidValue(let value, let option, let choices):
            "valeur « \(value) » non valable pour \(option)"
                + (choices.isEmpty ? "" : " : valeurs possibles " + choices.map { "« \($0) »" }.joined(separator: ", "))
        case .missingArgument(let name): "argument manquant : \(name) (le fichier à traiter)"
        case .unexpectedArgument(let value): "argument en trop « \(value) »"
        case .languageExpected(let received):
            "--lang attend « fr » ou « en »" + (received.map { " (reçu « \($0) »)" } ?? "") + "."
        case .maxFindingsNegative: "--max-findings doit être un nombre positif ou nul."
        case .portOutOfRange: "--port doit être un nombre entre 0 et 65535."
        case .maxUploadTooSmall: "--max-upload-mb doit être un nombre supérieur ou égal à 1."
        case .checkNeedsFile: "indiquez le fichier à contrôler (ou --rules pour lister les règles)."
        case .markdownNeedsRules: "--format markdown ne sert qu'avec --rules."
        case .annotateNeedsOneFile:
            "--annotate s'écrit pour un seul fichier local (ni dossier, ni plusieurs fichiers, ni URL)."
        case .unknownRule(let code): "règle inconnue « \(code) » pour --disable (irve check --rules les liste)."
        case .fixNeedsOutput:
            "indiquez le fichier à écrire avec -o (ou --dry-run pour seulement voir les modifications)."
        case .exclusiveOptions(let a, let b): "\(a) et \(b) s'excluent."
        case .geocoderOrBANIndex:
            "--geocoder et --ban-index s'excluent : choisissez le service HTTP ou l'index local."
        case .addressThresholdExpected: "--address-threshold attend une distance en mètres, positive (ex. 500)."
        case .banFilesNeeded: "indiquez au moins un fichier BAN adresses-XX.csv.gz."
        case .invalidCommand(let detail, let command):
            "irve : commande invalide — \(detail)\nAide : irve \(command) --help\n"
        }
    }

    static func command(_ m: CommandMessage) -> String {
        switch m {
        case .checking: "Contrôle en cours"
        case .proposedChange(let row, let column, let before, let after, let rule, let confidence):
            "ligne \(row), \(column) : « \(before) » → « \(after) » (\(rule), \(confidence))"
        case .changeSummary(let changes, let rows, let counts):
            "\(changes) modification(s) sur \(rows) ligne(s)" + ruleCounts(counts)
        case .repairedFile(let path): "Fichier réparé : \(path)"
        case .stillToFill: "Reste à compléter par la commune (colonnes obligatoires vides) :"
        case .stillMissing(let field, let rows): "  • \(field) : \(rows) ligne(s)"
        case .banFileRead(let file, let lines, let seconds):
            "\(file) : \(count(lines)) lignes lues (total), \(decimal(seconds, digits: 1)) s"
        case .banIndexBuilt(let s):
            "Index \(s.path) : \(count(s.lines)) lignes, \(count(s.addresses)) adresses numérotées, "
                + "\(count(s.streets)) voies, \(count(s.communes)) communes en \(decimal(s.seconds, digits: 1)) s "
                + "(\(count(s.linesPerSecond)) lignes/s)."
        case .banIndexUse(let path): "Utilisation : irve check --ban-index \(path) FICHIER.csv"
        case .recordWritten(let path): "Fiche écrite : \(path)"
        case .noOrganisation:
            "⚠ Aucune organisation indiquée (--org) : à l'envoi, irve prendra celle de votre compte ; un jeu de "
                + "données publié sous un compte personnel est exclu de la consolidation nationale."
        case .dryRunHeader(let api): "Simulation (rien n'a été envoyé) — publication sur \(api) :"
        case .dryRunWritten(let folder, let files):
            "Requêtes écrites dans \(folder) (\(files) fichiers). Pour publier : la même commande avec --send."
        case .retrying(let status, let seconds):
            "    data.gouv.fr ne répond pas (\(status.map(String.init) ?? "réseau")) : nouvel essai dans "
                + "\(seconds) s…"
        case .published(let created, let dataset, let resource):
            created
                ? "Publié : nouveau jeu de données \(dataset), ressource \(resource)."
                : "Mis à jour : jeu de données \(dataset), ressource \(resource)."
        case .qualityScore(let score): "Note de qualité data.gouv.fr : \(score)/9"
        case .aboutFile(let file, let message): "« \(file) » : \(message)"
        case .maskedAPIKey: "<clé d'API masquée>"
        }
    }

    /// " : boolean ×24, date ×1" (the rules in alphabetical order), or nothing.
    private static func ruleCounts(_ counts: [RepairCode: Int]) -> String {
        counts.isEmpty ? "" : " : " + counts.map { "\($0.key) ×\($0.value)" }.sorted().joined(separator: ", ")
    }
}
