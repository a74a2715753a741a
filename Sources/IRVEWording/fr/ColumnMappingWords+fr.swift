import IRVEFindings

extension French {
    static func columnMapping(_ p: ColumnProposal) -> String {
        let how: String
        switch p.confidence {
        case .certain: how = "irve fix la renommera « \(p.field) »."
        case .doubtful:
            how =
                "À vérifier : irve fix ne la renommera « \(p.field) » qu'avec --aggressive, ou avec "
                + "--map \"\(p.label)=\(p.field)\"."
        }
        return "La colonne \(p.column) « \(p.label) » correspond au champ « \(p.field) » "
            + "(\(mappingEvidence(p.evidence))) : \(how)"
    }

    static func mappingEvidence(_ evidence: MappingEvidence) -> String {
        switch evidence {
        case .synonym: "libellé d'export de portail open data"
        case .manual: "demandé avec --map"
        case .content(let kind, let matching, let sampled):
            "\(count(matching)) valeur(s) sur \(count(sampled)) ressemblent à \(kindName(kind))"
        }
    }

    static func kindName(_ kind: ContentKind) -> String {
        switch kind {
        case .coordinates: "des coordonnées"
        case .stationId: "des identifiants de station AFIREV"
        case .pointId: "des identifiants de point de charge AFIREV"
        case .inseeCode: "des codes INSEE de commune"
        case .communeCode: "des codes de commune (INSEE ou postaux)"
        case .siren: "des numéros SIREN"
        case .pdl: "des numéros de point de livraison (PDL)"
        case .boolean: "des booléens (oui/non)"
        case .date: "des dates"
        case .power: "des puissances en kW"
        case .openingHours: "des horaires d'ouverture"
        case .phone: "des numéros de téléphone"
        case .email: "des adresses électroniques"
        }
    }

    static func columnSummary(_ message: ColumnSummaryMessage) -> String {
        switch message {
        case .mapped(let p):
            "  • colonne « \(p.label) » → \(p.field) (\(mappingEvidence(p.evidence)))"
        case .notApplied(let p, let kept):
            "  • colonne « \(p.label) » : peut-être \(p.field) (\(mappingEvidence(p.evidence))), non appliqué "
                + "sans --aggressive"
                + (kept ? " ; colonne gardée à la fin du fichier pour ne rien perdre" : "")
        case .keptExtra(let label): "  • colonne « \(label) » gardée à la fin du fichier (--keep-extra)"
        case .dropped(let label, let cells):
            "  ⚠ COLONNE SUPPRIMÉE « \(label) » : \(count(cells)) valeur(s) non vide(s) absente(s) du fichier réparé"
        case .droppedHint(let label):
            "  Pour ne pas les perdre : --keep-extra (colonnes gardées à la fin), ou placez une colonne "
                + "sur un champ du schéma : --map \"\(label)=nom_du_champ\" (option répétable)."
        }
    }

    static func columnMapError(_ error: ColumnMapError) -> String {
        switch error {
        case .syntax(let text):
            "--map « \(text) » : la forme attendue est --map \"LIBELLÉ=champ\", par exemple "
                + "--map \"Puissance max KW=puissance_nominale\"."
        case .unknownField(let field, let known):
            "--map : « \(field) » n'est pas un champ du schéma statique. Champs possibles : "
                + known.joined(separator: ", ") + "."
        case .unknownColumn(let label, let labels):
            "--map : le fichier n'a pas de colonne « \(label) ». Colonnes du fichier : "
                + labels.map { "« \($0) »" }.joined(separator: ", ") + "."
        case .twice(let text):
            "--map « \(text) » : cette colonne ou ce champ est déjà placé par un autre --map."
        }
    }
}
