import IRVEFindings

extension English {
    static func describePhrase(_ p: DescribePhrase) -> String {
        switch p {
        case .pageTitle(let file): "# Metadata record — \(file)"
        case .checked(let schema, let version, let errors, let warnings):
            "File checked: schema \(schema) \(version), \(errors) error(s), \(warnings) warning(s)."
        case .oldVersion(let version, let kept):
            "⚠ The file is in version \(version): data.gouv.fr consolidates \(kept) only. Upgrade it to \(kept) "
                + "with \"irve fix\"."
        case .refusedWhileErrors: "⚠ As long as the file has errors, \"irve publish\" will refuse to publish it."
        case .datasetHeading: "## Dataset"
        case .descriptionHeading: "### Description"
        case .resourceHeading: "## Resource"
        case .qualityHeading: "## Quality"
        case .field(let f, let value): "**\(describeField(f))**: \(value)"
        case .organisationOfYourAccount: "(your data.gouv.fr account's)"
        case .noZone: "(none: code_insee_commune is empty)"
        case .granularity(let g): "granularity \"\(g)\""
        case .period(let start, let end): "from \(start)\(end.map { " to \($0)" } ?? "")"
        case .frequencyMeaning(let id): frequencyMeaning(id)
        case .noContact: "(none: fill contact_amenageur or \"contact-email\" in the metadata file)"
        }
    }

    private static func describeField(_ f: DescribePhrase.Field) -> String {
        switch f {
        case .title: "Title"
        case .organisation: "Organisation"
        case .shortDescription: "Short description"
        case .tags: "Tags"
        case .spatial: "Spatial coverage"
        case .temporal: "Temporal coverage"
        case .frequency: "Update frequency"
        case .licence: "Licence"
        case .contact: "Contact point"
        case .description: "Description"
        case .type: "Type"
        case .schema: "Schema"
        }
    }

    private static func frequencyMeaning(_ id: String) -> String {
        switch id {
        case "irregular": "irregularly, at each commissioning or change of a station"
        case "punctual": "punctually"
        case "daily": "every day"
        case "weekly": "every week"
        case "monthly": "every month"
        case "quarterly": "every quarter"
        case "semiannual": "twice a year"
        case "annual": "every year"
        case "continuous": "continuously"
        default: "at the frequency \"\(id)\""  // an id of data.gouv.fr's list irve does not word
        }
    }
}
