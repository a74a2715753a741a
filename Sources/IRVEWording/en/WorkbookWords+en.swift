import IRVEFindings

extension English {
    static func xlsxWriteError(_ e: XLSXWriteError) -> String {
        switch e {
        case .libraryMissing(let detail):
            "Writing an Excel workbook needs the libxlsxwriter library (\(detail)), missing on this system: "
                + "install it (Debian, Ubuntu: apt-get install libxlsxwriter4), or write a .csv file"
        case .file(let error): fileError(error)
        case .read(let error): readError(error)
        case .tooManyRows(let path, let limit):
            "\(path): the table has more than \(limit) rows, Excel's maximum; workbook not written (write a .csv file)"
        case .tooManyColumns(let path, let limit):
            "\(path): the table has more than \(limit) columns, Excel's maximum; workbook not written"
        case .cellTooLong(let path, let row, let column, let limit):
            "\(path): the cell of row \(row), column “\(column)”, is longer than \(limit) characters, the maximum "
                + "of an Excel cell; workbook not written (write a .csv file)"
        case .library(let path, let code, let detail):
            "\(path): libxlsxwriter could not write the workbook (error \(code): \(detail))"
        }
    }

    static func workbookHelp(_ t: WorkbookHelp) -> String {
        switch t {
        case .templateAbstract: "Writes an empty IRVE 2.3.1 file, ready to fill (Excel or CSV)."
        case .templateDiscussion:
            """
            The workbook has a frozen header, a drop-down list on every column with fixed values, a help message \
            on every column (explanation and example), ids, INSEE codes, SIREN, phones and PDL formatted as text \
            (Excel keeps the leading zeros), dates formatted yyyy-mm-dd, and a “Help” sheet.
            Examples:
              irve template -o template.xlsx
              irve template -o template.csv --example
            """
        case .templateOutput:
            "File to write: .xlsx (workbook) or .csv (the header, and the example row with --example)."
        case .templateExample: "Adds one example row, filled with the schema's examples."
        case .templateForce: "Replaces the file if it already exists."
        case .annotate:
            "Also writes the data as an annotated Excel workbook: cells in error in red, warnings in orange, each "
                + "with a comment; a “Summary” sheet first."
        }
    }

    static func workbookLabel(_ l: WorkbookLabel) -> String {
        switch l {
        case .dataSheet: "Data"
        case .helpSheet: "Help"
        case .summarySheet: "Summary"
        case .helpColumn: "Column"
        case .helpRequired: "Required"
        case .helpType: "Type"
        case .helpValues: "Allowed values"
        case .helpExample: "Example"
        case .helpDescription: "Explanation"
        case .yes: "yes"
        case .no: "no"
        case .kind(let k): kind(k)
        case .example(let value): "Example: \(value)"
        case .requiredTitle: "Required"
        case .optionalTitle: "Optional"
        case .severity(.error): "Error"
        case .severity(.warning): "Warning"
        case .severity(.info): "Information"
        case .proposed(let value): "Proposed value: \(value)"
        case .author: "irve"
        case .summaryTitle(let file): "irve check report: \(file)"
        case .summarySchema(let s): "Schema: \(s)"
        case .summaryRows(let n): "Data rows: \(n)"
        case .summaryErrors(let n): "Errors: \(n)"
        case .summaryWarnings(let n): "Warnings: \(n)"
        case .summaryLegend:
            "Red: cell in error; orange: warning. Hover over a coloured cell to read its comment. Row numbers are "
                + "the report's."
        case .summaryGeneral: "Findings about the whole file"
        case .summaryColumns: "Findings by column"
        case .summaryHowTo:
            "Correct the cells in the “Data” sheet, save the workbook, then run irve check on this workbook again: "
                + "irve reads the “Data” sheet back."
        case .templateWritten(let path): "Template written: \(path)"
        case .annotatedWritten(let path): "Annotated workbook written: \(path)"
        }
    }

    private static func kind(_ k: ValueKind) -> String {
        switch k {
        case .text: "text"
        case .integer: "whole number"
        case .decimal: "decimal number (decimal point)"
        case .boolean: "boolean (true or false)"
        case .date: "date (yyyy-mm-dd)"
        case .coordinates: "coordinates [longitude,latitude]"
        case .list: "list of values"
        case .email: "e-mail address"
        }
    }

    /// The schema's descriptions are French: each 2.3.1 column explained in English.
    static func columnExplanation(_ name: String) -> String? {
        columnExplanations[name]
    }

    private static let columnExplanations: [String: String] = [
        "nom_amenageur": "Name of the owner of the charging infrastructure (company, local authority).",
        "siren_amenageur": "SIREN number (9 digits) of the owner.",
        "contact_amenageur": "E-mail address to contact the owner.",
        "nom_operateur": "Name of the operator that runs the stations.",
        "contact_operateur": "E-mail address to contact the operator.",
        "telephone_operateur": "Operator's phone number for users (hotline).",
        "nom_enseigne": "Brand of the charging network shown to users.",
        "id_station_itinerance": "Station id for roaming, as issued by AFIREV (e.g. FRA68P68021001).",
        "id_station_local": "Local id of the station, used by the operator.",
        "nom_station": "Name of the station.",
        "implantation_station": "Type of site where the station stands.",
        "adresse_station": "Full postal address of the station.",
        "code_insee_commune": "INSEE code (5 characters) of the station's commune.",
        "coordonneesXY": "Position as [longitude,latitude] in WGS84 decimal degrees.",
        "nbre_pdc": "Number of charging points of the station.",
        "id_pdc_itinerance": "Charging point id for roaming, as issued by AFIREV (e.g. FRA68E680210015).",
        "id_pdc_local": "Local id of the charging point, used by the operator.",
        "puissance_nominale": "Maximum power of the charging point, in kW.",
        "prise_type_ef": "Whether the point has a domestic (type E/F) socket.",
        "prise_type_2": "Whether the point has a Type 2 socket.",
        "prise_type_combo_ccs": "Whether the point has a Combo CCS connector.",
        "prise_type_chademo": "Whether the point has a CHAdeMO connector.",
        "prise_type_autre": "Whether the point has another kind of socket or connector.",
        "gratuit": "Whether charging is free.",
        "paiement_acte": "Whether one-off payment is possible without a subscription.",
        "paiement_cb": "Whether payment by bank card is possible.",
        "paiement_autre": "Whether other means of payment are accepted.",
        "tarification": "Prices, in free text.",
        "condition_acces": "Whether access is free to all or reserved.",
        "reservation": "Whether the charging point can be booked.",
        "horaires": "Opening hours, in OpenStreetMap opening_hours syntax (24/7 when always open).",
        "accessibilite_pmr": "Accessibility for people with reduced mobility.",
        "restriction_gabarit": "Size restrictions for vehicles (height, length), in free text.",
        "station_deux_roues": "Whether the station is reserved for two-wheelers.",
        "raccordement": "Grid connection: direct, or indirect through a building's supply.",
        "num_pdl": "Delivery point number (PDL, 14 digits) of the electricity supply.",
        "date_mise_en_service": "Date the station was put into service (yyyy-mm-dd).",
        "observations": "Any useful remark, in free text.",
        "date_maj": "Date of the last update of this row (yyyy-mm-dd).",
        "cable_t2_attache": "Whether a Type 2 cable is attached to the charging point.",
    ]
}
