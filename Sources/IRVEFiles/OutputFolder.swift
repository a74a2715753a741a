import Foundation
import IRVEFindings

/// A folder irve writes several files into (the publication plan), created with its parents.
public enum OutputFolder {
    public static func create(_ path: String) throws(FileError) {
        let raw = RawPath.bytes(path)
        var s = stat()
        if OutputFile.call(raw, { stat($0, &s) }) == 0 {
            guard s.st_mode & S_IFMT == S_IFDIR else { throw .notAFolder(path: path, folder: path) }
            return
        }
        let (parent, _) = OutputFile.split(raw)
        if parent != raw, OutputFile.call(parent, { stat($0, &s) }) != 0 {
            try create(OutputFile.text(parent))
        }
        if OutputFile.call(raw, { mkdir($0, 0o777) }) != 0, errno != EEXIST {
            let code = errno
            if code == EACCES || code == EPERM { throw .folderNotWritable(path: path, folder: OutputFile.text(parent)) }
            throw .system(path: path, operation: .create, code: code)
        }
    }
}
