import IRVEFindings

extension French {
    static func readError(_ e: ReadError) -> String {
        switch e {
        case .notFound(let path):
            "Fichier introuvable : « \(path) ». Vérifiez le chemin et le nom du fichier."
        case .unreadable(let path, let reason):
            "Impossible de lire « \(path) » : \(reason)."
        case .isDirectory(let path):
            "« \(path) » est un dossier, pas un fichier CSV."
        case .wrongFormat(let path, let kind):
            disguised(kind, path)
        case .file(let error):
            fileError(error)
        case .workbook(let path, let error):
            "Le classeur Excel « \(path) » est illisible : \(xlsxError(error))"
        case .tooLarge(let path, let row, let overflow):
            tooLarge(path, row, overflow)
        }
    }

    private static func tooLarge(_ path: String, _ row: Int, _ overflow: RowOverflow) -> String {
        switch overflow {
        case .cell(let column):
            "« \(path) », ligne \(row), colonne \(column) : la cellule dépasse \(Limits.cellBytes >> 20) Mo, la "
                + "limite d'irve. Un guillemet mal fermé a sans doute avalé la suite du fichier ; sinon, "
                + "raccourcissez la cellule."
        case .row where row == 1:
            "« \(path) » : la ligne d'en-tête dépasse \(Limits.headerBytes >> 20) Mo, la limite d'irve. Ce n'est "
                + "pas un en-tête de tableau IRVE."
        case .row:
            "« \(path) », ligne \(row) : l'enregistrement dépasse \(Limits.rowBytes >> 20) Mo, la limite d'irve. "
                + "Un guillemet mal fermé a sans doute avalé la suite du fichier."
        case .columns:
            "« \(path) », ligne \(row) : plus de \(Limits.columns) colonnes, la limite d'irve (le schéma IRVE "
                + "en a 40). Vérifiez le séparateur du fichier."
        }
    }

    private static func disguised(_ kind: DisguisedFormat, _ path: String) -> String {
        switch kind {
        case .zip:
            "« \(path) » est une archive ZIP, pas un fichier CSV : décompressez-la et vérifiez le fichier "
                + "qu'elle contient."
        case .pdf:
            "« \(path) » est un document PDF, pas un fichier CSV : les données doivent être publiées en tableau "
                + "(CSV), exportées depuis le tableur."
        case .html:
            "« \(path) » est une page web (HTML), pas un fichier CSV : le lien téléchargé pointe sans doute vers "
                + "une page et non vers le fichier."
        case .xls:
            "« \(path) » est un classeur Excel ancien format (.xls) : enregistrez-le au format .xlsx ou "
                + "exportez-le en CSV UTF-8."
        case .ods:
            "« \(path) » est un classeur OpenDocument (.ods) : exportez-le en CSV UTF-8 ou en .xlsx."
        case .json:
            "« \(path) » est un fichier JSON, pas un fichier CSV : le schéma IRVE attend un tableau CSV."
        case .binary:
            "« \(path) » contient des données binaires, pas du texte CSV."
        }
    }

    static func delimiter(_ byte: UInt8) -> String {
        switch byte {
        case 0x2C: "« , » (virgule)"
        case 0x3B: "« ; » (point-virgule)"
        case 0x09: "tabulation"
        case 0x7C: "« | » (barre verticale)"
        default: "« \(String(UnicodeScalar(byte))) »"
        }
    }
}
