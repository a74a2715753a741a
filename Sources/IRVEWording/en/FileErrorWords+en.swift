import IRVEFindings

extension English {
    static func fileError(_ e: FileError) -> String {
        switch e {
        case .sameAsInput(let p):
            "\"\(p)\" is the input file: irve never modifies the original. Choose another name."
        case .sameOutputTwice(let p):
            "\"\(p)\" is given for two outputs: choose two different names."
        case .exists(let p):
            "\"\(p)\" already exists: add --force to replace it."
        case .outputIsDirectory(let p):
            "\"\(p)\" is a folder: give a file name for the output."
        case .missingFolder(let p, let folder):
            "Cannot write \"\(p)\": the folder \"\(folder)\" does not exist."
        case .notAFolder(let p, let folder):
            "Cannot write \"\(p)\": \"\(folder)\" is not a folder."
        case .folderNotWritable(let p, let folder):
            "Cannot write \"\(p)\": permission denied in the folder \"\(folder)\"."
        case .notFound(let p):
            "File not found: \"\(p)\". Check the path and file name."
        case .inputIsDirectory(let p):
            "\"\(p)\" is a folder, not a file."
        case .streamTooLarge(let p, let limit) where p == "-":
            "Standard input gives more than \(limit >> 20) MiB: irve stops. Save the data to a file."
        case .streamTooLarge(let p, let limit):
            "\"\(p)\" is not a regular file (pipe, device or standard input) and gives more than "
                + "\(limit >> 20) MiB: irve stops. Save the data to a file."
        case .tooLarge(let p, let limit):
            "\"\(p)\" is larger than \(size(limit)): not a file of this kind."
        case .system(let p, .open, let code), .system(let p, .read, let code):
            "Cannot read \"\(p)\": \(systemCause(SystemCause(errno: code)))."
        case .system(let p, .create, let code), .system(let p, .write, let code), .system(let p, .rename, let code):
            "Cannot write \"\(p)\": \(systemCause(SystemCause(errno: code)))."
        }
    }

    /// A size limit as people read it: "64 MiB", "512 KiB".
    private static func size(_ bytes: Int) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : "\(bytes >> 10) KiB"
    }

    static func systemCause(_ cause: SystemCause) -> String {
        switch cause {
        case .noSuchFile: "no such file or folder"
        case .permissionDenied: "permission denied"
        case .diskFull: "disk full"
        case .quotaExceeded: "disk quota exceeded"
        case .readOnly: "read-only file system"
        case .isFolder: "it is a folder"
        case .pathNotFolder: "a part of the path is not a folder"
        case .nameTooLong: "name too long"
        case .symlinkLoop: "too many symbolic links (a loop?)"
        case .exists: "the file already exists"
        case .inputOutput: "input/output error (failing disk?)"
        case .tooManyOpenFiles: "too many open files"
        case .tooLargeForFileSystem: "file too large for this file system"
        case .busy: "file busy"
        case .crossDevice: "folders on different file systems"
        case .noDevice: "no such device"
        case .system(let code): "system error \(code)"
        case .fileTooLarge: "file too large"
        case .damagedFile: "damaged file"
        case .fileError(let code): "file error \(code)"
        }
    }
}
