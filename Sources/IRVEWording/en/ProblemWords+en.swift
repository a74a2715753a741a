import IRVEFindings

extension English: ProblemWords {
    static func problem(_ p: ProblemPhrase) -> String {
        switch p {
        case .groupedHeading: "Problems, grouped"
        case .group(let subject, let n, let severity, let columns, let first, let last):
            subjectTitle(subject) + whereColumns(columns) + whereRows(first, last) + " — " + found(n, severity)
        case .whatNextHeading: "What next?"
        case .nothingToDo: "The file is valid: there is nothing to fix."
        case .outlook(let errors, let fixable, let remaining):
            outlook(errors: errors, fixable: fixable, remaining: remaining)
        case .fixCommand(let input):
            "To fix it: irve fix \(Wording.shellQuoted(input)) -o "
                + Wording.shellQuoted(Wording.repairedName(input, suffix: "fixed")) + " --log changes.csv"
        case .noRepairForSchema: "Automatic repair applies to the static IRVE schema only."
        }
    }

    private static func outlook(errors: Int, fixable: Int, remaining: Int) -> String {
        let e = count(errors)
        if fixable == 0 {
            return errors == 1
                ? "The error cannot be fixed automatically: the commune has to complete it."
                : "None of the \(e) errors can be fixed automatically: the commune has to complete them."
        }
        if remaining == 0 {
            return errors == 1 ? "The error can be fixed automatically." : "All \(e) errors can be fixed automatically."
        }
        let fixed = "\(count(fixable)) of the \(e) errors can be fixed automatically; "
        let rest = remaining == 1 ? "1 item is" : "\(count(remaining)) items are"
        return fixed + rest + " left for the commune to complete."
    }

    private static func subjectTitle(_ s: ProblemSubject) -> String {
        switch s {
        case .rule(let code): Wording.title(code, .en)
        case .wrongType(let type, let samples): typeTitle(type, samples)
        case .constraint(let name): constraintTitle(name)
        case .missingCell: "Missing cells (row too short)"
        case .extraCell: "Extra cells (row too long)"
        case .blankRow: "Blank rows"
        case .mojibake: "Accents damaged by a wrong encoding"
        case .other(let code): "\"\(code)\""
        }
    }

    private static func typeTitle(_ type: String, _ samples: [String]) -> String {
        let quoted = samples.map { "\"\($0)\"" }.joined(separator: ", ")
        let shown = samples.isEmpty ? "" : " (" + quoted + ")"
        switch type {
        case "boolean": return samples.isEmpty ? "Badly written booleans" : quoted + " instead of true/false"
        case "date", "datetime": return "Dates not in the yyyy-mm-dd format" + shown
        case "number", "integer": return "Badly written numbers" + shown
        case "geopoint": return "Badly written coordinates" + shown
        default: return "Values not of type \"\(type)\"" + shown
        }
    }

    private static func constraintTitle(_ name: String) -> String {
        switch name {
        case "required": "Missing required values"
        case "enum": "Values outside the allowed list"
        case "pattern": "Values not in the required format"
        case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum": "Values out of the allowed range"
        case "minLength", "maxLength": "Values of the wrong length"
        case "unique": "Duplicate values"
        default: "Constraint \"\(name)\" not met"
        }
    }

    private static func whereColumns(_ columns: [String]) -> String {
        switch columns.count {
        case 0: ""
        case 1: " in column \(columns[0])"
        case 2, 3: " in columns " + columns.dropLast().joined(separator: ", ") + " and " + columns[columns.count - 1]
        default: " in \(count(columns.count)) columns"
        }
    }

    private static func whereRows(_ first: Int?, _ last: Int?) -> String {
        guard let first, let last else { return "" }
        return first == last ? ", row \(count(first))" : ", rows \(count(first)) to \(count(last))"
    }

    private static func found(_ n: Int, _ severity: Severity) -> String {
        switch severity {
        case .error: n == 1 ? "1 error" : "\(count(n)) errors"
        case .warning: n == 1 ? "1 warning" : "\(count(n)) warnings"
        case .info: n == 1 ? "1 note" : "\(count(n)) notes"
        }
    }
}
