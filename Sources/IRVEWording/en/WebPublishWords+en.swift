import IRVEFindings

extension English: WebPublishWords {
    static func webPublish(_ p: WebPublishPhrase) -> String {
        switch p {
        case .ficheFileHeader:
            "# Description record for data.gouv.fr, written by the IRVE assistant.\n"
                + "# Read by \"irve describe\" and \"irve publish\" (keep it beside the CSV, or use --metadata).\n"
                + "# Only the fields you changed are in it: the rest comes from the file."
        case .formIntro:
            "The record is filled in from the file, as irve describe does. Change what you need: the predicted "
                + "quality score updates, and says what is missing for the full score."
        case .fieldLabel(let f): ficheFieldLabel(f)
        case .fieldHelp(let f): ficheFieldHelp(f)
        case .criterionHint(let label): "data.gouv.fr quality criterion: \"\(label)\"."
        case .generatedTags(let tags): "Always added: \(tags)."
        case .liveScoreNote: "The score is computed again as you type, with data.gouv.fr's rules."
        case .missingFor(let maximum): "What is missing for \(maximum)/\(maximum):"
        case .fullScore(let maximum): "The record reaches \(maximum)/\(maximum)."
        case .saveButton: "Save the record and go on to publication"
        case .downloadFicheButton: "Download fiche.txt (for irve publish)"
        case .previewHeading: "Preview of the saved record"
        case .ficheSaved: "Record saved for this session."
        case .openPublish: "Publish on data.gouv.fr"
        case .backToFiche: "Back to the record"
        case .publishHeading(let file): "Publish \"\(file)\" on data.gouv.fr"
        case .publishIntro:
            "\"Publish\" does what irve publish --send does: finds the dataset already published or creates one, "
                + "replaces the file, writes the record and makes the dataset public. The file and the record are "
                + "then sent to the chosen API address, and to it only."
        case .fileToPublish(let name, let repaired):
            repaired
                ? "File sent: \"\(name)\", with the repairs you chose."
                : "File sent: \"\(name)\", as it was uploaded."
        case .keyHeading: "data.gouv.fr API key"
        case .keyLabel: "API key"
        case .keyHelp:
            "Log in on data.gouv.fr, open your administration space then your profile: its \"API key\" section "
                + "creates one for you to copy. The key stays in this server's memory, for this session only: it "
                + "is never written to disk nor shown again."
        case .demoAdvice:
            "For a first try, publish on demo.data.gouv.fr, the test site: its account and key are separate, "
                + "and nothing there counts for the national consolidation."
        case .keyKept(let api):
            "A key is kept in memory for \(api) until the session ends: leave the field empty to use it again."
        case .forgetKeyButton: "Forget the key"
        case .keyForgotten: "The key is forgotten."
        case .keyMissing: "Type the API key of the chosen site (it is asked only once per session)."
        case .apiHeading: "Where to publish"
        case .apiProduction: "data.gouv.fr (www.data.gouv.fr, the public site)"
        case .apiDemo: "demo.data.gouv.fr (test site, recommended to start with)"
        case .apiCustomSummary: "Another API address (a test udata instance)"
        case .apiCustomLabel: "API address (…/api/1)"
        case .apiCustomInvalid(let address):
            "API address refused: \"\(address)\". Give an https://…/api/1 address (http:// only on this "
                + "computer, 127.0.0.1 or localhost)."
        case .planHeading(let api): "Dry run: the requests that will be sent to \(api)"
        case .planIntro:
            "Nothing has been sent yet. The key is masked; {dataset}, {ressource}, {organisation} and {contact} "
                + "are replaced by the real ids when sending."
        case .planButton: "Show the dry run"
        case .publishButton: "Publish"
        case .errorsWarning(let errors):
            "This file has \(errors) error(s). Publishing a file with errors is a bad idea: the national "
                + "consolidation will drop it, and the drivers and services that read your data will see wrong "
                + "charging points. Repair it first (repairs page)."
        case .forceLabel: "I publish this file with errors anyway, and I will repair it as soon as possible"
        case .noOrganisationExplained:
            "The record names no organisation: the dataset will go to your account's organisation. If your "
                + "account has none, it would be published under your own name: individual accounts are excluded "
                + "from the national IRVE consolidation. First ask to join the commune's organisation on "
                + "data.gouv.fr."
        case .refusedHeading: "The publication was not done"
        case .busy: "A publication is already running for this session: wait for it to end."
        case .publishedHeading(let created): created ? "Published: new dataset" : "Published: dataset updated"
        case .datasetLink: "The dataset on data.gouv.fr"
        case .realScore(let score, let maximum): "Quality score read on data.gouv.fr: \(score)/\(maximum)"
        case .predictedScore(let score, let maximum): "(predicted score: \(score)/\(maximum))"
        case .scoreUnknown: "data.gouv.fr did not give the quality score."
        case .warningsHeading: "Warnings"
        case .logHeading: "Steps of the publication"
        }
    }

    static func ficheFieldLabel(_ f: FicheField) -> String {
        switch f {
        case .title: "Dataset title"
        case .organisation: "data.gouv.fr organisation"
        case .descriptionShort: "Short description"
        case .description: "Description (Markdown)"
        case .tags: "More tags (comma-separated)"
        case .zones: "Zones (data.gouv.fr codes, comma-separated)"
        case .granularity: "Spatial granularity"
        case .temporalStart: "Start of the period covered"
        case .temporalEnd: "End of the period covered"
        case .frequency: "Update frequency"
        case .licence: "Licence"
        case .contactName: "Contact point: name"
        case .contactEmail: "Contact point: email address"
        case .resourceTitle: "File title (resource)"
        case .resourceDescription: "File description (resource)"
        }
    }

    static func ficheFieldHelp(_ f: FicheField) -> String {
        switch f {
        case .title: "The dataset's name on data.gouv.fr (350 characters at most): keep \"IRVE\" first."
        case .organisation:
            "The exact name of the commune's organisation on data.gouv.fr. Empty: your account's."
        case .descriptionShort: "A one-line summary, 200 characters at most."
        case .description:
            "What the file holds and how to report a mistake. data.gouv.fr wants more than 100 characters."
        case .tags: "\"irve\" and the charging tags are always set; add more if needed."
        case .zones:
            "Derived from the file's INSEE codes (fr:commune:CODE). Without a zone, the spatial coverage "
                + "criterion is not met."
        case .granularity: "The level of detail: \"poi\" (one point per charging point) for an IRVE file."
        case .temporalStart: "Date of the first commissioning (YYYY-MM-DD)."
        case .temporalEnd: "Date of the most recent data (YYYY-MM-DD)."
        case .frequency:
            "\"irregular\" suits a file updated on each change (the decree's duty): data.gouv.fr never "
                + "flags it as late."
        case .licence: "Licence Ouverte 2.0 (lov2) or ODbL: the only ones a public body may use."
        case .contactName: "Who answers questions about this data."
        case .contactEmail: "A service address rather than a personal one."
        case .resourceTitle: "The file's name on the dataset's page."
        case .resourceDescription: "data.gouv.fr counts a resource without a description as undocumented."
        }
    }
}
