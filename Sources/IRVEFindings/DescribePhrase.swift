/// The words of `irve describe`'s page around the record (the record itself is French data for
/// data.gouv.fr). Data only: the words are in IRVEWording.
public enum DescribePhrase: Sendable, Equatable {
    case pageTitle(file: String)
    case checked(schema: String, version: String, errors: Int, warnings: Int)
    /// The file's version is not the one the national consolidation keeps.
    case oldVersion(version: String, kept: String)
    case refusedWhileErrors
    case datasetHeading
    case descriptionHeading
    case resourceHeading
    case qualityHeading
    /// A line of the record: the field's name and its value.
    case field(Field, value: String)
    case organisationOfYourAccount
    case noZone
    case granularity(String)
    case period(start: String, end: String?)
    /// What a data.gouv.fr frequency id means.
    case frequencyMeaning(String)
    case noContact

    /// The record's fields, as the page names them.
    public enum Field: Sendable, Equatable {
        case title, organisation, shortDescription, tags, spatial, temporal, frequency, licence, contact
        case description, type, schema
    }
}
