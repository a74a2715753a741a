import Foundation
import IRVEFindings

/// The words of the file errors (`FileError`) and of the system causes they name.
protocol FileErrorWords {
    static func fileError(_ e: FileError) -> String
    static func systemCause(_ cause: SystemCause) -> String
}

extension French: FileErrorWords {}
extension English: FileErrorWords {}

extension Wording {
    public static func message(_ e: FileError, _ lang: Language) -> String {
        fileWords(lang).fileError(e)
    }

    public static func message(_ cause: SystemCause, _ lang: Language) -> String {
        fileWords(lang).systemCause(cause)
    }

    static func fileWords(_ lang: Language) -> any FileErrorWords.Type {
        Wording.words(lang).self
    }
}

extension FileError {
    /// The sentence shown to people (`Wording.message(_:_:)`).
    public func message(_ lang: Language) -> String { Wording.message(self, lang) }
}

/// Our own sentences for the system's error numbers, for the callers that quote a cause in their
/// own sentence.
public enum SystemErrorText {
    public static func cause(_ code: Int32, _ lang: Language) -> String {
        Wording.message(SystemCause(errno: code), lang)
    }

    /// Cuts a value quoted in a message (a pasted pattern, a cell) to a readable length.
    public static func clip(_ text: String, max: Int = 200, _ lang: Language = .fr) -> String {
        text.clipped(max, lang)
    }

    /// The cause inside a Foundation error (CocoaError, POSIXError), in our words; nil when there
    /// is no system cause to name. Foundation's own texts ("You don't have permission", "The file
    /// couldn't be saved") are English and often wrong about the cause.
    public static func cause(of error: any Error, _ lang: Language) -> String? {
        SystemCause(of: error).map { Wording.message($0, lang) }
    }
}

extension SystemCause {
    /// The cause named by a platform error number (errno).
    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .noSuchFile
        case EACCES, EPERM: self = .permissionDenied
        case ENOSPC: self = .diskFull
        case EDQUOT: self = .quotaExceeded
        case EROFS: self = .readOnly
        case EISDIR: self = .isFolder
        case ENOTDIR: self = .pathNotFolder
        case ENAMETOOLONG: self = .nameTooLong
        case ELOOP: self = .symlinkLoop
        case EEXIST: self = .exists
        case EIO: self = .inputOutput
        case EMFILE, ENFILE: self = .tooManyOpenFiles
        case EFBIG: self = .tooLargeForFileSystem
        case ETXTBSY, EBUSY: self = .busy
        case EXDEV: self = .crossDevice
        case ENXIO, ENODEV: self = .noDevice
        default: self = .system(code: code)
        }
    }

    /// The cause inside a Foundation error (CocoaError, POSIXError); nil when there is none to name.
    public init?(of error: any Error) {
        if let posix = error as? POSIXError {
            self.init(errno: posix.code.rawValue)
            return
        }
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(truncatingIfNeeded: ns.code))
            return
        }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(errno: Int32(truncatingIfNeeded: underlying.code))
            return
        }
        guard ns.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: self = .noSuchFile
        case .fileReadNoPermission, .fileWriteNoPermission: self = .permissionDenied
        case .fileWriteOutOfSpace: self = .diskFull
        case .fileWriteVolumeReadOnly: self = .readOnly
        case .fileWriteFileExists: self = .exists
        case .fileReadTooLarge: self = .fileTooLarge
        case .fileReadCorruptFile: self = .damagedFile
        default: self = .fileError(code: ns.code)
        }
    }
}
