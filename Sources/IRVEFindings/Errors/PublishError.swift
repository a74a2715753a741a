/// Everything that stops `describe` or `publish`. Data only: the words, each saying what to do,
/// are in IRVEWording. No case holds the API key: messages may be printed, logged and pasted in a
/// support request.
///
/// irve's own reasons are typed (`MetadataFileProblem`, `MetadataProblem`, `StateCause`,
/// `MissingInAnswer`, `PublishStep`); a `message` or `reason` string is udata's own text, quoted.
public enum PublishError: Error, Sendable, Equatable {
    // Local problems (before any request).
    case metadataFile(path: String, line: Int, problem: MetadataFileProblem)
    /// `field` is the key of the metadata file (`frequence`, `titre`…), French in both languages.
    case invalidMetadata(field: String, problem: MetadataProblem)
    /// The read stage's message, already worded in the user's language (its error types live in
    /// IRVERead and IRVEValidate).
    case unreadable(message: String)
    case notStatique(path: String, detected: String?)
    case fileHasErrors(path: String, errors: Int)
    case notCSV(path: String)
    case noAPIKey
    case keyFileTooOpen(path: String)
    case keyFileUnreadable(path: String)
    /// The local memory of publications (SQLite) cannot be used.
    case state(path: String, cause: StateCause)
    case write(path: String, reason: String)
    /// A file could not be written (missing folder, full disk, the input itself…).
    case file(FileError)
    // The network.
    case http(HTTPError)
    // udata's answers (catalogue of ../shared/docs/datagouv-api.md §10).
    case invalidKey(reason: String)
    case notMember(organization: String, memberOf: [String])
    case organizationAmbiguous([String])
    case permissionDenied(step: PublishStep)
    case notFound(step: PublishStep, message: String)
    case datasetDeleted(id: String)
    case validation(step: PublishStep, errors: [FieldError])
    case refused(step: PublishStep, status: Int, message: String)
    case uploadFailed(message: String)
    case tooLarge
    case readOnly(message: String)
    case rateLimited
    case serverError(step: PublishStep, status: Int)
    case ambiguousDatasets([String])
    /// A success that lacks what irve needs to go on.
    case unexpected(step: PublishStep, status: Int, missing: MissingInAnswer)

    /// One field error of a 400, as udata names and says it.
    public struct FieldError: Sendable, Equatable {
        public var field: String
        public var message: String

        public init(field: String, message: String) {
            self.field = field
            self.message = message
        }
    }
}

/// What is wrong with the metadata file (`fiche.txt`).
public enum MetadataFileProblem: Sendable, Equatable {
    /// A line without `:`.
    case notKeyValue
    /// `key` as written; `known` lists the keys the file may use.
    case unknownKey(String, known: [String])
    case notFound
    case isFolder
    /// More than 1 MiB: not a metadata file.
    case tooLarge
    case notUTF8
    case unreadable
    /// The system's cause, worded by IRVEFiles (until its words move to IRVEWording).
    case system(cause: String)
}

/// Why a metadata value is refused before anything is sent.
public enum MetadataProblem: Sendable, Equatable {
    case unknownFrequency(String)
    case unknownLicense(String)
    case unknownGranularity(String)
    /// Not `YYYY-MM-DD`.
    case notADate(String)
    /// `count` characters; `minimum` is shown when an empty text is refused too.
    case length(count: Int, minimum: Int?, maximum: Int)
    /// The tag becomes `slug` on data.gouv.fr, which is not 3 to 96 characters long.
    case tagLength(tag: String, slug: String)
}

/// Why the local memory of publications cannot be used.
public enum StateCause: Sendable, Equatable {
    /// Not irve's SQLite file, or a damaged one.
    case notAState
    case diskFull
    /// Permissions, missing folder.
    case cannotOpen
    /// Another irve holds it.
    case busy
    case sqlite(code: Int32)
    /// The system's cause, worded by IRVEFiles (until its words move to IRVEWording).
    case system(cause: String)
    /// An error of this type, which irve did not expect.
    case unexpected(type: String)
}

/// What a successful answer of udata lacked.
public enum MissingInAnswer: Sendable, Equatable {
    case datasetID
    case resourceID
}

/// The requests of a publication, in order (../shared/docs/datagouv-api.md §3): the step an error
/// or a dry-run file names.
public enum PublishStep: Sendable, Equatable, CaseIterable {
    case checkKey
    case searchDataset
    case searchDatasetByTag
    case readDataset
    case createDataset
    case uploadFile
    case replaceFile
    case describeResource
    case createContact
    case writeRecord
}
