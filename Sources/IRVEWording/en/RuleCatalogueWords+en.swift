import IRVEFindings

extension English: RuleCatalogueWords {
    static func ruleTitle(_ code: RuleCode) -> String {
        switch code {
        case .duplicateIdPdc: "Duplicated charge point id"
        case .stationIncoherent: "Station described inconsistently"
        case .nbrePdcMismatch: "nbre_pdc differs from the station's row count"
        case .idStructure: "Badly built identifier"
        case .idOperatorMismatch: "Operator code differs between station and point"
        case .idExampleCopied: "Example id copied"
        case .idLocalMissing: "\"Non concerné\" without a local id"
        case .powerInWatts: "Power given in watts"
        case .powerImplausible: "Implausible power"
        case .dateInFuture: "Date in the future"
        case .datesInverted: "Update before commissioning"
        case .sirenChecksum: "Invalid SIREN (check digit)"
        case .phoneFormat: "Badly written phone number"
        case .horairesFormat: "Badly written opening hours"
        case .connectorsAsPdc: "Connectors declared as charge points"
        case .placeholderText: "Placeholder in a text column"
        }
    }

    static func ruleExplanation(_ code: RuleCode) -> String {
        switch code {
        case .duplicateIdPdc:
            "Each charge point (row) needs its own id_pdc_itinerance (\"Non concerné\" excepted); duplicates "
                + "are dropped by the national consolidation."
        case .stationIncoherent:
            "Station-level columns are repeated on every row of a station and must be identical there."
        case .nbrePdcMismatch: "nbre_pdc is the station's number of charge points; the file needs one row per point."
        case .idStructure:
            "An itinerance id is: country code (FR), 3-character AFIREV operator code, P for a station or E "
                + "for a charge point, then the id, upper case, without \"*\" or spaces."
        case .idOperatorMismatch: "The operator code must be the same in the station id and in its charge points' ids."
        case .idExampleCopied: "The id is the schema's example: use the real id given by the operator."
        case .idLocalMissing: "When the itinerance id is \"Non concerné\", the local id is indispensable."
        case .powerInWatts: "puissance_nominale is in kW: above 500 the value is almost surely in watts."
        case .powerImplausible: "A power below 1.5 kW, or inconsistent with the declared connectors, is probably wrong."
        case .dateInFuture: "date_mise_en_service and date_maj cannot be later than today."
        case .datesInverted: "date_maj cannot precede date_mise_en_service."
        case .sirenChecksum: "A SIREN has a Luhn check digit: this number cannot exist."
        case .phoneFormat: "A French number has 10 digits starting with 0; no letters or invisible characters."
        case .horairesFormat: "horaires is \"24/7\" or OpenStreetMap opening hours (Mo Tu We Th Fr Sa Su, hh:mm)."
        case .connectorsAsPdc:
            "Several rows of a station have the same power, one connector each and consecutive ids: probably "
                + "the connectors of one charge point, which should be one row."
        case .placeholderText:
            "\"N/A\", \"XX\", \"Inconnu\", \"null\"… written in a free-text column to mean unknown: the "
                + "schema takes them as text. Leave the cell empty when unknown, or give the real value."
        }
    }

    static var rulesHeading: String { "IRVE business rules (beyond the schema) — switch off with --disable CODE\n\n" }
    static var rulesTableHeader: String { "| code | severity | rule | explanation |\n" }

    static func ruleSeverity(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "information"
        }
    }
}
