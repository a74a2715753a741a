import IRVEFindings

extension English {
    static func columnMapping(_ p: ColumnProposal) -> String {
        let how: String
        switch p.confidence {
        case .certain: how = "irve fix will rename it “\(p.field)”."
        case .doubtful:
            how =
                "To be checked: irve fix renames it “\(p.field)” only with --aggressive, or with "
                + "--map \"\(p.label)=\(p.field)\"."
        }
        return "Column \(p.column) “\(p.label)” matches the field “\(p.field)” "
            + "(\(mappingEvidence(p.evidence))): \(how)"
    }

    static func mappingEvidence(_ evidence: MappingEvidence) -> String {
        switch evidence {
        case .synonym: "label of an open-data portal export"
        case .manual: "asked for with --map"
        case .content(let kind, let matching, let sampled):
            "\(count(matching)) value(s) out of \(count(sampled)) look like \(kindName(kind))"
        }
    }

    static func kindName(_ kind: ContentKind) -> String {
        switch kind {
        case .coordinates: "coordinates"
        case .stationId: "AFIREV station ids"
        case .pointId: "AFIREV charge point ids"
        case .inseeCode: "INSEE commune codes"
        case .communeCode: "commune codes (INSEE or postcodes)"
        case .siren: "SIREN numbers"
        case .pdl: "delivery point numbers (PDL)"
        case .boolean: "booleans (yes/no)"
        case .date: "dates"
        case .power: "powers in kW"
        case .openingHours: "opening hours"
        case .phone: "phone numbers"
        case .email: "e-mail addresses"
        }
    }

    static func columnSummary(_ message: ColumnSummaryMessage) -> String {
        switch message {
        case .mapped(let p):
            "  • column “\(p.label)” → \(p.field) (\(mappingEvidence(p.evidence)))"
        case .notApplied(let p, let kept):
            "  • column “\(p.label)”: maybe \(p.field) (\(mappingEvidence(p.evidence))), not applied "
                + "without --aggressive"
                + (kept ? "; column kept at the end of the file so that nothing is lost" : "")
        case .keptExtra(let label): "  • column “\(label)” kept at the end of the file (--keep-extra)"
        case .dropped(let label, let cells):
            "  ⚠ COLUMN DROPPED “\(label)”: \(count(cells)) non-empty value(s) missing from the repaired file"
        case .droppedHint(let label):
            "  Not to lose them: --keep-extra (columns kept at the end), or place a column onto a "
                + "schema field: --map \"\(label)=field_name\" (repeatable option)."
        }
    }

    static func columnMapError(_ error: ColumnMapError) -> String {
        switch error {
        case .syntax(let text):
            "--map “\(text)”: the expected form is --map \"LABEL=field\", for example "
                + "--map \"Puissance max KW=puissance_nominale\"."
        case .unknownField(let field, let known):
            "--map: “\(field)” is not a field of the statique schema. Possible fields: "
                + known.joined(separator: ", ") + "."
        case .unknownColumn(let label, let labels):
            "--map: the file has no column “\(label)”. Columns of the file: "
                + labels.map { "“\($0)”" }.joined(separator: ", ") + "."
        case .twice(let text):
            "--map “\(text)”: this column or this field is already placed by another --map."
        }
    }
}
