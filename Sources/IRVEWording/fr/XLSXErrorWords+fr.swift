import IRVEFindings

extension French {
    static func xlsxError(_ e: XLSXError) -> String {
        switch e {
        case .unreadableFile(let path):
            "Impossible d'ouvrir le fichier \(path)"
        case .notAZip:
            "Le fichier n'est pas un classeur Excel .xlsx valide (archive ZIP illisible)"
        case .legacyOrEncryptedWorkbook:
            "Le fichier est un classeur Excel 97-2003 (.xls) ou un classeur protégé par mot de passe : "
                + "enregistrez-le sans mot de passe au format .xlsx"
        case .unsupportedFormat(let format):
            "Le classeur est au format \(spreadsheet(format)), non pris en charge : enregistrez-le au format .xlsx"
        case .missingPart(let part):
            "Le classeur Excel est incomplet : la partie « \(part) » est absente de l'archive"
        case .malformedXML(let part, let problem, let place):
            "Le classeur Excel est endommagé : XML invalide dans « \(part) » (\(xml(problem))\(at(place)))"
        case .noSheet:
            "Le classeur Excel ne contient aucune feuille de calcul"
        case .partTooLarge(let part, let limit):
            "La partie « \(part) » du classeur dépasse \(limit >> 20) Mo une fois décompressée : "
                + "fichier refusé (possible bombe de décompression)"
        case .corruptPart(let part, let cause):
            "Le classeur Excel est endommagé : la partie « \(part) » ne peut pas être décompressée "
                + "(\(corrupt(cause)))"
        case .sharedStringsTooLarge:
            "La table des textes partagés du classeur est trop volumineuse pour être lue en mémoire"
        case .invalidCell(let reference, let problem):
            "Cellule \(reference) illisible : \(cell(problem))"
        case .temporaryFileUnavailable(let detail):
            "Impossible d'écrire le fichier temporaire de lecture du classeur (\(detail))"
        case .undefinedEntity(let part, let entity, let place):
            "« \(part) »\(at(place)) utilise l'entité XML « &\(entity); », "
                + "déclarée par un DOCTYPE : irve ne développe jamais ces entités (sécurité), la ligne ne peut pas "
                + "être lue. Enregistrez à nouveau le classeur depuis Excel ou LibreOffice"
        case .workbookTooLarge(let limit):
            "Le classeur dépasse \(limit >> 20) Mo une fois décompressé : fichier refusé (possible bombe de "
                + "décompression)"
        case .cellTooLarge(.cell(let reference), let limit):
            "La cellule \(reference) dépasse \(limit >> 20) Mo, la limite d'irve"
        case .cellTooLarge(.sharedString(let index), let limit):
            "La cellule texte partagé n° \(index) dépasse \(limit >> 20) Mo, la limite d'irve"
        case .tooManyRows(let limit):
            "La feuille dépasse \(limit) lignes, le maximum d'Excel : fichier refusé"
        }
    }

    private static func spreadsheet(_ format: SpreadsheetFormat) -> String {
        switch format {
        case .xlsb: "Excel binaire (.xlsb)"
        case .ods: "OpenDocument (.ods)"
        }
    }

    private static func at(_ place: SheetPlace?) -> String {
        guard let place else { return "" }
        return ", ligne \(place.row)" + (place.cell.map { ", cellule \($0)" } ?? "")
    }

    private static func xml(_ problem: XMLProblem) -> String {
        switch problem {
        case .emptyDocument: "document vide"
        case .truncated(let element): "document tronqué : <\(element)> jamais fermé"
        case .unclosedTagAtEnd: "balise non fermée en fin de document"
        case .cdataOutsideRoot: "CDATA hors de l'élément racine"
        case .closingWithoutOpening(let name): "balise </\(name)> sans <\(name)> ouvrante"
        case .twoRoots: "deux éléments racine"
        case .unknownDeclaration: "déclaration « <! » inconnue"
        case .missingTagName: "nom de balise manquant"
        case .attributeWithoutValue(let name): "attribut « \(name) » sans valeur"
        case .unquotedAttributeValue: "valeur d'attribut sans guillemets"
        case .unclosedAttributeValue: "valeur d'attribut non fermée"
        case .loneAmpersand: "« & » isolé (écrire &amp;)"
        case .invalidCharacterReference(let name): "référence de caractère « &\(name); » invalide"
        case .notUTF8: "octet non UTF-8 dans un nom ou un texte"
        case .tooDeep(let limit): "plus de \(limit) éléments imbriqués"
        case .tagTooLong: "balise de plus de 1 Mo"
        case .other(let text): text
        }
    }

    private static func corrupt(_ cause: CorruptPartCause) -> String {
        switch cause {
        case .truncatedArchive: "archive tronquée : la partie annonce plus d'octets que le fichier n'en a"
        case .checksum: "somme de contrôle CRC32 incorrecte"
        case .truncatedData: "données compressées tronquées"
        case .other(let text): text
        }
    }

    private static func cell(_ problem: CellProblem) -> String {
        switch problem {
        case .beyondLastColumn: "colonne au-delà de XFD, la dernière colonne d'Excel"
        case .missingSharedString(let index, let count):
            "texte partagé n° \(index) absent de la table (\(count) textes)"
        }
    }
}
