/// Why `irve extract` refused or failed (exit code 2). Data only: the words are in IRVEWording.
public enum ExtractError: Error, Sendable {
    /// No `--commune`, `--departement` or `--siren`: there is no territory to extract.
    case noTerritory
    /// A `--commune` that is neither a current COG 2026 code nor an old one.
    case unknownCommune(String)
    /// A `--departement` that no commune of the reference belongs to.
    case unknownDepartement(String)
    /// A `--siren` that is not nine digits.
    case invalidSIREN(String)
    /// The embedded geographic reference could not be read (a broken build).
    case noReference
    /// The file has none of the columns a territory is recognised by.
    case noTerritoryColumn(path: String)
    /// The statique schema the draft is written to is not in the catalogue (a broken build).
    case noSchema
    case read(ReadError)
    case file(FileError)
}
