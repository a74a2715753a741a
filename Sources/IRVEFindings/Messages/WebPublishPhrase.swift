/// The words of the web assistant's editable fiche and of its publication page (`irve serve`), and
/// the comment at the top of a `fiche.txt` it writes. Data only: the words are in IRVEWording.
public enum WebPublishPhrase: Sendable, Equatable {
    /// The comment lines at the top of a written `fiche.txt`.
    case ficheFileHeader
    case formIntro
    case fieldLabel(FicheField)
    case fieldHelp(FicheField)
    /// The data.gouv.fr quality criterion a field serves, by its label.
    case criterionHint(label: String)
    case generatedTags(String)
    case liveScoreNote
    case missingFor(maximum: Int)
    case fullScore(maximum: Int)
    case saveButton, downloadFicheButton, previewHeading
    case ficheSaved
    case openPublish, backToFiche
    case publishHeading(file: String)
    case publishIntro
    /// The file that « Publier » sends: the upload, or the upload with the repairs chosen.
    case fileToPublish(name: String, repaired: Bool)
    case keyHeading, keyLabel, keyHelp, demoAdvice
    case keyKept(api: String)
    case forgetKeyButton, keyForgotten
    case keyMissing
    case apiHeading, apiProduction, apiDemo, apiCustomSummary, apiCustomLabel
    case apiCustomInvalid(address: String)
    case planHeading(api: String)
    case planIntro
    case planButton, publishButton
    case errorsWarning(errors: Int)
    case forceLabel
    case noOrganisationExplained
    case refusedHeading
    case busy
    case publishedHeading(created: Bool)
    case datasetLink
    case realScore(Int, maximum: Int)
    case predictedScore(Int, maximum: Int)
    case scoreUnknown
    case warningsHeading, logHeading
}

/// The fields of the editable fiche, as the form names them.
public enum FicheField: String, Sendable, Equatable, CaseIterable {
    case title, organisation, descriptionShort, description, tags, zones, granularity
    case temporalStart, temporalEnd, frequency, licence, contactName, contactEmail
    case resourceTitle, resourceDescription
}
