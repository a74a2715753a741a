/// What the command line says about a mistake in its own use: the argument parser's complaints
/// (re-worded: its texts are English only) and the commands' own checks of their options.
/// Worded by `Wording.message(_:_:)` in every language.
public enum UsageMessage: Sendable, Equatable {
    /// A file name that starts with "-" would be read as options.
    case dashFileName(String)
    case unknownOption(String, suggestion: String?)
    /// "-1" after an option reads to the parser as a missing value.
    case notANonNegativeNumber(option: String, value: String)
    case missingValue(option: String)
    case invalidValue(String, option: String, choices: [String])
    case missingArgument(String)
    case unexpectedArgument(String)
    /// `--lang` with something else than a language (`received` when the command says what it got).
    case languageExpected(received: String?)
    case maxFindingsNegative
    /// `irve serve --port` outside 1…65535, `--max-upload-mb` below 1.
    case portOutOfRange, maxUploadTooSmall
    case checkNeedsFile
    case markdownNeedsRules
    /// `--annotate` writes the workbook of one local file, not of a folder, several files or a URL.
    case annotateNeedsOneFile
    case unknownRule(String)
    case fixNeedsOutput
    /// Two options that cannot be given together.
    case exclusiveOptions(String, String)
    case geocoderOrBANIndex
    case addressThresholdExpected
    case banFilesNeeded
    /// The frame around any of the above (and around a text the parser gave that we do not know).
    /// `command`: the subcommand whose help is suggested (`check`, `fix`, `geo import-ban`…).
    case invalidCommand(detail: String, command: String)
}

/// What the commands print about their work: progress, summaries, where the results went.
public enum CommandMessage: Sendable, Equatable {
    /// The label of `check`'s progress line.
    case checking
    /// One change of `fix --dry-run`.
    case proposedChange(row: Int, column: String, before: String, after: String, rule: RepairCode, confidence: String)
    case changeSummary(changes: Int, rows: Int, countsByRule: [RepairCode: Int])
    case repairedFile(String)
    case stillToFill
    case stillMissing(field: String, rows: Int)
    case banFileRead(file: String, lines: Int, seconds: Double)
    case banIndexBuilt(BANImportFigures)
    case banIndexUse(path: String)
    case recordWritten(String)
    case noOrganisation
    case dryRunHeader(api: String)
    case dryRunWritten(folder: String, files: Int)
    /// An HTTP status, or nil for a network error.
    case retrying(status: Int?, seconds: Int)
    case published(created: Bool, dataset: String, resource: String)
    case qualityScore(Int)
    /// A message about a file that does not name it: the file's name, then the message.
    case aboutFile(String, message: String)
    /// What replaces the API key if it ever shows up in a message.
    case maskedAPIKey
}

/// The figures of a finished BAN import.
public struct BANImportFigures: Sendable, Equatable {
    public var path: String
    public var lines: Int
    public var addresses: Int
    public var streets: Int
    public var communes: Int
    public var seconds: Double
    public var linesPerSecond: Int

    public init(
        path: String, lines: Int, addresses: Int, streets: Int, communes: Int, seconds: Double,
        linesPerSecond: Int
    ) {
        self.path = path
        self.lines = lines
        self.addresses = addresses
        self.streets = streets
        self.communes = communes
        self.seconds = seconds
        self.linesPerSecond = linesPerSecond
    }
}
