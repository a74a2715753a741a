/// What `irve publish` tells along the way: the progress of each step and the warnings. Data only:
/// the words are in IRVEWording.
public enum PublishNotice: Sendable, Equatable {
    // Warnings.
    case forcedWithErrors(errors: Int)
    /// The file declares `declared`; the national consolidation keeps `kept` only.
    case oldSchemaVersion(declared: String, kept: String)
    /// The key's account belongs to no organisation: the dataset goes under a personal name.
    case noOrganisation
    case contactNotCreated(PublishError)
    /// The instance recorded another licence than the one sent (it does not know that one).
    case licenceReplaced(recorded: String, sent: String)
    // Progress of `--send`, step by step.
    case checkingKey
    case organisation(name: String)
    case lookingForDataset
    case datasetGiven(id: String)
    case datasetRemembered(id: String)
    case datasetFound(id: String)
    case creatingDataset
    case created(id: String)
    case existingDataset
    case replacingFile(resource: String)
    case uploading(name: String)
    case describingResource(schema: String, version: String)
    case creatingContact(email: String)
    case writingRecord
}
