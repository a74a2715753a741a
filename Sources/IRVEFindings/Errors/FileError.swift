/// Why an input could not be opened or an output could not be written. Data only: the words are in
/// IRVEWording (and, until moved there, in the `message` extension of IRVEFiles).
public enum FileError: Error, Sendable, Equatable {
    /// The output is one of the inputs (same device and inode: through symlinks and hard links too).
    case sameAsInput(path: String)
    /// Two outputs of one command are the same file.
    case sameOutputTwice(path: String)
    case exists(path: String)
    case outputIsDirectory(path: String)
    case missingFolder(path: String, folder: String)
    case notAFolder(path: String, folder: String)
    /// The folder exists but irve may not create files in it.
    case folderNotWritable(path: String, folder: String)
    case notFound(path: String)
    case inputIsDirectory(path: String)
    /// A pipe, a device or stdin gave more than `limit` bytes.
    case streamTooLarge(path: String, limit: Int)
    /// A small input (schema, fiche, key) larger than it can be.
    case tooLarge(path: String, limit: Int)
    /// A system call failed: `operation` is "read", "write", "create", "rename", "open".
    case system(path: String, operation: Operation, code: Int32)

    public enum Operation: String, Sendable { case open, read, create, write, rename }

    public var path: String {
        switch self {
        case .sameAsInput(let p), .sameOutputTwice(let p), .exists(let p), .outputIsDirectory(let p),
            .missingFolder(let p, _), .notAFolder(let p, _), .folderNotWritable(let p, _), .notFound(let p),
            .inputIsDirectory(let p),
            .streamTooLarge(let p, _), .tooLarge(let p, _), .system(let p, _, _):
            p
        }
    }
}
