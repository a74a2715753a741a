import IRVEFindings

extension English {
    static func engine(_ facts: EngineFacts) -> String {
        switch facts {
        case .typeError(let cell, let field, let problem): typeError(cell, field, problem)
        case .constraint(let cell, let field, let problem): constraint(cell, field, problem)
        case .missingCell(let row, let field, let column):
            "Row \(row) has fewer cells than the header: the cell of \"\(field)\" (column \(column)) is missing."
        case .extraCell(let row, let column, let cell):
            "Row \(row) has more cells than the header (extra cell in column \(column): \"\(cell)\"). A text "
                + "probably holds the delimiter without quotes."
        case .blankRow(let row):
            "Row \(row) is blank: remove it."
        case .mojibake(let cell):
            "\"\(cell)\" holds characters damaged by an encoding error (e.g. \"Ã©\" for \"é\", or \"�\"). Fix the "
                + "text and save as UTF-8 CSV."
        }
    }

    /// The schema's example, when it gives one, ending a sentence.
    static func example(_ f: FieldFacts) -> String {
        f.example.map { " Valid example: \"\($0)\"." } ?? ""
    }

    private static func constraint(_ cell: String, _ f: FieldFacts, _ problem: ConstraintProblem) -> String {
        switch problem {
        case .required:
            "Missing required value: column \"\(f.name)\" must be filled on every row.\(example(f))"
        case .pattern(let hint):
            "\"\(cell)\" does not match the format required for \"\(f.name)\".\(hint.map(patternHint) ?? "")"
                + "\(example(f)) (pattern: \(f.pattern ?? ""))"
        case .enumeration(let exact):
            "\"\(cell)\" is not an allowed value for \"\(f.name)\"."
                + (exact.map { " Write exactly \"\($0)\" (case, accents and spaces matter)." } ?? "")
                + " Allowed: \(f.enumValues.map { "\"\($0)\"" }.joined(separator: ", "))."
        case .minimum:
            "\"\(cell)\" is below the minimum (\(f.minimum ?? "")) of \"\(f.name)\"."
        case .maximum:
            "\"\(cell)\" is above the maximum (\(f.maximum ?? "")) of \"\(f.name)\"."
        case .exclusiveMinimum:
            "\"\(cell)\" must be greater than \(f.exclusiveMinimum ?? "")."
        case .exclusiveMaximum:
            "\"\(cell)\" must be less than \(f.exclusiveMaximum ?? "")."
        case .minLength:
            "\"\(cell)\" is too short: at least \(f.minLength ?? 0) characters."
        case .maxLength:
            "\"\(cell)\" is too long: at most \(f.maxLength ?? 0) characters."
        case .unique:
            "\"\(cell)\" appears on several rows but \"\(f.name)\" must be unique."
        case .other(let name):
            "\"\(cell)\" breaks constraint \"\(name)\"."
        }
    }

    private static func patternHint(_ hint: PatternHint) -> String {
        switch hint {
        case .idSeparators(let fixed):
            " The legacy AFIREV \"*\" separators and spaces are not allowed: write \"\(fixed)\"."
        case .idLowerCase:
            " Letters must be upper case."
        case .idNonConcerne:
            " Write exactly \"Non concerné\"."
        case .idExpected(let letter):
            " Expected: 2-letter country, operator code, \"\(letter)\" then the id (6 to 35 upper-case letters and "
                + "digits), or \"Non concerné\"."
        case .horairesAllDay:
            " For round-the-clock access, write exactly \"24/7\"."
        case .horairesSeconds:
            " Remove the seconds: \"08:00-19:00\"."
        case .horairesTrailingSpace:
            " Remove the trailing space."
        case .horairesExpected:
            " Expected: \"24/7\" or OpenStreetMap ranges such as \"Mo-Fr 08:00-12:00,Mo-Fr 14:00-18:00\"."
        case .inseeLostZero(let fixed):
            " The code lost its leading zero: write \"\(fixed)\"."
        case .inseeExpected:
            " Expected: the 5-character INSEE code of the commune (not the postcode), 2A/2B for Corsica."
        case .sirenIsSiret:
            " This is a SIRET: keep the first 9 digits."
        case .sirenExpected:
            " Expected: the SIREN, exactly 9 digits without spaces."
        }
    }
}
