import IRVEFindings

extension French: ExtractWords {
    static func extractError(_ e: ExtractError) -> String {
        switch e {
        case .noTerritory:
            "Aucun territoire demandé : indiquez au moins --commune CODE_INSEE, --departement NUMÉRO ou --siren SIREN."
        case .unknownCommune(let c):
            "« \(c) » n'est pas un code INSEE de commune du COG 2026 (ni un ancien code) : "
                + "le code INSEE (5 caractères, ex. 76540 pour Rouen) n'est pas le code postal."
        case .unknownDepartement(let d):
            "« \(d) » n'est pas un numéro de département du COG 2026 (ex. 76, 2A, 971)."
        case .invalidSIREN(let s): "« \(s) » n'est pas un SIREN : il faut 9 chiffres (ex. 217601657)."
        case .noReference: "Le référentiel géographique intégré est illisible (installation endommagée)."
        case .noTerritoryColumn(let p):
            "« \(p) » n'a aucune des colonnes qui situent une station (code_insee_commune, coordonneesXY, "
                + "siren_amenageur) : est-ce bien un fichier IRVE consolidé ?"
        case .noSchema: "Le schéma IRVE statique intégré est introuvable (installation endommagée)."
        case .read(let e): readError(e)
        case .file(let e): fileError(e)
        }
    }

    static func extractSummary(_ s: ExtractSummary, input: String, output: String?) -> [String] {
        var lines = [
            output.map { "Extraction de « \(input) » vers « \($0) » (schéma IRVE statique 2.3.1)." }
                ?? "Extraction de « \(input) » (aucun fichier écrit).",
            "Territoire : " + s.territory.map(place).joined(separator: ", ") + ".",
            "Lignes lues : \(count(s.rowsRead)) ; gardées : \(count(s.rowsKept)).",
        ]
        if s.rowsKept == 0 {
            lines.append("Aucune ligne de ce fichier ne correspond à ce territoire : vérifiez le code demandé.")
        } else {
            lines.append(
                "  par le code INSEE : \(count(s.keptByCode)) ; par le point (dans le contour) : "
                    + "\(count(s.keptByPoint)) ; par le SIREN de l'aménageur : \(count(s.keptBySIREN)) "
                    + "(une ligne peut compter plusieurs fois).")
            let ops = s.operators.prefix(5).map { "\($0.name) (\(count($0.count)) lignes)" }
            let more = s.operators.count > 5 ? ", et \(count(s.operators.count - 5)) autres" : ""
            lines.append("Stations : \(count(s.stations)) ; opérateurs : " + ops.joined(separator: ", ") + more + ".")
        }
        lines += disagreements(s)
        if !s.missingColumns.isEmpty {
            lines.append(
                "Colonnes du schéma absentes du fichier, laissées vides : " + s.missingColumns.joined(separator: ", ")
                    + ".")
        }
        if let p = s.pointColumns {
            lines.append(
                "coordonneesXY écrit à partir des colonnes « \(p.longitude) » et « \(p.latitude) » "
                    + "(\(count(s.rebuiltPoints)) lignes) : vérifiez l'ordre [longitude, latitude].")
        }
        if !s.droppedColumns.isEmpty {
            var list = s.droppedColumns.prefix(8).map {
                "\($0.name.isEmpty ? "(sans nom)" : $0.name) (\(count($0.count)))"
            }
            if s.droppedColumns.count > 8 { list.append("et \(count(s.droppedColumns.count - 8)) autres") }
            lines.append(
                "Colonnes hors schéma non reprises (valeurs non vides) : " + list.joined(separator: ", ") + ".")
        }
        lines.append(
            "Ce fichier est un brouillon, pas une publication : la commune doit vérifier chaque ligne "
                + "(irve check\(output.map { " \($0)" } ?? "")), la compléter et la corriger avant de publier.")
        return lines
    }

    private static func disagreements(_ s: ExtractSummary) -> [String] {
        guard s.disagreements > 0 else { return [] }
        var lines = [
            s.disagreementsKept
                ? "Point et code INSEE en désaccord : \(count(s.disagreements)) lignes gardées quand même, à vérifier :"
                : "Point et code INSEE en désaccord : \(count(s.disagreements)) lignes écartées "
                    + "(--keep-disagreements pour les garder) :"
        ]
        for d in s.disagreementSamples {
            let station = d.station.isEmpty ? "" : " (station \(d.station))"
            let at = d.pointCommune.map { "le point est à \($0)" } ?? "le point n'est dans aucune commune"
            lines.append(
                d.codeInTerritory
                    ? "  ligne \(d.row)\(station) : code \(d.code) du territoire, mais \(at)"
                    : "  ligne \(d.row)\(station) : point dans le territoire, mais code \(d.code)")
        }
        if s.disagreements > s.disagreementSamples.count {
            lines.append("  … et \(count(s.disagreements - s.disagreementSamples.count)) autres.")
        }
        return lines
    }

    private static func place(_ p: ExtractPlace) -> String {
        switch p {
        case .commune(let name, let code): "\(name) (\(code))"
        case .departement(let d): "département \(d)"
        case .siren(let s): "aménageur SIREN \(s)"
        }
    }

    static func extractHelp(_ t: HelpTopic.Extract) -> String {
        switch t {
        case .abstract: "Extrait les stations d'un territoire d'un fichier national consolidé (brouillon 2.3.1)."
        case .discussion:
            """
            Garde chaque ligne dont le code INSEE, ou le point (dans le contour de la commune), ou le SIREN de \
            l'aménageur correspond. Les lignes dont le point et le code sont en désaccord sont écartées et listées. \
            Le brouillon n'a que les colonnes du schéma 2.3.1 : vérifiez-le avec irve check avant de publier. \
            Codes de sortie : 0 extraction faite, 2 fichier ou commande impossible à traiter.
            """
        case .input: "Fichier national consolidé (CSV ou XLSX, toute version 2.x)."
        case .commune: "Code INSEE d'une commune du territoire (répétable) : 76540 pour Rouen."
        case .departement: "Numéro d'un département du territoire (répétable) : 76, 2A, 971."
        case .siren: "SIREN d'un aménageur dont toutes les stations sont gardées (répétable)."
        case .output: "Brouillon à écrire (CSV) ; sans -o, seul le résumé est affiché."
        case .force: "Remplacer le brouillon s'il existe déjà."
        case .keepDisagreements: "Garder aussi les lignes dont le point et le code INSEE sont en désaccord."
        }
    }
}
