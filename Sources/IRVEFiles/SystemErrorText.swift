import Foundation
import IRVEFindings

/// Our own sentences for the system's error numbers: Foundation's texts are English, and often
/// name the wrong cause ("You don't have permission" for a missing folder).
public enum SystemErrorText {
    public static func cause(_ code: Int32, _ lang: Language) -> String {
        switch code {
        case ENOENT: lang.pick("fichier ou dossier inexistant", "no such file or folder")
        case EACCES, EPERM: lang.pick("permission refusée", "permission denied")
        case ENOSPC: lang.pick("disque plein", "disk full")
        case EDQUOT: lang.pick("quota de disque dépassé", "disk quota exceeded")
        case EROFS: lang.pick("système de fichiers en lecture seule", "read-only file system")
        case EISDIR: lang.pick("c'est un dossier", "it is a folder")
        case ENOTDIR: lang.pick("un élément du chemin n'est pas un dossier", "a part of the path is not a folder")
        case ENAMETOOLONG: lang.pick("nom trop long", "name too long")
        case ELOOP: lang.pick("trop de liens symboliques (boucle ?)", "too many symbolic links (a loop?)")
        case EEXIST: lang.pick("le fichier existe déjà", "the file already exists")
        case EIO:
            lang.pick("erreur d'entrée-sortie (disque ou support défaillant ?)", "input/output error (failing disk?)")
        case EMFILE, ENFILE: lang.pick("trop de fichiers ouverts", "too many open files")
        case EFBIG: lang.pick("fichier trop grand pour ce système de fichiers", "file too large for this file system")
        case ETXTBSY, EBUSY: lang.pick("fichier occupé", "file busy")
        case EXDEV: lang.pick("dossiers sur des systèmes de fichiers différents", "folders on different file systems")
        case ENXIO, ENODEV: lang.pick("périphérique absent", "no such device")
        default: lang.pick("erreur système \(code)", "system error \(code)")
        }
    }

    /// Cuts a value quoted in a message (a pasted pattern, a cell) to a readable length.
    public static func clip(_ text: String, max: Int = 200, _ lang: Language = .fr) -> String {
        text.clipped(max, lang)
    }
}

extension SystemErrorText {
    /// The cause inside a Foundation error (CocoaError, POSIXError), in our words; nil when there
    /// is no system cause to name. Foundation's own texts ("You don't have permission", "The file
    /// couldn't be saved") are English and often wrong about the cause.
    public static func cause(of error: any Error, _ lang: Language) -> String? {
        if let posix = error as? POSIXError { return cause(posix.code.rawValue, lang) }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return cause(Int32(truncatingIfNeeded: ns.code), lang) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return cause(Int32(truncatingIfNeeded: underlying.code), lang)
        }
        guard ns.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return cause(ENOENT, lang)
        case .fileReadNoPermission, .fileWriteNoPermission: return cause(EACCES, lang)
        case .fileWriteOutOfSpace: return cause(ENOSPC, lang)
        case .fileWriteVolumeReadOnly: return cause(EROFS, lang)
        case .fileWriteFileExists: return cause(EEXIST, lang)
        case .fileReadTooLarge: return lang.pick("fichier trop grand", "file too large")
        case .fileReadCorruptFile: return lang.pick("fichier endommagé", "damaged file")
        default: return lang.pick("erreur de fichier \(ns.code)", "file error \(ns.code)")
        }
    }
}
