/// The cause of a failed system call, in the terms irve words it: Foundation's texts are English and
/// often name the wrong cause ("You don't have permission" for a missing folder). The mapping from
/// the platform's error numbers is in IRVEWording (`SystemErrorText`), which sees the platform.
public enum SystemCause: Sendable, Equatable {
    case noSuchFile, permissionDenied, diskFull, quotaExceeded, readOnly, isFolder, pathNotFolder
    case nameTooLong, symlinkLoop, exists, inputOutput, tooManyOpenFiles, tooLargeForFileSystem, busy
    case crossDevice, noDevice
    /// An error number irve has no words of its own for.
    case system(code: Int32)
    /// Foundation's (CocoaError) causes that have no error number.
    case fileTooLarge, damagedFile
    case fileError(code: Int)
}
