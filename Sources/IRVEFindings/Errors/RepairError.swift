/// Why `irve fix` refused or failed (exit code 2). Data only: the words are in IRVEWording.
public enum RepairError: Error, Sendable {
    case sameFile(String)
    case exists(String)
    case read(ReadError)
    /// The statique schema the repair writes to is not in the catalogue (a broken build).
    case noSchema(path: String)
    /// An output could not be created or written (missing folder, full disk…).
    case file(FileError)
    /// The repaired file could not be written as a workbook (`-o x.xlsx`).
    case workbook(XLSXWriteError)
    /// A `--map` that the header or the schema does not fit.
    case columnMap(ColumnMapError)

    public init(_ error: FileError) {
        switch error {
        case .sameAsInput(let p): self = .sameFile(p)
        case .exists(let p): self = .exists(p)
        default: self = .file(error)
        }
    }
}
