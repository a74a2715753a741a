import Foundation
import IRVEFindings

/// Why an .xlsx file could not be read. Each case carries what a commune needs to fix its file;
/// `message` is the French sentence shown to the user.
public enum XLSXError: Error, Equatable, Sendable {
    /// The file does not exist or cannot be opened (path).
    case unreadableFile(String)
    /// Not a ZIP archive, or a damaged/truncated one.
    case notAZip
    /// An OLE2 compound file: an Excel 97-2003 .xls renamed .xlsx, or a password-protected workbook.
    case legacyOrEncryptedWorkbook
    /// A ZIP spreadsheet in another format (OpenDocument .ods, binary .xlsb).
    case unsupportedFormat(String)
    /// A part the package needs is absent (path inside the archive).
    case missingPart(String)
    /// A part is not well-formed XML.
    case malformedXML(part: String, detail: String)
    /// The workbook lists no worksheet.
    case noSheet
    /// A part inflates beyond the limit (zip bomb guard).
    case partTooLarge(part: String, limit: Int)
    /// A part's compressed data cannot be read (bad deflate stream, CRC mismatch, truncated entry).
    case corruptPart(part: String, detail: String)
    /// The shared string table exceeds the memory limits (`XLSXLimits`).
    case sharedStringsTooLarge
    /// A cell the reader cannot place or resolve (bad reference, shared string index out of range).
    case invalidCell(reference: String, detail: String)
    /// A part could not be staged in a temporary file (disk full, no temporary directory).
    case temporaryFileUnavailable(String)
    /// `&name;` that is not one of XML's five: it would come from a DOCTYPE, never expanded.
    case undefinedEntity(part: String, entity: String, location: String?)
    /// All the parts read together inflate beyond the limit.
    case workbookTooLarge(limit: Int)
    /// One cell's text is beyond `XLSXLimits.maxCellBytes`.
    case cellTooLarge(reference: String, limit: Int)
    /// The sheet has a row beyond `XLSXLimits.maxRows`.
    case tooManyRows(limit: Int)

    public var message: String {
        switch self {
        case .unreadableFile(let path):
            return "Impossible d'ouvrir le fichier \(path)"
        case .notAZip:
            return "Le fichier n'est pas un classeur Excel .xlsx valide (archive ZIP illisible)"
        case .legacyOrEncryptedWorkbook:
            return "Le fichier est un classeur Excel 97-2003 (.xls) ou un classeur protégé par mot de passe : "
                + "enregistrez-le sans mot de passe au format .xlsx"
        case .unsupportedFormat(let format):
            return "Le classeur est au format \(format), non pris en charge : enregistrez-le au format .xlsx"
        case .missingPart(let part):
            return "Le classeur Excel est incomplet : la partie « \(part) » est absente de l'archive"
        case .malformedXML(let part, let detail):
            return "Le classeur Excel est endommagé : XML invalide dans « \(part) » (\(detail))"
        case .noSheet:
            return "Le classeur Excel ne contient aucune feuille de calcul"
        case .partTooLarge(let part, let limit):
            return "La partie « \(part) » du classeur dépasse \(limit / (1024 * 1024)) Mo une fois décompressée : "
                + "fichier refusé (possible bombe de décompression)"
        case .corruptPart(let part, let detail):
            return "Le classeur Excel est endommagé : la partie « \(part) » ne peut pas être décompressée (\(detail))"
        case .sharedStringsTooLarge:
            return "La table des textes partagés du classeur est trop volumineuse pour être lue en mémoire"
        case .invalidCell(let reference, let detail):
            return "Cellule \(reference) illisible : \(detail)"
        case .temporaryFileUnavailable(let detail):
            return "Impossible d'écrire le fichier temporaire de lecture du classeur (\(detail))"
        case .undefinedEntity(let part, let entity, let location):
            return "« \(part) »\(location.map { ", \($0)" } ?? "") utilise l'entité XML « &\(entity); », "
                + "déclarée par un DOCTYPE : irve ne développe jamais ces entités (sécurité), la ligne ne peut pas "
                + "être lue. "
                + "Enregistrez à nouveau le classeur depuis Excel ou LibreOffice"
        case .workbookTooLarge(let limit):
            return "Le classeur dépasse \(limit >> 20) Mo une fois décompressé : fichier refusé (possible bombe de "
                + "décompression)"
        case .cellTooLarge(let reference, let limit):
            return "La cellule \(reference) dépasse \(limit >> 20) Mo, la limite d'irve"
        case .tooManyRows(let limit):
            return "La feuille dépasse \(limit) lignes, le maximum d'Excel : fichier refusé"
        }
    }
}

extension XLSXError {
    /// The message in `lang` (French by default, as `message`).
    public func message(_ lang: Language) -> String { lang == .fr ? message : english }

    private var english: String {
        func at(_ location: String?) -> String {
            location.map {
                ", "
                    + $0.replacingOccurrences(of: "ligne", with: "row").replacingOccurrences(
                        of: "cellule", with: "cell")
            } ?? ""
        }
        switch self {
        case .unreadableFile(let path): return "Cannot open the file \(path)"
        case .notAZip: return "The file is not a valid Excel .xlsx workbook (unreadable ZIP archive)"
        case .legacyOrEncryptedWorkbook:
            return "The file is an Excel 97-2003 (.xls) or password-protected workbook: save it without a password "
                + "as .xlsx"
        case .unsupportedFormat(let format):
            return "The workbook is in \(format) format, not supported: save it as "
                + ".xlsx"
        case .missingPart(let part):
            return "The Excel workbook is incomplete: part \"\(part)\" is missing from the "
                + "archive"
        case .malformedXML(let part, let detail):
            return "The Excel workbook is damaged: invalid XML in \"\(part)\" "
                + "(\(detail))"
        case .noSheet: return "The Excel workbook holds no worksheet"
        case .partTooLarge(let part, let limit):
            return "Part \"\(part)\" of the workbook exceeds \(limit >> 20) MB once inflated: refused (possible zip "
                + "bomb)"
        case .corruptPart(let part, let detail):
            return "The Excel workbook is damaged: part \"\(part)\" cannot be "
                + "inflated (\(detail))"
        case .sharedStringsTooLarge: return "The workbook's shared string table is too large to be read in memory"
        case .invalidCell(let reference, let detail): return "Cell \(reference) cannot be read: \(detail)"
        case .temporaryFileUnavailable(let detail): return "Cannot write the workbook's temporary file (\(detail))"
        case .undefinedEntity(let part, let entity, let location):
            return "\"\(part)\"\(at(location)) uses the XML entity \"&\(entity);\" declared by a DOCTYPE: irve "
                + "never expands "
                + "such entities (security), the row cannot be read. Save the workbook again from Excel or LibreOffice"
        case .workbookTooLarge(let limit):
            return "The workbook exceeds \(limit >> 20) MB once inflated: refused "
                + "(possible zip bomb)"
        case .cellTooLarge(let reference, let limit): return "Cell \(reference) exceeds \(limit >> 20) MB, irve's limit"
        case .tooManyRows(let limit): return "The sheet has more than \(limit) rows, Excel's maximum: refused"
        }
    }
}

extension XLSXError: CustomStringConvertible {
    public var description: String { message }
}
