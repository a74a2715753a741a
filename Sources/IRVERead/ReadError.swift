import IRVEFiles
import IRVEFindings
import IRVEXLSX

/// Why a file could not be read at all (exit code 2), with a message for people.
public enum ReadError: Error, Equatable, Sendable {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case isDirectory(path: String)
    case wrongFormat(path: String, kind: DisguisedFormat)
    case xlsx(path: String, reason: String)
    /// Opening or reading failed in the system (permission, I/O error, a stream too large…).
    case file(FileError)

    public init(_ error: FileError) {
        switch error {
        case .notFound(let path): self = .notFound(path: path)
        case .inputIsDirectory(let path): self = .isDirectory(path: path)
        default: self = .file(error)
        }
    }
    /// A workbook that cannot be read, with the reader's own reason.
    case workbook(path: String, error: XLSXError)
    /// A record past one of the `Limits` (row = record number, 1 = header).
    case tooLarge(path: String, row: Int, overflow: RowOverflow)

    public func message(_ lang: Language) -> String {
        switch self {
        case .notFound(let path):
            lang.pick(
                "Fichier introuvable : « \(path) ». Vérifiez le chemin et le nom du fichier.",
                "File not found: \"\(path)\". Check the path and file name.")
        case .unreadable(let path, let reason):
            lang.pick("Impossible de lire « \(path) » : \(reason).", "Cannot read \"\(path)\": \(reason).")
        case .isDirectory(let path):
            lang.pick("« \(path) » est un dossier, pas un fichier CSV.", "\"\(path)\" is a folder, not a CSV file.")
        case .wrongFormat(let path, let kind):
            kind.message(path: path, lang)
        case .xlsx(let path, let reason):
            lang.pick(
                "Le classeur Excel « \(path) » est illisible : \(reason)",
                "The Excel workbook \"\(path)\" cannot be read: \(reason)")
        case .file(let error):
            error.message(lang)
        case .workbook(let path, let error):
            lang.pick(
                "Le classeur Excel « \(path) » est illisible : \(error.message(.fr))",
                "The Excel workbook \"\(path)\" cannot be read: \(error.message(.en))")
        case .tooLarge(let path, let row, let overflow):
            Self.tooLargeMessage(path, row, overflow, lang)
        }
    }
}

extension ReadError {
    static func tooLargeMessage(_ path: String, _ row: Int, _ overflow: RowOverflow, _ lang: Language) -> String {
        let mib = { (n: Int) in n >> 20 }
        switch overflow {
        case .cell(let column):
            return lang.pick(
                "« \(path) », ligne \(row), colonne \(column) : la cellule dépasse \(mib(Limits.cellBytes)) Mo, la "
                    + "limite d'irve. Un guillemet mal fermé a sans doute avalé la suite du fichier ; sinon, "
                    + "raccourcissez la cellule.",
                "\"\(path)\", row \(row), column \(column): the cell exceeds \(mib(Limits.cellBytes)) MB, irve's "
                    + "limit. An unclosed quote probably swallowed the rest of the file; otherwise shorten the cell.")
        case .row where row == 1:
            return lang.pick(
                "« \(path) » : la ligne d'en-tête dépasse \(mib(Limits.headerBytes)) Mo, la limite d'irve. Ce n'est "
                    + "pas un en-tête de tableau IRVE.",
                "\"\(path)\": the header line exceeds \(mib(Limits.headerBytes)) MB, irve's limit. This is not an "
                    + "IRVE table header.")
        case .row:
            return lang.pick(
                "« \(path) », ligne \(row) : l'enregistrement dépasse \(mib(Limits.rowBytes)) Mo, la limite d'irve. "
                    + "Un guillemet mal fermé a sans doute avalé la suite du fichier.",
                "\"\(path)\", row \(row): the record exceeds \(mib(Limits.rowBytes)) MB, irve's limit. An unclosed "
                    + "quote probably swallowed the rest of the file.")
        case .columns:
            return lang.pick(
                "« \(path) », ligne \(row) : plus de \(Limits.columns) colonnes, la limite d'irve (le schéma IRVE "
                    + "en a 40). Vérifiez le séparateur du fichier.",
                "\"\(path)\", row \(row): more than \(Limits.columns) columns, irve's limit (the IRVE schema has "
                    + "40). Check the file's delimiter.")
        }
    }
}

/// A file that is not a table although it may be named `.csv`.
public enum DisguisedFormat: String, Sendable, Equatable {
    case zip, pdf, html, xls, ods, json, binary

    func message(path: String, _ lang: Language) -> String {
        switch self {
        case .zip:
            lang.pick(
                "« \(path) » est une archive ZIP, pas un fichier CSV : décompressez-la et vérifiez le fichier "
                    + "qu'elle contient.",
                "\"\(path)\" is a ZIP archive, not a CSV file: unzip it and check the file inside.")
        case .pdf:
            lang.pick(
                "« \(path) » est un document PDF, pas un fichier CSV : les données doivent être publiées en tableau "
                    + "(CSV), exportées depuis le tableur.",
                "\"\(path)\" is a PDF document, not a CSV file: publish the data as a table (CSV) exported from the "
                    + "spreadsheet."
            )
        case .html:
            lang.pick(
                "« \(path) » est une page web (HTML), pas un fichier CSV : le lien téléchargé pointe sans doute vers "
                    + "une page et non vers le fichier.",
                "\"\(path)\" is a web page (HTML), not a CSV file: the downloaded link probably points to a page, "
                    + "not to the file."
            )
        case .xls:
            lang.pick(
                "« \(path) » est un classeur Excel ancien format (.xls) : enregistrez-le au format .xlsx ou "
                    + "exportez-le en CSV UTF-8.",
                "\"\(path)\" is a legacy Excel workbook (.xls): save it as .xlsx or export it as UTF-8 CSV.")
        case .ods:
            lang.pick(
                "« \(path) » est un classeur OpenDocument (.ods) : exportez-le en CSV UTF-8 ou en .xlsx.",
                "\"\(path)\" is an OpenDocument spreadsheet (.ods): export it as UTF-8 CSV or .xlsx.")
        case .json:
            lang.pick(
                "« \(path) » est un fichier JSON, pas un fichier CSV : le schéma IRVE attend un tableau CSV.",
                "\"\(path)\" is a JSON file, not a CSV file: the IRVE schema expects a CSV table.")
        case .binary:
            lang.pick(
                "« \(path) » contient des données binaires, pas du texte CSV.",
                "\"\(path)\" holds binary data, not CSV text.")
        }
    }
}
