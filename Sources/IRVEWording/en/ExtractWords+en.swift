import IRVEFindings

extension English: ExtractWords {
    static func extractError(_ e: ExtractError) -> String {
        switch e {
        case .noTerritory:
            "No territory given: pass at least --commune INSEE_CODE, --departement NUMBER or --siren SIREN."
        case .unknownCommune(let c):
            "“\(c)” is not a commune INSEE code of COG 2026 (nor an old one): "
                + "the INSEE code (5 characters, e.g. 76540 for Rouen) is not the postcode."
        case .unknownDepartement(let d):
            "“\(d)” is not a department number of COG 2026 (e.g. 76, 2A, 971)."
        case .invalidSIREN(let s): "“\(s)” is not a SIREN: it must be 9 digits (e.g. 217601657)."
        case .noReference: "The embedded geographic reference cannot be read (damaged installation)."
        case .noTerritoryColumn(let p):
            "“\(p)” has none of the columns that locate a station (code_insee_commune, coordonneesXY, "
                + "siren_amenageur): is it a consolidated IRVE file?"
        case .noSchema: "The embedded IRVE statique schema is missing (damaged installation)."
        case .read(let e): readError(e)
        case .file(let e): fileError(e)
        }
    }

    static func extractSummary(_ s: ExtractSummary, input: String, output: String?) -> [String] {
        var lines = [
            output.map { "Extracted “\(input)” into “\($0)” (IRVE statique schema 2.3.1)." }
                ?? "Extraction of “\(input)” (no file written).",
            "Territory: " + s.territory.map(place).joined(separator: ", ") + ".",
            "Rows read: \(count(s.rowsRead)); kept: \(count(s.rowsKept)).",
        ]
        if s.rowsKept == 0 {
            lines.append("No row of this file matches this territory: check the code you asked for.")
        } else {
            lines.append(
                "  by INSEE code: \(count(s.keptByCode)); by point (inside the contour): "
                    + "\(count(s.keptByPoint)); by the owner's SIREN: \(count(s.keptBySIREN)) "
                    + "(a row may count several times).")
            let ops = s.operators.prefix(5).map { "\($0.name) (\(count($0.count)) rows)" }
            let more = s.operators.count > 5 ? ", and \(count(s.operators.count - 5)) more" : ""
            lines.append("Stations: \(count(s.stations)); operators: " + ops.joined(separator: ", ") + more + ".")
        }
        lines += disagreements(s)
        if !s.missingColumns.isEmpty {
            lines.append(
                "Schema columns missing from the file, left empty: " + s.missingColumns.joined(separator: ", ") + ".")
        }
        if let p = s.pointColumns {
            lines.append(
                "coordonneesXY written from the columns “\(p.longitude)” and “\(p.latitude)” "
                    + "(\(count(s.rebuiltPoints)) rows): check the [longitude, latitude] order.")
        }
        if !s.droppedColumns.isEmpty {
            var list = s.droppedColumns.prefix(8).map {
                "\($0.name.isEmpty ? "(unnamed)" : $0.name) (\(count($0.count)))"
            }
            if s.droppedColumns.count > 8 { list.append("and \(count(s.droppedColumns.count - 8)) more") }
            lines.append(
                "Columns outside the schema not copied (non-empty values): " + list.joined(separator: ", ") + ".")
        }
        lines.append(
            "This file is a draft, not a publication: the commune must check every row "
                + "(irve check\(output.map { " \($0)" } ?? "")), complete and correct it before publishing.")
        return lines
    }

    private static func disagreements(_ s: ExtractSummary) -> [String] {
        guard s.disagreements > 0 else { return [] }
        var lines = [
            s.disagreementsKept
                ? "Point and INSEE code disagree: \(count(s.disagreements)) rows kept anyway, to be checked:"
                : "Point and INSEE code disagree: \(count(s.disagreements)) rows left out "
                    + "(--keep-disagreements keeps them):"
        ]
        for d in s.disagreementSamples {
            let station = d.station.isEmpty ? "" : " (station \(d.station))"
            let at = d.pointCommune.map { "the point is in \($0)" } ?? "the point is in no commune"
            lines.append(
                d.codeInTerritory
                    ? "  row \(d.row)\(station): code \(d.code) is the territory's, but \(at)"
                    : "  row \(d.row)\(station): point inside the territory, but code \(d.code)")
        }
        if s.disagreements > s.disagreementSamples.count {
            lines.append("  … and \(count(s.disagreements - s.disagreementSamples.count)) more.")
        }
        return lines
    }

    private static func place(_ p: ExtractPlace) -> String {
        switch p {
        case .commune(let name, let code): "\(name) (\(code))"
        case .departement(let d): "department \(d)"
        case .siren(let s): "owner SIREN \(s)"
        }
    }

    static func extractHelp(_ t: HelpTopic.Extract) -> String {
        switch t {
        case .abstract: "Extracts a territory's stations from a national consolidated file (a 2.3.1 draft)."
        case .discussion:
            """
            Keeps every row whose INSEE code, or point (inside the commune's contour), or owner's SIREN \
            matches. Rows whose point and code disagree are left out and listed. The draft has only the 2.3.1 \
            schema's columns: check it with irve check before publishing. \
            Exit codes: 0 extraction done, 2 file or command could not be processed.
            """
        case .input: "National consolidated file (CSV or XLSX, any 2.x version)."
        case .commune: "INSEE code of a commune of the territory (repeatable): 76540 for Rouen."
        case .departement: "Number of a department of the territory (repeatable): 76, 2A, 971."
        case .siren: "SIREN of an owner whose stations are all kept (repeatable)."
        case .output: "Draft to write (CSV); without -o, only the summary is printed."
        case .force: "Replace the draft if it already exists."
        case .keepDisagreements: "Also keep the rows whose point and INSEE code disagree."
        }
    }
}
